package jurisdictions_test

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/offencemap/offencemap/internal/synthetic"
	"github.com/offencemap/offencemap/internal/yamlx"
	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/offences"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var d = offences.MustParseDate

func synth(t *testing.T) *jurisdictions.Registry {
	t.Helper()
	r, err := synthetic.Registry()
	require.NoError(t, err)
	return r
}

func TestRegistryLookups(t *testing.T) {
	r := synth(t)
	assert.Equal(t, []string{"XA", "XB", "XC"}, r.Codes())

	j, err := r.Jurisdiction("xa")
	require.NoError(t, err, "codes match without regard to case")
	assert.Equal(t, "XA", j.Code())
	name, tag := j.Names().Get(language.German)
	assert.Equal(t, "Xanadu-Land", name)
	assert.Equal(t, language.German, tag)
	assert.Equal(t, jurisdictions.AtConduct, j.Assessment().At)

	_, err = r.Jurisdiction("ZZ")
	assert.ErrorIs(t, err, jurisdictions.ErrUnknownJurisdiction)
	var le *jurisdictions.LookupError
	require.ErrorAs(t, err, &le)
	assert.Contains(t, le.Error(), "known: XA, XB, XC")

	o, err := r.Offence("XA/PC/1", d("2008-05-01"))
	require.NoError(t, err)
	assert.Equal(t, offences.Years(2), o.Max)
	o, err = r.Offence("XA/PC/1", d("2010-01-01"))
	require.NoError(t, err)
	assert.Equal(t, offences.Years(5), o.Max, "the new version starts on its first day")
	o, err = r.Offence("XA/PC/1", 0)
	require.NoError(t, err)
	assert.Equal(t, offences.Years(5), o.Max, "zero date gives the latest version")

	_, err = r.Offence("XA/PC/3", d("1999-12-31"))
	assert.ErrorIs(t, err, jurisdictions.ErrNotInForce)
	_, err = r.Offence("XA/PC/99", 0)
	assert.ErrorIs(t, err, jurisdictions.ErrUnknownOffence)

	xb, _ := r.Jurisdiction("XB")
	ids := func(os []offences.Offence) (out []string) {
		for _, o := range os {
			out = append(out, o.ID)
		}
		return out
	}
	assert.ElementsMatch(t, []string{"XB/SC/10", "XB/SC/14"}, ids(xb.ByCategory("0701", d("2012-01-01"))),
		"fraud (same) and computer fraud (narrower)")
	assert.ElementsMatch(t, []string{"XB/SC/10", "XB/SC/14"}, ids(xb.ByCategory("0701.computer", d("2012-01-01"))),
		"computer fraud (same) and fraud (broader)")
	assert.Empty(t, ids(xb.ByCategory("08.cartel", d("2014-12-31"))), "the cartel offence starts in 2015")
	assert.True(t, xb.CoversCategory("08.cartel", d("2000-01-01")))
	assert.False(t, xb.CoversCategory("0701", d("2000-01-01")))
	assert.Len(t, xb.NonOffences(), 1)
}

func TestResolve(t *testing.T) {
	r := synth(t)
	tests := []struct{ jur, in, want string }{
		{"XA", "XA/PC/1", "XA/PC/1"},
		{"XA", "s.1 Penal Code", "XA/PC/1"},
		{"XA", "Penal Code s. 1", "XA/PC/1"},
		{"XA", "section 1 of the Penal Code", "XA/PC/1"},
		{"XA", "PC 2", "XA/PC/2"},
		{"XA", "P.C. § 3", "XA/PC/3"},
		{"XA", "s.5(1)(a) Penal Code", "XA/PC/5"},
		{"XA", "s.5(2) Penal Code", "XA/PC/5"},
		{"XA", "SWINDLE", "XA/PC/1"},
		{"XB", "art. 10 SC", "XB/SC/10"},
		{"XB", "Art. 10 Abs. 2 Strafcode", "XB/SC/10"},
		{"XB", "Strafcode, Artikel 14", "XB/SC/14"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := r.Resolve(tt.jur, tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	for _, bad := range []string{"s.9 Penal Code", "Penal Code", "art. 10 SC", ""} {
		_, err := r.Resolve("XA", bad)
		assert.ErrorIs(t, err, jurisdictions.ErrUnknownOffence, bad)
	}
	_, err := r.Resolve("QQ", "s.1")
	assert.ErrorIs(t, err, jurisdictions.ErrUnknownJurisdiction)
}

func TestResolveDefaultDataset(t *testing.T) {
	r := jurisdictions.Default()
	tests := []struct{ jur, in, want string }{
		{"DE", "§ 263 StGB", "DE/StGB/263"},
		{"DE", "StGB 263", "DE/StGB/263"},
		{"DE", "§ 263 Abs. 1 StGB", "DE/StGB/263"},
		{"DE", "§ 263a Strafgesetzbuch", "DE/StGB/263a"},
		{"GB-EAW", "s.1 Fraud Act 2006", "GB-EAW/FraudAct2006/1"},
		{"GB-EAW", "Fraud Act 2006, s. 1(3)", "GB-EAW/FraudAct2006/1"},
		{"FR", "art. 313-1 CP", "FR/CP/313-1"},
		{"FR", "article 313-1 du Code pénal", "FR/CP/313-1"},
		{"ES", "art. 197 bis CP", "ES/CP/197bis"},
		{"ES", "artículo 578 del Código Penal", "ES/CP/578"},
		{"US", "18 U.S.C. § 1343", "US/18USC/1343"},
		{"US", "18 USC 1030(a)(2)", "US/18USC/1030a2"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := r.Resolve(tt.jur, tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestReturnedValuesCannotChangeTheRegistry(t *testing.T) {
	r := synth(t)
	j, _ := r.Jurisdiction("XB")
	offs := j.Offences(0)
	offs[0].Categories[0] = "99"
	offs[0].Elements[0] = "nothing"
	o, err := r.Offence(offs[0].ID, 0)
	require.NoError(t, err)
	assert.Equal(t, offences.Category("0701"), o.Categories[0])
	assert.Equal(t, offences.Element("deception"), o.Elements[0])
	o.Categories[0] = "98"
	again, _ := r.Offence(o.ID, 0)
	assert.Equal(t, offences.Category("0701"), again.Categories[0])
	cov := j.Covers()
	cov[0].Category = "99"
	assert.Equal(t, offences.Category("0502"), j.Covers()[0].Category)
}

// TestLoadReportsEveryProblem checks that one broken file yields every
// mistake the validator must catch, each with its line.
func TestLoadReportsEveryProblem(t *testing.T) {
	broken := `code: XD
names: {fr: "Sans anglais"}
languages: [en, "not a tag!"]
covers:
  - {category: "0999"}
dual_criminality_date: {at: sometimes, source: x}
offences:
  - id: XD/PC/1
    citation: "s.1"
    labels: {en: "One"}
    categories: ["0701", "0799"]
    elements: [deception, telepathy]
    list_category: jaywalking
    source: s
    versions:
      - {from: 2000-01-01, max: 5y, source: s}
      - {from: 2004-01-01, to: 2003-01-01, max: 2y, source: s}
      - {from: 2002-01-01, max: 3y, source: s}
  - id: XD/PC/1
    citation: "s.1 again"
    labels: {en: "One"}
    categories: ["0701"]
    source: s
    versions: [{max: 1y, source: s}]
  - id: XD/PC/2
    citation: "s.2"
    labels: {en: "Two"}
    categories: ["0701"]
    versions:
      - {max: 1y}
  - id: XE/PC/3
    citation: "s.3"
    labels: {de: "Drei"}
    categories: ["0701"]
    source: s
    versions:
      - {max: -1y, source: s}
`
	fsys := fstest.MapFS{"XD.yaml": {Data: []byte(broken)}, "XF.yaml": {Data: []byte("code: XG\nnames: {en: x}\nlanguages: [en]\n")}}
	_, err := jurisdictions.LoadOnly(fsys, nil)
	require.ErrorIs(t, err, jurisdictions.ErrInvalidDataset)
	var de *jurisdictions.DatasetError
	require.ErrorAs(t, err, &de)
	var got []string
	for _, p := range de.Problems {
		got = append(got, p.Error())
	}
	want := []string{
		`XD.yaml:1: names has no English label`,
		`XD.yaml:1: language "not a tag!" is not a valid language tag`,
		`XD.yaml:5: covers: category "0999" is not in the taxonomy`,
		`XD.yaml:6: dual_criminality_date.at must be conduct or decision, not "sometimes"`,
		`XD.yaml:8: offence XD/PC/1: category "0799" is not in the taxonomy`,
		`XD.yaml:8: offence XD/PC/1: element "telepathy" is not in the vocabulary`,
		`XD.yaml:8: offence XD/PC/1: list category "jaywalking" is not in the vocabulary`,
		`XD.yaml:17: offence XD/PC/1: version ends (2003-01-01) before it starts (2004-01-01)`,
		`XD.yaml:18: offence XD/PC/1: version 2002-01-01– overlaps version 2000-01-01–`,
		`XD.yaml:19: offence "XD/PC/1" is defined twice (first on line 8); list its versions under one record`,
		`XD.yaml:25: offence XD/PC/2 has no source`,
		`XD.yaml:30: offence XD/PC/2: version – has no source`,
		`XD.yaml:31: offence "XE/PC/3" belongs to XE, not to this file's XD`,
		`XD.yaml:31: offence XE/PC/3 has no English label`,
		`XD.yaml:37: offences: invalid value: "-1y" is not a penalty (write 5y, 6m, 2y6m, life or fine)`,
		`XF.yaml:1: code "XG" does not match the file name (want "XF")`,
	}
	for _, w := range want {
		assert.Contains(t, got, w)
	}
	for _, p := range de.Problems {
		var ye *yamlx.Error
		assert.True(t, errors.As(p, &ye))
		assert.NotZero(t, p.Line, p.Error())
	}
}

func TestDefaultDataset(t *testing.T) {
	r := jurisdictions.Default()
	for _, code := range []string{"DE", "FR", "ES", "GB-EAW", "US"} {
		j, err := r.Jurisdiction(code)
		require.NoError(t, err)
		assert.NotEmpty(t, j.Offences(0), code)
		assert.NotEmpty(t, j.Memberships(), code)
		for _, o := range j.Offences(0) {
			assert.NotEmpty(t, o.Source, o.ID)
			assert.NotEmpty(t, o.PenaltySource, o.ID)
			assert.NotEmpty(t, o.Labels.English(), o.ID)
		}
	}
	// Pinpoint facts the conformance cases rely on.
	s188, err := r.Offence("GB-EAW/EnterpriseAct2002/188", d("2010-01-01"))
	require.NoError(t, err)
	assert.Equal(t, d("2003-06-20"), s188.Validity.From, "Enterprise Act 2002 s.188 in force 20 June 2003 (SI 2003/1397)")
	assert.True(t, s188.Requires("dishonesty"), "s.188 required dishonesty before ERRA 2013 s.47")
	torture, err := r.Offence("GB-EAW/CJA1988/134", 0)
	require.NoError(t, err)
	assert.Equal(t, d("1988-09-29"), torture.Validity.From, "Criminal Justice Act 1988 s.134 in force 29 September 1988 (Pinochet (No 3))")
	glor, err := r.Offence("ES/CP/578", d("2013-01-01"))
	require.NoError(t, err)
	assert.Equal(t, offences.Years(2), glor.Max, "art. 578 CP before LO 2/2015 (C-717/18)")
}

func TestLoadAddsAndReplaces(t *testing.T) {
	replacement := `code: BE
names: {en: "Belgium (test replacement)"}
languages: [fr]
offences:
  - id: BE/CP/496
    citation: "art. 496 CP"
    labels: {en: "Swindling", fr: "Escroquerie"}
    categories: ["0701"]
    elements: [deception]
    source: test
    versions: [{max: 5y, source: test}]
`
	fsys := fstest.MapFS{"BE.yaml": {Data: []byte(replacement)}, "XC.yaml": synthetic.Jurisdictions()["XC.yaml"]}
	r, err := jurisdictions.Load(fsys)
	require.NoError(t, err)
	be, err := r.Jurisdiction("BE")
	require.NoError(t, err)
	assert.Equal(t, "Belgium (test replacement)", be.Names().English(), "a user file replaces the default jurisdiction")
	assert.Len(t, be.Offences(0), 1)
	_, err = r.Jurisdiction("XC")
	assert.NoError(t, err, "a user file adds a jurisdiction")
	_, err = r.Jurisdiction("DE")
	assert.NoError(t, err, "the other default jurisdictions stay")
	def, _ := jurisdictions.Default().Jurisdiction("BE")
	assert.NotContains(t, offenceIDs(def.Offences(0)), "BE/CP/496", "the default registry is not changed")
	assert.NotEqual(t, "Belgium (test replacement)", def.Names().English())
}

func offenceIDs(offs []offences.Offence) []string {
	ids := make([]string, len(offs))
	for i, o := range offs {
		ids[i] = o.ID
	}
	return ids
}

// Sources must cite what a reader can find: a path on the machine the
// data was researched on is no source.
func TestDefaultDataCitesNoLocalPaths(t *testing.T) {
	names, err := fs.Glob(jurisdictions.DefaultFS(), "*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	for _, n := range names {
		b, err := fs.ReadFile(jurisdictions.DefaultFS(), n)
		require.NoError(t, err)
		for i, line := range strings.Split(string(b), "\n") {
			assert.NotContains(t, line, "/work/", "%s:%d cites a local path", n, i+1)
		}
	}
}
