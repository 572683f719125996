package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunNorris(t *testing.T) {
	var out, errOut bytes.Buffer
	err := run([]string{"-from", "US", "-to", "GB-EAW", "-decided", "2008-03-12", "-committed", "1999-06-01",
		"-facts", "deception=false", "-offence", "15 U.S.C. § 1", "-offence", "18 U.S.C. § 1512(b)"}, &out, &errOut)
	require.NoError(t, err)
	s := out.String()
	assert.Contains(t, s, "Instrument: UKUS2003")
	assert.Contains(t, s, "Verdict: NOT SATISFIED")
	assert.Contains(t, s, "Verdict: SATISFIED")
	assert.Contains(t, s, "Perverting the course of justice (common law)")
	assert.Contains(t, s, "before Enterprise Act 2002 s.188")
}

func TestRunJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	err := run([]string{"-json", "-from", "ES", "-to", "BE", "-kind", "surrender", "-decided", "2020-03-03",
		"-committed", "2012-12-01", "-offence", "art. 578 CP"}, &out, &errOut)
	require.NoError(t, err)
	var got struct {
		Instrument string `json:"instrument"`
		Charges    []struct {
			Verdict string `json:"verdict"`
			Reasons []struct {
				Code string `json:"code"`
				Text string `json:"text"`
			} `json:"reasons"`
		} `json:"charges"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &got))
	assert.Equal(t, "EAW", got.Instrument)
	require.Len(t, got.Charges, 1)
	assert.Equal(t, "undetermined", got.Charges[0].Verdict)
	var codes []string
	for _, r := range got.Charges[0].Reasons {
		codes = append(codes, r.Code)
		assert.NotEmpty(t, r.Text)
	}
	assert.Contains(t, codes, "waiver_refused")
}

func TestRunBadInput(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no offence", []string{"-from", "US", "-to", "GB-EAW", "-decided", "2008-03-12", "-committed", "1999-06-01"}, "at least one -offence"},
		{"bad date", []string{"-from", "US", "-to", "GB-EAW", "-decided", "12/03/2008", "-committed", "1999-06-01", "-offence", "x"}, "-decided"},
		{"no decision date", []string{"-from", "US", "-to", "GB-EAW", "-committed", "1999-06-01", "-offence", "x"}, "date of the decision"},
		{"unknown jurisdiction", []string{"-from", "US", "-to", "ZZ", "-decided", "2008-03-12", "-committed", "1999-06-01", "-offence", "15 U.S.C. § 1"}, "unknown jurisdiction"},
		{"bad fact", []string{"-from", "US", "-to", "GB-EAW", "-decided", "2008-03-12", "-committed", "1999-06-01", "-offence", "15 U.S.C. § 1", "-facts", "dishonesty"}, "element=true"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := run(tt.args, &out, &errOut)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestRunPerChargeDatesAndConductOnly(t *testing.T) {
	var out, errOut bytes.Buffer
	err := run([]string{"-from", "US", "-to", "GB-EAW", "-decided", "2010-06-01", "-facts", "dishonesty=true,intent=true,deception=false",
		"-offence", "15 U.S.C. § 1@2003-06-19", "-offence", "15 U.S.C. § 1@2003-06-21"}, &out, &errOut)
	require.NoError(t, err)
	s := out.String()
	assert.Regexp(t, `1\s+15 U.S.C. § 1\s+2003-06-19\s+NOT SATISFIED`, s, "the day before s.188 Enterprise Act 2002 came into force")
	assert.Regexp(t, `2\s+15 U.S.C. § 1\s+2003-06-21\s+SATISFIED\s+s.188 Enterprise Act 2002`, s)

	out.Reset()
	err = run([]string{"-from", "US", "-to", "GB-EAW", "-decided", "2010-06-01", "-committed", "2001-01-01", "-conduct", "08.cartel", "-facts", "deception=false"}, &out, &errOut)
	require.NoError(t, err)
	assert.Regexp(t, `1\s+conduct \[08.cartel\]\s+2001-01-01\s+NOT SATISFIED`, out.String())
	assert.Contains(t, out.String(), "describes conduct only")

	err = run([]string{"-from", "US", "-to", "GB-EAW", "-decided", "2010-06-01", "-offence", "15 U.S.C. § 1"}, &out, &errOut)
	assert.ErrorContains(t, err, "-committed")
}

// The program's own words follow -lang as the explanations do.
func TestCheckInGermanAndPolish(t *testing.T) {
	args := []string{"-from", "DE", "-to", "PL", "-kind", "surrender", "-decided", "2022-03-01", "-committed", "2021-06-01", "-offence", "§ 186 StGB"}
	var de bytes.Buffer
	require.NoError(t, run(append(args, "-lang", "de"), &de, &bytes.Buffer{}))
	assert.Contains(t, de.String(), "Tatvorwurf 1: § 186 StGB")
	assert.Contains(t, de.String(), "Ergebnis: ERFÜLLT")
	assert.Contains(t, de.String(), "Schwelle erreicht (ersuchender Staat)")
	var pl bytes.Buffer
	require.NoError(t, run(append(args, "-lang", "pl"), &pl, &bytes.Buffer{}))
	assert.Contains(t, pl.String(), "Zarzut 1: § 186 StGB")
	assert.Contains(t, pl.String(), "Wynik: SPEŁNIONA")
	assert.Contains(t, pl.String(), "art. 212 § 1 k.k. (Zniesławienie) obejmuje czyn (zgodność: dokładna).")
	assert.NotContains(t, pl.String(), "Verdict")
}

// A request typed entirely in the reader's language: states by their
// names in it, the charge by the requesting state's own name for it.
func TestRequestByNames(t *testing.T) {
	var pl bytes.Buffer
	require.NoError(t, run([]string{"-lang", "pl", "-kind", "surrender", "-from", "Niemcy", "-to", "Polska",
		"-decided", "2026-11-01", "-committed", "2024-05-01", "-offence", "Betrug"}, &pl, &bytes.Buffer{}))
	s := pl.String()
	// FD 2002/584/JHA as titled in its Polish version (Dz.U. UE).
	assert.Contains(t, s, "Instrument: EAW — Decyzja ramowa Rady z dnia 13 czerwca 2002 r.")
	assert.Contains(t, s, "Zarzut 1: § 263 StGB")
	assert.Contains(t, s, "art. 286 § 1 k.k.")
	assert.NotContains(t, s, "Verdict")

	var fr bytes.Buffer
	require.NoError(t, run([]string{"-lang", "fr", "-kind", "surrender", "-from", "Allemagne", "-to", "Pays-Bas",
		"-decided", "2026-11-01", "-committed", "2024-05-01", "-offence", "Computerbetrug"}, &fr, &bytes.Buffer{}))
	assert.Contains(t, fr.String(), "§ 263a StGB")

	err := run([]string{"-from", "Deutschland", "-to", "PL", "-decided", "2026-11-01", "-committed", "2024-05-01", "-offence", "Gibtesnicht"}, &bytes.Buffer{}, &bytes.Buffer{})
	assert.ErrorContains(t, err, "Gibtesnicht")
	// Mail fraud and wire fraud: "fraud" is not enough to pick a charge.
	err = run([]string{"-from", "US", "-to", "GB-EAW", "-decided", "2026-11-01", "-committed", "2024-05-01", "-offence", "fraud"}, &bytes.Buffer{}, &bytes.Buffer{})
	assert.ErrorContains(t, err, "names several offences of US")
	assert.ErrorContains(t, err, "US/18USC/1343")
}
