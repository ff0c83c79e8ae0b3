// Package notify shows desktop notifications through
// github.com/gen2brain/beeep: D-Bus org.freedesktop.Notifications on Linux
// (falling back to notify-send), the notification centre on macOS and
// toast notifications on Windows.
//
// beeep sends a notification and forgets it: it reports no click (on
// Linux it closes its listener as soon as the notification is sent; on
// Windows and macOS it exposes no activation callback), so clicking one
// cannot open KAMS at the record. The notification names the records and
// KAMS opens at Home, which lists them.
package notify

import "github.com/gen2brain/beeep"

// Desktop shows notifications as the app named AppName, with icon (PNG
// bytes; nil for none).
type Desktop struct {
	AppName string
	Icon    []byte
}

// Notify shows one notification.
func (d Desktop) Notify(title, body string) error {
	if d.AppName != "" {
		beeep.AppName = d.AppName
	}
	var icon any = ""
	if len(d.Icon) > 0 {
		icon = d.Icon
	}
	return beeep.Notify(title, body, icon)
}
