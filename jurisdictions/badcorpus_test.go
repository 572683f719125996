package jurisdictions_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBadCorpus loads each file of testdata/bad alone, under its own name,
// and expects exactly the problems listed, with file and line. Each file
// makes one mistake; its first line (a comment) says which. The files are
// named after their codes so that only the mistake is reported.
func TestBadCorpus(t *testing.T) {
	const penaltyHelp = " is not a penalty (write 5y, 6m, 2y6m, life or fine)"
	tests := []struct {
		file    string
		mistake string
		want    []string
	}{
		{"XA-UNK.yaml", "unknown key", []string{
			`XA-UNK.yaml:11: unknown key "penalty" (known: id, citation, aliases, url, labels, categories, elements, list_category, source, versions)`}},
		{"XA-CLM.yaml", "complete-catalogue claim with a gap", []string{
			`XA-CLM.yaml:6: covers: 0502 is claimed complete, but on 2000-01-01 no offence or non-offence record of it is in force; record the law (or that there is none) or narrow the claim`}},
		{"XA-CLE.yaml", "complete-catalogue claim with no record", []string{
			`XA-CLE.yaml:6: covers: 0701 is claimed complete, but no offence or non-offence record of it exists; record the law (or that there is none) or narrow the claim`}},
		{"XA-GAP.yaml", "bad gap notes", []string{
			`XA-GAP.yaml:6: gaps: category "0599" is not in the taxonomy`,
			`XA-GAP.yaml:7: gaps: 0701 has no reason`,
			`XA-GAP.yaml:9: gaps: 0502 has two notes; write one`}},
		{"XA-DUP.yaml", "duplicate ID", []string{
			`XA-DUP.yaml:14: offence "XA-DUP/PC/1" is defined twice (first on line 6); list its versions under one record`}},
		{"XA-CAT.yaml", "dangling category", []string{
			`XA-CAT.yaml:6: offence XA-CAT/PC/1: category "0599" is not in the taxonomy`}},
		{"XA-ELM.yaml", "dangling element", []string{
			`XA-ELM.yaml:6: offence XA-ELM/PC/1: element "stealth" is not in the vocabulary`}},
		{"XA-UNL.yaml", "dangling element in a non-offence's unless", []string{
			`XA-UNL.yaml:6: non-offence XA-UNL/NC/cartel: element "collusion" is not in the vocabulary`}},
		{"XA-LST.yaml", "dangling list category", []string{
			`XA-LST.yaml:6: offence XA-LST/PC/1: list category "shoplifting" is not in the vocabulary`}},
		{"XA-OVL.yaml", "overlapping versions", []string{
			`XA-OVL.yaml:14: offence XA-OVL/PC/1: version 2005-01-01– overlaps version –2005-12-31`}},
		{"XA-REV.yaml", "version ending before it starts", []string{
			`XA-REV.yaml:13: offence XA-REV/PC/1: version ends (2009-12-31) before it starts (2010-01-01)`}},
		{"XA-NEG.yaml", "negative penalty", []string{
			`XA-NEG.yaml:13: offences: invalid value: "-1y"` + penaltyHelp}},
		{"XA-PEN.yaml", "unparseable penalty", []string{
			`XA-PEN.yaml:13: offences: invalid value: "5 years"` + penaltyHelp}},
		{"XA-LNG.yaml", "invalid language tag", []string{
			`XA-LNG.yaml:2: language "english" is not a valid language tag`}},
		{"XA-SRC.yaml", "missing source", []string{
			`XA-SRC.yaml:6: offence XA-SRC/PC/1 has no source`}},
		{"XA-ENG.yaml", "missing English label", []string{
			`XA-ENG.yaml:6: offence XA-ENG/PC/1 has no English label`}},
		{"XA-VER.yaml", "missing versions", []string{
			`XA-VER.yaml:6: offence XA-VER/PC/1 has no versions (each version gives dates and a maximum penalty)`}},
		{"XA-OTH.yaml", "ID of another jurisdiction", []string{
			`XA-OTH.yaml:6: offence "XB/PC/1" belongs to XB, not to this file's XA-OTH`}},
		{"XA-NAM.yaml", "file name not matching the code", []string{
			`XA-NAM.yaml:2: code "XA-NMX" does not match the file name (want "XA-NAM")`}},
		{"XA-DAT.yaml", "impossible date", []string{
			`XA-DAT.yaml:13: offences: invalid value: "2003-02-30" is not a date of the form YYYY-MM-DD`}},
		{"XA-SYN.yaml", "YAML syntax error", []string{
			`XA-SYN.yaml:8: did not find expected ',' or '}'`}},
		{"XA-EMP.yaml", "empty file", []string{
			`XA-EMP.yaml: empty document`}},
		{"XA-LIS.yaml", "a list instead of a mapping", []string{
			`XA-LIS.yaml:2: expected a mapping of keys to values, found a list`}},
	}

	// Every file of the corpus has a case, and every case a file.
	files, err := filepath.Glob(filepath.Join("testdata", "bad", "*.yaml"))
	require.NoError(t, err)
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	var cased []string
	for _, tc := range tests {
		cased = append(cased, tc.file)
	}
	assert.ElementsMatch(t, names, cased, "files in testdata/bad and cases of this test")

	for _, tc := range tests {
		t.Run(tc.mistake, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "bad", tc.file))
			require.NoError(t, err)
			reg, err := jurisdictions.LoadOnly(fstest.MapFS{tc.file: {Data: data}}, nil)
			require.Error(t, err)
			assert.Nil(t, reg)
			assert.ErrorIs(t, err, jurisdictions.ErrInvalidDataset)
			var de *jurisdictions.DatasetError
			require.True(t, errors.As(err, &de), "%T is not a *DatasetError", err)
			got := make([]string, len(de.Problems))
			for i, p := range de.Problems {
				got[i] = p.Error()
			}
			assert.Equal(t, tc.want, got)
		})
	}
}
