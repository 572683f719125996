package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/offencemap/offencemap/dualcrim"
	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/offences"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func fraudParams() params {
	return params{
		Category:  "0701",
		Kind:      dualcrim.Surrender,
		Decided:   offences.MustParseDate("2022-06-01"),
		Committed: offences.MustParseDate("2021-06-01"),
		Lang:      language.English,
	}
}

func buildFraud(t *testing.T) matrix {
	t.Helper()
	m, err := build(dualcrim.Default(), fraudParams())
	require.NoError(t, err)
	return m
}

// pair returns the cell for from → to.
func pair(t *testing.T, m matrix, from, to string) cell {
	t.Helper()
	i, k := index(t, m, from), index(t, m, to)
	c := m.Cells[i][k]
	require.Equal(t, from, c.From)
	require.Equal(t, to, c.To)
	return c
}

// cover returns the coverage cell for jurisdiction code and category c.
func cover(t *testing.T, m matrix, code string, c offences.Category) coverCell {
	t.Helper()
	i := index(t, m, code)
	for k, x := range m.Categories {
		if x.Code == c {
			return m.Coverage[i][k]
		}
	}
	t.Fatalf("category %s not in the coverage map", c)
	return coverCell{}
}

func index(t *testing.T, m matrix, code string) int {
	t.Helper()
	for i, j := range m.Jurisdictions {
		if j.Code == code {
			return i
		}
	}
	t.Fatalf("jurisdiction %s not in the matrix", code)
	return -1
}

func TestBuildFraudCells(t *testing.T) {
	m := buildFraud(t)
	require.Len(t, m.Cells, len(m.Jurisdictions))

	// Germany → France: EAW list category "fraud", § 263 StGB punishable by
	// up to 5 years (at least 3 years needed): the check is waived.
	de := pair(t, m, "DE", "FR")
	assert.Equal(t, StatusWaived, de.Status)
	assert.Equal(t, "EAW", de.Instrument)
	assert.Equal(t, dualcrim.Surrender, de.Kind)
	assert.Equal(t, "§ 263 StGB", de.Offence)

	// England and Wales → France in 2022: surrender under the TCA, which
	// waives dual criminality only for states that notified a waiver; the
	// United Kingdom did not.
	gb := pair(t, m, "GB-EAW", "FR")
	assert.Equal(t, "TCA", gb.Instrument)
	assert.NotEqual(t, StatusWaived, gb.Status)

	// No surrender instrument binds the EU and the US: the pair falls back
	// to extradition.
	us := pair(t, m, "DE", "US")
	assert.Equal(t, dualcrim.Extradition, us.Kind)
	assert.NotEmpty(t, us.Instrument)

	for i, row := range m.Cells {
		assert.Equal(t, StatusSelf, row[i].Status, "diagonal %s", m.Jurisdictions[i].Code)
		for k, c := range row {
			if i != k {
				assert.NotEqual(t, StatusSelf, c.Status, "%s → %s", c.From, c.To)
			}
		}
	}
}

func TestBuildNoOffenceRow(t *testing.T) {
	// A state bound by the EAW whose dataset records no offence at all:
	// every surrender it asks for finds no offence of its own to check.
	empty := fstest.MapFS{"XE.yaml": {Data: []byte(`code: XE
names: {en: "Emptyland"}
languages: [en]
source: "test data: a member of the EAW with no offences"
memberships:
  - instrument: EAW
    from: 2004-01-01
    source: "test data"
`)}}
	reg, err := jurisdictions.Load(empty)
	require.NoError(t, err)
	checker, err := dualcrim.New(reg, dualcrim.DefaultInstruments())
	require.NoError(t, err)
	m, err := build(checker, fraudParams())
	require.NoError(t, err)
	for _, j := range m.Jurisdictions {
		if j.Code == "XE" {
			continue
		}
		assert.Equal(t, StatusNoOffence, pair(t, m, "XE", j.Code).Status, "XE → %s", j.Code)
	}
}

func TestBuildNoInstrument(t *testing.T) {
	// No instrument of the dataset governs transfer requests, and only
	// surrender falls back (to extradition).
	p := fraudParams()
	p.Kind = dualcrim.Transfer
	m, err := build(dualcrim.Default(), p)
	require.NoError(t, err)
	assert.Equal(t, StatusNoInstrument, pair(t, m, "DE", "FR").Status)
	assert.Empty(t, m.Fallback)
}

func TestBuildChargeChoice(t *testing.T) {
	m := buildFraud(t)
	// Several GB-EAW offences list 0701 itself; the rule takes the first by
	// ID, GB-EAW/CL/conspiracy_to_defraud (before GB-EAW/FraudAct2006/1).
	gb := m.Jurisdictions[index(t, m, "GB-EAW")]
	assert.True(t, strings.HasPrefix(gb.Offence, "Conspiracy to defraud"), gb.Offence)
	// DE: § 263 (0701) rather than § 263a (0701.computer).
	assert.Equal(t, "§ 263 StGB", m.Jurisdictions[index(t, m, "DE")].Offence)
}

func TestBuildCoverage(t *testing.T) {
	m := buildFraud(t)
	require.Len(t, m.Categories, len(coverageCategories))

	cartel := cover(t, m, "GB-EAW", "08.cartel")
	assert.True(t, cartel.Complete, "GB-EAW claims a complete catalogue for cartel conduct")
	assert.Equal(t, CoverOffence, cartel.Status) // s.188 Enterprise Act 2002

	homicide := cover(t, m, "DE", "0101")
	assert.True(t, homicide.Complete, "DE claims a complete catalogue for intentional homicide")
	assert.Equal(t, CoverOffence, homicide.Status)

	// Germany's sourced record: general price fixing is not an offence.
	assert.Equal(t, CoverNotOffence, cover(t, m, "DE", "08.cartel").Status)
	assert.False(t, cover(t, m, "FR", "08.cartel").Complete)

	// Belgium has no offences and claims nothing.
	be := cover(t, m, "BE", "0701")
	assert.Equal(t, CoverUnknown, be.Status)
	assert.False(t, be.Complete)
}

func TestBuildErrors(t *testing.T) {
	p := fraudParams()
	p.Category = "9999"
	_, err := build(dualcrim.Default(), p)
	require.ErrorIs(t, err, offences.ErrUnknown)

	p = fraudParams()
	p.Committed = offences.MustParseDate("2023-01-01")
	_, err = build(dualcrim.Default(), p)
	require.Error(t, err)
}

func TestTextsFallBackToEnglish(t *testing.T) {
	tag, tx := textsFor(language.MustParse("de-CH"))
	assert.Equal(t, language.English, tag)
	assert.Equal(t, translations[language.English].Legend, tx.Legend)
}

// wellFormed parses the page as XML: every element closed, every attribute
// quoted, every entity known.
func wellFormed(t *testing.T, page string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(page))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	var stack []string
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		switch x := tok.(type) {
		case xml.StartElement:
			stack = append(stack, x.Name.Local)
		case xml.EndElement:
			require.NotEmpty(t, stack)
			stack = stack[:len(stack)-1]
		}
	}
	assert.Empty(t, stack, "unclosed elements")
}

func TestRender(t *testing.T) {
	m := buildFraud(t)
	var b bytes.Buffer
	require.NoError(t, render(&b, m))
	page := b.String()

	assert.True(t, strings.HasPrefix(page, "<!DOCTYPE html>\n<html lang=\"en\">"), page[:40])
	wellFormed(t, page)
	assert.Equal(t, 1, strings.Count(page, "<svg "))
	for _, w := range []string{"Legend", "satisfied", "not satisfied", "waived", "undetermined",
		"no instrument", "no offence", "not an offence", "unknown", "complete", "Fraud (0701)"} {
		assert.Contains(t, page, w)
	}
	// Self-contained: no scripts, no external resources (the SVG
	// namespace is the one URL allowed).
	local := strings.ReplaceAll(page, `xmlns="http://www.w3.org/2000/svg"`, "")
	for _, bad := range []string{"<script", "<link", "src=", "url(", "http://", "https://"} {
		assert.NotContains(t, local, bad)
	}
	// The DE → FR cell carries its tooltip.
	assert.Contains(t, page, "DE → FR: waived\nInstrument: EAW\nKind: surrender\nRequesting offence: § 263 StGB")
	// One SVG cell per ordered pair, the diagonal blank.
	n := len(m.Jurisdictions)
	assert.Equal(t, n*(n-1), strings.Count(page, `<g class="cell `))
	assert.Equal(t, n*len(coverageCategories), strings.Count(page, `<td class="c-`))
}

func TestRenderEscapes(t *testing.T) {
	m := buildFraud(t)
	evil := `<script>alert("x")</script>`
	m.Category.Label.Text = evil
	m.Categories[0].Label.Text = evil
	m.Jurisdictions[1].Name.Text = evil
	m.Cells[1][2].Offence = evil
	var b bytes.Buffer
	require.NoError(t, render(&b, m))
	page := b.String()
	assert.NotContains(t, page, "<script")
	assert.Contains(t, page, "&lt;script&gt;")
	wellFormed(t, page)
}

func TestRenderRejectsRaggedMatrix(t *testing.T) {
	m := buildFraud(t)
	m.Cells = m.Cells[:2]
	assert.Error(t, render(io.Discard, m))
}

func TestRun(t *testing.T) {
	out := filepath.Join(t.TempDir(), "m.html")
	var stderr bytes.Buffer
	require.NoError(t, run([]string{"-category", "07041", "-o", out}, io.Discard, &stderr))
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Contains(t, string(b), "(07041)")

	var stdout bytes.Buffer
	require.NoError(t, run([]string{"-o", "-", "-lang", "fr"}, &stdout, io.Discard))
	assert.Contains(t, stdout.String(), "<svg ")

	assert.Error(t, run([]string{"-kind", "bogus"}, io.Discard, io.Discard))
	assert.Error(t, run([]string{"-decided", "yesterday"}, io.Discard, io.Discard))
	assert.Error(t, run([]string{"-category", "0701", "extra"}, io.Discard, io.Discard))
}
