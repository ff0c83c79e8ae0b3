package app

import (
	"context"
	goruntime "runtime"
	"strings"
	"sync"

	"github.com/wailsapp/wails/v2/pkg/menu"
	"github.com/wailsapp/wails/v2/pkg/menu/keys"
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// The application menu. On macOS it has the standard App, Edit (undo,
// redo, cut, copy, paste, select all), View and Window menus — without
// them ⌘C/⌘V/⌘Q do nothing in a Wails window — and on every platform the
// app's own commands: export, back up, restore, import, settings, search
// (Ctrl/⌘+K), about and quit. A command reaches the page as the event kams:menu with its name
// (DesktopBridge.vue acts on it); quit goes through the window's close, so
// pending edits are saved first. Labels follow the book's language; the
// roles' own items on macOS (Edit, Window, the App menu) are Wails'
// English ones.
const eventMenu = "kams:menu"

// Menu commands, as the page receives them.
const (
	cmdExport = "export"
	// cmdExportList opens the list export of the screen's list (the
	// accounts list when the screen has none).
	cmdExportList = "exportList"
	cmdBackup     = "backup"
	cmdRestore    = "restore"
	cmdImport     = "import"
	cmdSettings   = "settings"
	cmdSearch     = "search"
	cmdAbout      = "about"
)

// importReady turns on the menu's Import… item (the import screen).
var importReady = true

// menuLabels are the menu's words in the two languages (menu_test.go checks
// both are complete).
var menuLabels = map[string]map[string]string{
	"zh-CN": {
		"file": "文件", "export": "导出…", "exportList": "导出列表…", "backup": "立即备份", "restore": "从备份文件恢复…", "import": "导入…",
		"settings": "设置…", "quit": "退出 KAMS", "view": "视图", "search": "搜索…", "help": "帮助", "about": "关于 KAMS",
	},
	"en": {
		"file": "File", "export": "Export…", "exportList": "Export List…", "backup": "Back Up Now", "restore": "Restore from a Backup File…", "import": "Import…",
		"settings": "Settings…", "quit": "Quit KAMS", "view": "View", "search": "Search…", "help": "Help", "about": "About KAMS",
	},
}

// menuLang is the language the menu speaks for a UI language setting
// ("" follows the system's).
func menuLang(setting, system string) string {
	l := setting
	if l == "" {
		l = system
	}
	if strings.HasPrefix(l, "zh") {
		return "zh-CN"
	}
	return "en"
}

// buildMenu makes the menu for goos in lang; command sends a command to
// the page and quit closes the window.
func buildMenu(goos, lang string, command func(string), quit func()) *menu.Menu {
	l := menuLabels[menuLang(lang, "")]
	cmd := func(name string) menu.Callback { return func(*menu.CallbackData) { command(name) } }
	mac := goos == "darwin"
	m := menu.NewMenu()
	if mac {
		m.Append(menu.AppMenu())
	}
	file := m.AddSubmenu(l["file"])
	file.AddText(l["export"], nil, cmd(cmdExport))
	file.AddText(l["exportList"], nil, cmd(cmdExportList))
	file.AddSeparator()
	file.AddText(l["backup"], nil, cmd(cmdBackup))
	file.AddText(l["restore"], nil, cmd(cmdRestore))
	if importReady {
		file.AddText(l["import"], nil, cmd(cmdImport))
	}
	file.AddSeparator()
	file.AddText(l["settings"], keys.CmdOrCtrl(","), cmd(cmdSettings))
	if !mac { // macOS quits from the App menu (⌘Q)
		file.AddSeparator()
		file.AddText(l["quit"], keys.CmdOrCtrl("q"), func(*menu.CallbackData) { quit() })
	}
	if mac {
		m.Append(menu.EditMenu())
	}
	view := m.AddSubmenu(l["view"])
	view.AddText(l["search"], keys.CmdOrCtrl("k"), cmd(cmdSearch))
	if mac {
		m.Append(menu.WindowMenu())
	}
	help := m.AddSubmenu(l["help"])
	help.AddText(l["about"], nil, cmd(cmdAbout))
	return m
}

// appMenu is the window's menu: built at start in the book's language and
// built again when the language changes (on Windows and macOS; Wails on
// Linux cannot swap a menu bar in an open window, so there the new
// language shows at the next start).
type appMenu struct {
	mu   sync.Mutex
	wctx context.Context
	lang string
}

func (a *appMenu) build(lang string) *menu.Menu {
	a.mu.Lock()
	a.lang = lang
	a.mu.Unlock()
	return buildMenu(goruntime.GOOS, lang, a.command, a.quit)
}

func (a *appMenu) started(c context.Context) {
	a.mu.Lock()
	a.wctx = c
	a.mu.Unlock()
}

func (a *appMenu) ctx() context.Context {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.wctx
}

func (a *appMenu) command(name string) {
	defer logPanic("menu " + name)
	if c := a.ctx(); c != nil {
		logger().Info("menu", "command", name)
		runtime.EventsEmit(c, eventMenu, name)
	}
}

func (a *appMenu) quit() {
	defer logPanic("menu quit")
	if c := a.ctx(); c != nil {
		runtime.Quit(c) // through OnBeforeClose: the page saves first
	}
}

// relabel rebuilds the menu in lang when it changed.
func (a *appMenu) relabel(lang string) {
	defer logPanic("menu relabel")
	a.mu.Lock()
	same, c := menuLang(a.lang, "") == menuLang(lang, ""), a.wctx
	a.mu.Unlock()
	if same || c == nil || goruntime.GOOS == "linux" {
		return
	}
	runtime.MenuSetApplicationMenu(c, a.build(lang))
	runtime.MenuUpdateApplicationMenu(c)
}
