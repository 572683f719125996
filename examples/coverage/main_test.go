package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/offences"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// docs/coverage.md must be the program's output on the embedded dataset,
// so that the published table never claims more (or less) than the data.
func TestPublishedTableIsCurrent(t *testing.T) {
	var out, errOut bytes.Buffer
	require.NoError(t, run(nil, &out, &errOut))
	published, err := os.ReadFile("../../docs/coverage.md")
	require.NoError(t, err)
	assert.Equal(t, string(published), out.String(), "docs/coverage.md is stale: run go run ./examples/coverage > docs/coverage.md")
}

func TestTableCells(t *testing.T) {
	at2009 := table(t, "2009-06-01")
	// Coroners and Justice Act 2009 s.73 abolished criminal libel from
	// 12 January 2010: on 1 June 2009 the dataset must not say "not an
	// offence" (it has no record of the old common-law offence either).
	assert.Equal(t, "(✗)", at2009("criminal defamation", "GB-EAW"))
	// German records start with the consolidation of 5 December 2012.
	assert.Equal(t, "◐", at2009("fraud", "DE"))
	now := table(t, referenceDay)
	assert.Equal(t, "✗", now("criminal defamation", "GB-EAW"))
	// Germany: § 298 StGB (bid rigging) is a crime, other price fixing an
	// administrative offence (§ 81 GWB).
	assert.Equal(t, "✓✗", now("cartel / price fixing", "DE"))
	assert.Equal(t, "✓", now("fraud", "DE"))
	// Canada has no offence named rape: s. 271 (sexual assault) is of the
	// broader category 03, which the checker weighs by its elements.
	assert.Equal(t, "⊇", now("rape", "CA"))
	// The Netherlands punishes denial only where it insults a group
	// (art. 137c Sr); Italy has bid rigging (art. 353 c.p.) but no
	// general price-fixing offence.
	assert.Equal(t, "⊂", now("denial of genocide", "NL"))
	assert.Equal(t, "⊂", now("cartel / price fixing", "IT"))
	// The US record that insulting the President is not an offence says
	// nothing of defamation in general (State statutes exist).
	assert.Equal(t, "?", now("criminal defamation", "US"))
	assert.Equal(t, "✗", now("insulting the own head of state", "US"))
}

// table runs the program for day and returns a cell lookup.
func table(t *testing.T, day string) func(conduct, jur string) string {
	var out bytes.Buffer
	require.NoError(t, run([]string{"-at", day}, &out, &bytes.Buffer{}))
	rows := map[string][]string{}
	var header []string
	for _, line := range strings.Split(out.String(), "\n") {
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		if len(cells) > 1 && cells[0] == "conduct type" {
			header = cells
		} else if len(cells) == len(header) && header != nil {
			rows[strings.SplitN(cells[0], " (", 2)[0]] = cells
		}
	}
	return func(conduct, jur string) string {
		for i, h := range header {
			if h == jur && rows[conduct] != nil {
				return rows[conduct][i]
			}
		}
		t.Fatalf("no cell %s / %s", conduct, jur)
		return ""
	}
}

func TestBadFlags(t *testing.T) {
	assert.Error(t, run([]string{"-at", "yesterday"}, &bytes.Buffer{}, &bytes.Buffer{}))
	assert.Error(t, run([]string{"extra"}, &bytes.Buffer{}, &bytes.Buffer{}))
	assert.Error(t, run([]string{"-data", "/nonexistent"}, &bytes.Buffer{}, &bytes.Buffer{}))
}

// The done-criterion: no unknown cell that the reference could
// have filled. Every open cell must say what the reference offered and why
// it is not encoded, and no note may outlive its gap.
func TestEveryOpenCellHasANote(t *testing.T) {
	day, err := offences.ParseDate(referenceDay)
	require.NoError(t, err)
	g := checkGaps(jurisdictions.Default(), day)
	assert.Empty(t, g.missing, "open cells without a `gaps:` note")
	assert.Empty(t, g.stale, "`gaps:` notes on cells that are filled")
	assert.NotEmpty(t, g.notes)
}

func TestGapNotesMissingAndStale(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "XB.yaml"), []byte(`code: XB
names: {en: Testland}
languages: [en]
offences:
  - id: XB/PC/1
    citation: "s. 1 Penal Code"
    labels: {en: Theft}
    categories: ["0502"]
    source: test
    versions:
      - {from: 2000-01-01, max: 5y, source: test}
gaps:
  - {conduct: "0502", reference: none, reason: "stale: theft is recorded"}
  - {conduct: "0701", reference: none, reason: "fraud not read"}
  - {conduct: "11.torture", reference: none, reason: "not a conduct type of the table"}
`), 0o600))
	var out bytes.Buffer
	require.NoError(t, run([]string{"-data", dir}, &out, &bytes.Buffer{}))
	doc := out.String()
	assert.Contains(t, doc, "- **XB · fraud (`0701`) · ?**: *reference:* none *Why:* fraud not read")
	assert.Contains(t, doc, "- XB · theft (`0502`) · ✓ (XB.yaml:")
	assert.Contains(t, doc, "- XB · `11.torture` is not a conduct type of the table")
	assert.Contains(t, doc, "- XB · computer fraud (`0701.computer`) · ?\n")
}
