package service

import (
	"os"
	"strings"
)

// SystemLanguage is the UI language the environment asks for: "zh-CN" for
// any Chinese locale, "en" for any other that is set, "" when the process
// has no locale variables (Windows, macOS apps): the UI then asks the webview.
func SystemLanguage(getenv func(string) string) string {
	if getenv == nil {
		getenv = os.Getenv
	}
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(k)
		if v == "" || v == "C" || v == "POSIX" || strings.HasPrefix(v, "C.") {
			continue
		}
		if strings.HasPrefix(strings.ToLower(v), "zh") {
			return "zh-CN"
		}
		return "en"
	}
	return ""
}
