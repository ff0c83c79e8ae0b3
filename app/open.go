package app

import (
	"os/exec"
	goruntime "runtime"
)

// openInViewer opens a file in the system's viewer for its type and returns
// without waiting for the viewer.
func openInViewer(path string) error {
	var cmd *exec.Cmd
	switch goruntime.GOOS {
	case "windows":
		// rundll32 hands the path to the shell as one argument; "cmd /c
		// start" would need quoting for names with spaces, & or ^.
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", path)
	case "darwin":
		cmd = exec.Command("open", path)
	default: // Linux and the BSDs
		cmd = exec.Command("xdg-open", path)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	// Reap it when it ends, so it leaves no zombie; xdg-open returns soon,
	// a viewer it starts lives on by itself.
	go func() { _ = cmd.Wait() }()
	return nil
}
