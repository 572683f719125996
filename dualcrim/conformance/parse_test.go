package conformance

import (
	"testing"

	"github.com/offencemap/offencemap/internal/synthetic"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseRejectsUnknownKeysAndBadValues(t *testing.T) {
	src := `- name: a case
  source: s
  request:
    kind: deportation
    purpose: prosecution
    from: XA
    to: XB
    decided: 2016-13-01
    charges:
      - offence: XA/PC/1
        committed: 2012-01-01
        colour: red
  want:
    charges:
      - verdict: probably
`
	_, err := Parse("mine.yaml", []byte(src))
	require.Error(t, err)
	msg := err.Error()
	assert.Contains(t, msg, `mine.yaml:4: dualcrim: invalid request: kind "deportation"`)
	assert.Contains(t, msg, `mine.yaml:8: offences: invalid value: "2016-13-01" is not a date`)
	assert.Contains(t, msg, `mine.yaml:12: unknown key "colour"`)
	assert.Contains(t, msg, `mine.yaml:15: dualcrim: invalid request: verdict "probably"`)
}

func TestParseChecksAnswersPerCharge(t *testing.T) {
	src := `- name: two charges, one answer
  source: s
  request: {kind: extradition, purpose: prosecution, from: XA, to: XB, decided: 2016-01-01,
            charges: [{offence: XA/PC/1, committed: 2012-01-01}, {offence: XA/PC/2, committed: 2012-01-01}]}
  want: {charges: [{verdict: satisfied}]}
`
	_, err := Parse("two.yaml", []byte(src))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `two.yaml:1: case "two charges, one answer": 2 charges but 1 expected answers`)
}

func TestCheckReportsDifferences(t *testing.T) {
	checker, err := synthetic.Checker()
	require.NoError(t, err)
	src := `- name: wrong expectations
  source: s
  request: {kind: extradition, purpose: prosecution, from: XA, to: XB, decided: 2016-06-01,
            charges: [{offence: XA/PC/2, committed: 2012-01-01}]}
  want: {instrument: CYBER, charges: [{verdict: satisfied, equivalents: ["art. 10 SC"]}]}
`
	cases, err := Parse("w.yaml", []byte(src))
	require.NoError(t, err)
	diffs := Check(checker, cases[0])
	assert.Equal(t, []string{
		"w.yaml:1: wrong expectations: instrument TREATY, want CYBER",
		"w.yaml:1: wrong expectations: charge 1 (XA/PC/2): verdict not_satisfied, want satisfied",
		"w.yaml:1: wrong expectations: charge 1: XB/SC/10 is not among the equivalents [XB/SC/11]",
	}, diffs)
}
