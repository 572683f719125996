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
		"-offence", "15 U.S.C. § 1", "-offence", "18 U.S.C. § 1512(b)"}, &out, &errOut)
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
