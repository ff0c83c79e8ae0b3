package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"
	"text/template"
)

// One version: wails.json's info.productVersion is what `kams version`
// prints (and what Wails puts into the exe, the installer and Info.plist),
// in the x.y.z form Windows' version information needs.
func TestVersionIsWailsJSONs(t *testing.T) {
	b, err := os.ReadFile("wails.json")
	if err != nil {
		t.Fatal(err)
	}
	var p struct {
		Info struct {
			ProductVersion string `json:"productVersion"`
		} `json:"info"`
	}
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(p.Info.ProductVersion) {
		t.Errorf("productVersion %q: not x.y.z (Windows needs numbers)", p.Info.ProductVersion)
	}
	if got := version(); got != p.Info.ProductVersion {
		t.Errorf("version() = %q, want wails.json's %q", got, p.Info.ProductVersion)
	}
	build = "abc123"
	defer func() { build = "" }()
	if got := version(); got != p.Info.ProductVersion+" (abc123)" {
		t.Errorf("with a build name: %q", got)
	}
}

// The macOS bundle's Info.plist (build/darwin/Info.plist), rendered as
// Wails renders it on a Mac — a Go template over wails.json — is a valid
// property list with the name, bundle id, the one version, the icon Wails
// writes (iconfile.icns), the minimum macOS, the category and the
// executable Wails puts in Contents/MacOS.
func TestDarwinInfoPlist(t *testing.T) {
	raw, err := os.ReadFile("build/darwin/Info.plist")
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("wails.json")
	if err != nil {
		t.Fatal(err)
	}
	// The fields of Wails' project data the template may use.
	var p struct {
		Name           string `json:"name"`
		OutputFilename string `json:"outputfilename"`
		Info           struct {
			CompanyName    string `json:"companyName"`
			ProductName    string `json:"productName"`
			ProductVersion string `json:"productVersion"`
			Copyright      string `json:"copyright"`
			Comments       string `json:"comments"`
		} `json:"info"`
	}
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	tpl, err := template.New("plist").Option("missingkey=error").Parse(string(raw))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := tpl.Execute(&out, p); err != nil {
		t.Fatalf("render: %v", err)
	}
	got := plistDict(t, out.Bytes())
	want := map[string]string{
		"CFBundlePackageType":        "APPL",
		"CFBundleName":               "KAMS",
		"CFBundleDisplayName":        p.Info.ProductName,
		"CFBundleExecutable":         p.OutputFilename,
		"CFBundleIdentifier":         "com.kams.desktop",
		"CFBundleVersion":            version(),
		"CFBundleShortVersionString": version(),
		"CFBundleIconFile":           "iconfile",
		"LSMinimumSystemVersion":     "11.0",
		"LSApplicationCategoryType":  "public.app-category.business",
		"NSHighResolutionCapable":    "true",
		"NSHumanReadableCopyright":   p.Info.Copyright,
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("Info.plist %s = %q, want %q", k, got[k], v)
		}
	}
	if p.OutputFilename != "kams" || p.Info.Copyright == "" {
		t.Errorf("wails.json: outputfilename %q, copyright %q", p.OutputFilename, p.Info.Copyright)
	}
	if !strings.Contains(out.String(), "<string>kams</string>") {
		t.Error("no .kams document type: the Finder cannot open a book with KAMS")
	}
}

// plistDict reads the top dictionary of a property list: each key with
// its string (or true/false) value; arrays and dictionaries as "".
func plistDict(t *testing.T, b []byte) map[string]string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = true
	out := map[string]string{}
	depth, key := 0, ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("Info.plist is not well-formed XML: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			depth++
			if depth != 3 { // plist > dict > (key|value)
				continue
			}
			switch e.Name.Local {
			case "key":
				var s string
				if err := dec.DecodeElement(&s, &e); err != nil {
					t.Fatal(err)
				}
				key = s
				depth--
			case "string":
				var s string
				if err := dec.DecodeElement(&s, &e); err != nil {
					t.Fatal(err)
				}
				out[key] = s
				depth--
			case "true", "false":
				out[key] = e.Name.Local
			default:
				out[key] = ""
			}
		case xml.EndElement:
			depth--
		}
	}
	if len(out) == 0 {
		t.Fatal("Info.plist has no dictionary")
	}
	return out
}
