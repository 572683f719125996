package conformance_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/offencemap/offencemap/dualcrim/conformance"
	"github.com/offencemap/offencemap/internal/yamlx"
)

func FuzzParse(f *testing.F) {
	names, err := filepath.Glob(filepath.Join("..", "testdata", "conformance", "*.yaml"))
	if err != nil || len(names) == 0 {
		f.Fatalf("no conformance files: %v", err)
	}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		// Each case alone too: small inputs are quicker to mutate and
		// minimize than whole files.
		for i, c := range strings.Split(string(b), "\n- name:") {
			if i > 0 {
				f.Add([]byte("- name:" + c))
			}
		}
	}
	for _, s := range []string{
		"",
		"[]",
		"- name: x\n",
		"- name: x\n  source: s\n  request: {kind: extradition, purpose: prosecution, from: US, to: GB-EAW, decided: 2008-03-12, charges: [{offence: a, committed: 2001-01-01}]}\n  want: {charges: [{verdict: satisfied}]}\n",
		"- name: x\n  source: s\n  request: {kind: x, purpose: y, decided: 2008-02-30, charges: [{conduct: [bad], facts: {a: maybe}, sentence_months: -1}]}\n  want: {charges: [{verdict: maybe}, {}]}\n",
		"- &c {name: a, source: b}\n- *c\n",
		"name: not a list\n",
		// Found by FuzzParse at commit 03086cb: an empty list item decoded
		// to a nil *Case and Parse dereferenced it (fixed in c7f606e).
		"-",
		"- ~\n- name: x\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cases, err := conformance.Parse("f.yaml", data)
		if err != nil {
			if cases != nil {
				t.Fatalf("Parse returned cases and an error: %v", err)
			}
			var ye *yamlx.Error
			if !errors.As(err, &ye) {
				t.Fatalf("error exposes no *yamlx.Error: %v", err)
			}
			if ye.File != "f.yaml" {
				t.Fatalf("problem names file %q, want f.yaml: %v", ye.File, err)
			}
			return
		}
		for _, c := range cases {
			if c == nil {
				continue // a null list item decodes to a nil case
			}
			if c.File != "f.yaml" {
				t.Fatalf("case %q has file %q", c.Name, c.File)
			}
			if c.Name == "" || c.Source == "" || len(c.Request.Charges) == 0 || len(c.Want.Charges) != len(c.Request.Charges) {
				t.Fatalf("Parse accepted an incomplete case: %+v", c)
			}
			req := c.BuildRequest()
			if len(req.Charges) != len(c.Request.Charges) {
				t.Fatalf("BuildRequest made %d charges from %d", len(req.Charges), len(c.Request.Charges))
			}
		}
	})
}
