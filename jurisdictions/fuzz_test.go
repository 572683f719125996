package jurisdictions_test

import (
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/offencemap/offencemap/internal/yamlx"
	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/offences"
)

// fuzzSmallJurisdiction is a valid jurisdiction file for the code XX.
const fuzzSmallJurisdiction = `code: XX
parent: ""
names: {en: "Testland", de: "Testland"}
languages: [en, de]
dual_criminality_date: {at: decision, source: "test"}
covers:
  - {category: "0701", from: 2000-01-01, note: "test"}
offences:
  - id: XX/PC/1
    citation: "s.1 Penal Code"
    aliases: ["fraud section"]
    labels: {en: "Fraud"}
    categories: ["0701", "0701.computer"]
    elements: [deception, intent]
    list_category: fraud
    source: "test"
    versions:
      - {from: 2000-01-01, to: 2009-12-31, max: 5y, source: "test"}
      - {from: 2010-01-01, max: 7y6m, min: 6m, source: "test"}
non_offences:
  - id: XX/none/defamation
    categories: ["02.defamation"]
    from: 2010-01-12
    note: "abolished"
    labels: {en: "Criminal defamation"}
    source: "test"
memberships:
  - {instrument: ECE1957, from: 1990-01-01, reservations: [list_waiver], source: "test"}
acts:
  PC: ["Penal Code", "P.C."]
unverified: ["nothing"]
`

func FuzzLoadOnly(f *testing.F) {
	gb, err := os.ReadFile("data/GB-EAW.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte(fuzzSmallJurisdiction))
	f.Add(gb)
	// The same data under the fuzz file's code, so that it loads and the
	// fuzzer mutates a file that gets through decoding to validation.
	f.Add([]byte(strings.Replace(strings.ReplaceAll(string(gb), "GB-EAW/", "XX/"), "code: GB-EAW", "code: XX", 1)))
	// And each offence of that file alone in a small XX file: whole-file
	// inputs take the fuzzer long to minimize, these keep it moving.
	header := "code: XX\nnames: {en: X}\nlanguages: [en]\noffences:\n"
	for i, rec := range strings.Split(string(gb), "\n  - id: GB-EAW/") {
		if i == 0 {
			continue
		}
		rec, _, _ = strings.Cut(rec, "\nnon_offences:")
		rec, _, _ = strings.Cut(rec, "\nacts:")
		f.Add([]byte(header + "  - id: XX/" + rec + "\n"))
	}
	for _, s := range []string{
		"",
		"code: XX\n",
		"code: XX\nnames: {en: X}\nlanguages: [en]\noffences:\n  - id: XX/A/1\n  - id: XX/A/1\n",
		"code: XX\nnames: {en: X}\nlanguages: [en]\noffences:\n  - id: XX/A/1\n    citation: a\n    labels: {en: a}\n    categories: [\"0701\"]\n    source: s\n    versions:\n      - {from: 2010-01-01, to: 2000-01-01, max: 1y, min: 2y, source: s}\n      - {from: 2005-01-01, max: fine, source: s}\n",
		"code: xx\n",
		"code: XX-ABCD\n",
		"[]",
		"code: XX\nacts: {\"\": [\"\"]}\nnames: {en: X}\nlanguages: [en]\n",
		// Found by FuzzLoadOnly at commit 03086cb: empty list items became
		// nil records that the validator dereferenced (fixed in c7f606e).
		"0000: 00\n000000: 00\n00000: #000\ncovers:\n  -",
		"code: XX\nnames: {en: X}\nlanguages: [en]\noffences: [~, {id: XX/A/1, versions: [~]}]\nmemberships: [~]\nnon_offences: [~]\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fstest.MapFS{"XX.yaml": &fstest.MapFile{Data: data}}
		reg, err := jurisdictions.LoadOnly(fsys, nil)
		if err != nil {
			if reg != nil {
				t.Fatalf("LoadOnly returned both a registry and an error: %v", err)
			}
			if !errors.Is(err, jurisdictions.ErrInvalidDataset) {
				t.Fatalf("error does not match ErrInvalidDataset: %v", err)
			}
			var ye *yamlx.Error
			if !errors.As(err, &ye) {
				t.Fatalf("error exposes no *yamlx.Error: %v", err)
			}
			if ye.File != "XX.yaml" {
				t.Fatalf("problem names file %q, want XX.yaml: %v", ye.File, err)
			}
			_ = err.Error()
			return
		}
		if reg == nil {
			t.Fatal("LoadOnly returned neither a registry nor an error")
		}
		codes := reg.Codes()
		if len(codes) != 1 || codes[0] != "XX" {
			t.Fatalf("registry codes = %v, want [XX]", codes)
		}
		j, err := reg.Jurisdiction("XX")
		if err != nil {
			t.Fatal(err)
		}
		// Everything the registry says about itself must be consistent.
		for _, o := range j.Offences(0) {
			got, err := reg.Offence(o.ID, 0)
			if err != nil {
				t.Fatalf("Offence(%q): %v", o.ID, err)
			}
			if got.ID != o.ID {
				t.Fatalf("Offence(%q) returned %q", o.ID, got.ID)
			}
			if id, err := reg.Resolve("XX", o.ID); err != nil || id != o.ID {
				t.Fatalf("Resolve(XX, %q) = %q, %v", o.ID, id, err)
			}
			if !o.Validity.Valid() {
				t.Fatalf("offence %s has an invalid validity %s", o.ID, o.Validity)
			}
			for _, c := range o.Categories {
				_ = j.ByCategory(c, o.Validity.From)
			}
			_, _ = reg.Resolve("XX", o.Citation)
		}
		_ = j.NonOffences()
		_ = j.Memberships()
	})
}

func FuzzResolve(f *testing.F) {
	de, err := os.ReadFile("data/DE.yaml")
	if err != nil {
		f.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^\s+(?:- id|citation): "?([^"\n]+)"?`)
	for _, m := range re.FindAllStringSubmatch(string(de), -1) {
		f.Add(m[1])
	}
	for _, s := range []string{
		"", " ", "§", "StGB", "§ 263 StGB", "§ 263 Abs. 1 StGB", "§263 StGB", "StGB 263", "§ 263a StGB",
		"Strafgesetzbuch § 263", "§ 263 Absatz 1 Satz 2 StGB", "§ 263 (1) StGB", "Art. 263 StGB", "§§ 211, 212 StGB",
		"§ 29 BtMG", "§ 370 AO", "Abgabenordnung § 370", "§ 999 StGB", "DE/StGB/263", "de/stgb/263", "DE/StGB/",
		"§ 263 bis StGB", "263.1.2 StGB", "263(a)(b) StGB", "(((", "abs", "§ 263 abs", "ÄÖÜ ß StGB",
	} {
		f.Add(s)
	}
	reg := jurisdictions.Default()
	f.Fuzz(func(t *testing.T, s string) {
		id, err := reg.Resolve("DE", s)
		if err != nil {
			if id != "" {
				t.Fatalf("Resolve(DE, %q) = %q with error %v", s, id, err)
			}
			if !errors.Is(err, jurisdictions.ErrUnknownOffence) {
				t.Fatalf("Resolve(DE, %q): error %v does not match ErrUnknownOffence", s, err)
			}
			return
		}
		if !strings.HasPrefix(id, "DE/") {
			t.Fatalf("Resolve(DE, %q) = %q, not a German offence", s, id)
		}
		o, err := reg.Offence(id, 0)
		if err != nil {
			t.Fatalf("Resolve(DE, %q) = %q, which Offence does not find: %v", s, id, err)
		}
		if o.ID != id {
			t.Fatalf("Offence(%q) = %q", id, o.ID)
		}
	})
}

// FuzzSearch: any query, with any options, answers without panicking, and
// every hit names a jurisdiction of the registry or a category of the
// vocabulary, sorted by score.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{"Betrug", "oszustwo komputerowe", "ESCROQUERIE", "§ 263", "a", "", "ß", "\xff\xfe", "Ärger ü"} {
		f.Add(q, 3, int32(20200101))
	}
	r := jurisdictions.Default()
	f.Fuzz(func(t *testing.T, q string, limit int, at int32) {
		hits := r.Search(q, jurisdictions.SearchOptions{Limit: limit, At: offences.Date(at)})
		if limit > 0 && len(hits) > limit {
			t.Fatalf("%d hits over the limit %d", len(hits), limit)
		}
		for i, h := range hits {
			if i > 0 && hits[i-1].Score < h.Score {
				t.Fatalf("hits not sorted by score: %v", hits)
			}
			if h.OffenceID != "" {
				if _, err := r.Jurisdiction(h.Jurisdiction); err != nil {
					t.Fatalf("hit in unknown jurisdiction: %+v", h)
				}
			} else if !r.Vocabulary().HasCategory(h.Category) {
				t.Fatalf("hit of unknown category: %+v", h)
			}
		}
	})
}
