package yamlx_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/offencemap/offencemap/internal/yamlx"
)

// fuzzDate is a Date-like encoding.TextUnmarshaler: a strict YYYY-MM-DD day.
type fuzzDate struct{ y, m, d int }

func (d *fuzzDate) UnmarshalText(b []byte) error {
	t, err := time.Parse(time.DateOnly, string(b))
	if err != nil {
		return fmt.Errorf("%q is not a date of the form YYYY-MM-DD", b)
	}
	d.y, d.m, d.d = t.Year(), int(t.Month()), t.Day()
	return nil
}

// fuzzPenalty is a second TextUnmarshaler that rejects most input.
type fuzzPenalty string

func (p *fuzzPenalty) UnmarshalText(b []byte) error {
	s := string(b)
	if s == "" || (s != "life" && s != "fine" && !strings.HasSuffix(s, "y") && !strings.HasSuffix(s, "m")) {
		return fmt.Errorf("%q is not a penalty", s)
	}
	*p = fuzzPenalty(s)
	return nil
}

type fuzzVersion struct {
	From     fuzzDate    `yaml:"from"`
	To       *fuzzDate   `yaml:"to"`
	Max      fuzzPenalty `yaml:"max"`
	Min      fuzzPenalty `yaml:"min"`
	Elements []string    `yaml:"elements"`
	Source   string      `yaml:"source"`
	line     int
}

func (v *fuzzVersion) SetLine(n int) { v.line = n }

type fuzzOffence struct {
	ID         string              `yaml:"id"`
	Citation   string              `yaml:"citation"`
	Aliases    []string            `yaml:"aliases"`
	Labels     map[string]string   `yaml:"labels"`
	Categories []string            `yaml:"categories"`
	Versions   []*fuzzVersion      `yaml:"versions"`
	Extra      map[string][]string `yaml:"extra"`
	Number     int                 `yaml:"number"`
	Fiscal     bool                `yaml:"fiscal"`
	line       int
}

func (o *fuzzOffence) SetLine(n int) { o.line = n }

// fuzzDoc resembles a jurisdiction file, so that the repository's data
// files decode (nearly) without error and the fuzzer starts deep inside.
type fuzzDoc struct {
	Code       string                       `yaml:"code"`
	Parent     string                       `yaml:"parent"`
	Names      map[string]string            `yaml:"names"`
	Languages  []string                     `yaml:"languages"`
	Source     string                       `yaml:"source"`
	Covers     []map[string]string          `yaml:"covers"`
	Acts       map[string][]string          `yaml:"acts"`
	Offences   []*fuzzOffence               `yaml:"offences"`
	Nested     [][]map[string][]fuzzDate    `yaml:"nested"`
	Deep       map[string]map[string][]*int `yaml:"deep"`
	Ptr        **fuzzVersion                `yaml:"ptr"`
	Unverified []string                     `yaml:"unverified"`
	Skipped    string                       `yaml:"-"`
	line       int
}

func (d *fuzzDoc) SetLine(n int) { d.line = n }

// fuzzSeedChunks cuts the repository's data files into pieces of about
// 1.5 kB, each starting at a top-level key or list item, so that the seeds
// are real records yet small enough for the fuzzer to mutate and minimize
// quickly (whole 40 kB files take a minute to minimize).
func fuzzSeedChunks(tb testing.TB) [][]byte {
	tb.Helper()
	var out [][]byte
	for _, file := range fuzzSeedFiles(tb) {
		if len(file) <= 2048 {
			out = append(out, file)
			continue
		}
		var chunk strings.Builder
		for line := range strings.Lines(string(file)) {
			boundary := strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "  - id:") ||
				(len(line) > 0 && line[0] >= 'a' && line[0] <= 'z')
			if boundary && chunk.Len() >= 1500 {
				out = append(out, []byte(chunk.String()))
				chunk.Reset()
			}
			chunk.WriteString(line)
		}
		if chunk.Len() > 0 {
			out = append(out, []byte(chunk.String()))
		}
	}
	return out
}

// fuzzSeedFiles returns the YAML files of the repository's datasets.
func fuzzSeedFiles(tb testing.TB) [][]byte {
	tb.Helper()
	var out [][]byte
	for _, pattern := range []string{
		"../../jurisdictions/data/*.yaml",
		"../../offences/data/*.yaml",
		"../../dualcrim/data/*.yaml",
		"../../dualcrim/testdata/conformance/*.yaml",
	} {
		names, err := filepath.Glob(pattern)
		if err != nil {
			tb.Fatal(err)
		}
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, b)
		}
	}
	if len(out) == 0 {
		tb.Fatal("no seed files found")
	}
	return out
}

func FuzzDecode(f *testing.F) {
	for _, b := range fuzzSeedChunks(f) {
		f.Add(b)
	}
	for _, s := range []string{
		"",
		"~",
		"code: DE\nnames: {en: Germany, de: Deutschland}\nlanguages: [de]\n",
		"offences:\n  - id: XX/A/1\n    versions:\n      - {from: 2001-02-03, to: 2004-05-06, max: 5y, elements: [intent]}\n",
		"offences:\n  - id: a\n    id: b\n    bogus: 1\n",
		"nested: [[{a: [2020-01-01, 2021-02-29]}]]\n",
		"deep: {a: {b: [1, ~, 3, x]}}\n",
		"ptr: {from: 1999-12-31, max: life}\n",
		"a: &a [x, y]\nlanguages: *a\nunverified: *b\n",
		"offences: &o [{id: x, versions: *o}]\n",
		"names: {en: [nested]}\ncode: {a: b}\nlanguages: x\n",
		"offences:\n\t- bad tab\n",
		"{{{{",
		"- just\n- a\n- list\n",
		"---\ncode: a\n---\ncode: b\n",
		"number: 99999999999\nfiscal: yes\n",
		"deep: {a: {b: [&x 1, *x]}}\n",
		"<<: {code: DE}\n",
		"code: !!binary aGVsbG8=\n",
		"? [a, b]\n: c\n",
		strings.Repeat("[", 200) + strings.Repeat("]", 200),
		"nested: " + strings.Repeat("[", 70) + strings.Repeat("]", 70),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const name = "fuzz/input.yaml"
		check := func(what string, errs []*yamlx.Error) {
			for i, e := range errs {
				if e == nil {
					t.Fatalf("%s: error %d is nil", what, i)
				}
				if e.File != name {
					t.Fatalf("%s: error %q has file %q, want %q", what, e.Error(), e.File, name)
				}
				if e.Line < 0 {
					t.Fatalf("%s: error %q has negative line %d", what, e.Error(), e.Line)
				}
				if !strings.HasPrefix(e.Error(), name+":") {
					t.Fatalf("%s: error text %q does not start with the file name", what, e.Error())
				}
			}
			joined := yamlx.Join(errs)
			if (joined == nil) != (len(errs) == 0) {
				t.Fatalf("%s: Join of %d errors gave %v", what, len(errs), joined)
			}
			if joined != nil {
				var ye *yamlx.Error
				if !errors.As(joined, &ye) || ye.File != name {
					t.Fatalf("%s: Join result does not expose a *yamlx.Error with the file name", what)
				}
			}
		}

		var doc fuzzDoc
		check("fuzzDoc", yamlx.Decode(name, data, &doc))

		var list []*fuzzOffence
		check("[]*fuzzOffence", yamlx.Decode(name, data, &list))

		var m map[string][]fuzzDate
		check("map[string][]fuzzDate", yamlx.Decode(name, data, &m))
	})
}
