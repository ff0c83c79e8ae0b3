package app

import (
	"maps"
	"reflect"
	"slices"
	"testing"

	"github.com/wailsapp/wails/v2/pkg/menu"
	"github.com/wailsapp/wails/v2/pkg/menu/keys"
)

// The menu speaks both languages, every word.
func TestMenuLabelsAreComplete(t *testing.T) {
	zh, en := menuLabels["zh-CN"], menuLabels["en"]
	if !slices.Equal(slices.Sorted(maps.Keys(zh)), slices.Sorted(maps.Keys(en))) {
		t.Fatalf("zh and en menu labels differ: %v / %v", slices.Sorted(maps.Keys(zh)), slices.Sorted(maps.Keys(en)))
	}
	for k := range zh {
		if zh[k] == "" || en[k] == "" || (zh[k] == en[k] && k != "about") {
			t.Errorf("label %s: zh %q en %q", k, zh[k], en[k])
		}
	}
	for _, c := range []struct{ set, sys, want string }{
		{"zh-CN", "en", "zh-CN"}, {"en", "zh-CN", "en"}, {"", "zh-CN", "zh-CN"}, {"", "", "en"}, {"", "en", "en"},
	} {
		if got := menuLang(c.set, c.sys); got != c.want {
			t.Errorf("menuLang(%q, %q) = %q, want %q", c.set, c.sys, got, c.want)
		}
	}
}

// What each platform's menu holds: macOS the standard App, Edit and
// Window menus (their roles) and no Quit of ours (the App menu's ⌘Q);
// Windows and Linux a Quit on Ctrl+Q; everywhere export, back up,
// restore, settings, search on Ctrl/⌘+K and about, each sending its
// command; Import only once the import screen exists.
func TestMenuPerPlatform(t *testing.T) {
	for _, goos := range []string{"darwin", "windows", "linux"} {
		var sent []string
		quit := 0
		m := buildMenu(goos, "zh-CN", func(c string) { sent = append(sent, c) }, func() { quit++ })
		var roles []menu.Role
		labels := map[string]*menu.MenuItem{}
		var tops []string
		for _, top := range m.Items {
			if top.Role != 0 {
				roles = append(roles, top.Role)
				continue
			}
			tops = append(tops, top.Label)
			for _, it := range top.SubMenu.Items {
				if it.Label != "" {
					labels[it.Label] = it
				}
			}
		}
		mac := goos == "darwin"
		wantRoles := []menu.Role(nil)
		if mac {
			wantRoles = []menu.Role{menu.AppMenuRole, menu.EditMenuRole, menu.WindowMenuRole}
		}
		if !slices.Equal(roles, wantRoles) {
			t.Errorf("%s: roles %v, want %v", goos, roles, wantRoles)
		}
		if !slices.Equal(tops, []string{"文件", "视图", "帮助"}) {
			t.Errorf("%s: menus %v", goos, tops)
		}
		for label, cmd := range map[string]string{"导出…": cmdExport, "导出列表…": cmdExportList, "立即备份": cmdBackup, "从备份文件恢复…": cmdRestore,
			"设置…": cmdSettings, "搜索…": cmdSearch, "关于 KAMS": cmdAbout} {
			it := labels[label]
			if it == nil {
				t.Errorf("%s: no %s", goos, label)
				continue
			}
			it.Click(&menu.CallbackData{MenuItem: it})
			if sent[len(sent)-1] != cmd {
				t.Errorf("%s: %s sent %v, want %s", goos, label, sent, cmd)
			}
		}
		if a := labels["搜索…"].Accelerator; a == nil || !reflect.DeepEqual(*a, *keys.CmdOrCtrl("k")) {
			t.Errorf("%s: search accelerator %v, want CmdOrCtrl+K", goos, a)
		}
		q := labels["退出 KAMS"]
		if mac != (q == nil) {
			t.Errorf("%s: quit item %v", goos, q)
		}
		if q != nil {
			q.Click(&menu.CallbackData{MenuItem: q})
			if quit != 1 || !reflect.DeepEqual(*q.Accelerator, *keys.CmdOrCtrl("q")) {
				t.Errorf("%s: quit clicked %d times, accelerator %v", goos, quit, q.Accelerator)
			}
		}
		if _, ok := labels["导入…"]; ok != importReady {
			t.Errorf("%s: import item %v with importReady %v", goos, ok, importReady)
		}
	}
	if en := buildMenu("linux", "en", func(string) {}, func() {}); en.Items[0].Label != "File" {
		t.Errorf("en menu starts with %q", en.Items[0].Label)
	}
}
