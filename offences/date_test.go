package offences

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDate(t *testing.T) {
	d, err := ParseDate("2003-06-20")
	require.NoError(t, err)
	assert.Equal(t, "2003-06-20", d.String())
	assert.Equal(t, MustParseDate("2003-06-21"), d.AddDays(1))
	assert.Equal(t, MustParseDate("2004-03-01"), MustParseDate("2004-02-28").AddDays(2), "2004 is a leap year")

	for _, bad := range []string{"2003-02-30", "20030620", "2003-6-20", "", "yesterday"} {
		_, err := ParseDate(bad)
		assert.ErrorIs(t, err, ErrInvalid, bad)
	}
}

func TestValidity(t *testing.T) {
	d := MustParseDate
	tests := []struct {
		name string
		v    Validity
		at   Date
		want bool
	}{
		{"open at both ends", Validity{}, d("1900-01-01"), true},
		{"first day counts", Validity{From: d("2003-06-20")}, d("2003-06-20"), true},
		{"day before", Validity{From: d("2003-06-20")}, d("2003-06-19"), false},
		{"last day counts", Validity{To: d("2003-06-19")}, d("2003-06-19"), true},
		{"day after", Validity{To: d("2003-06-19")}, d("2003-06-20"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, tt.v.Contains(tt.at)) })
	}
	a := Validity{From: d("2000-01-01"), To: d("2004-12-31")}
	assert.True(t, a.Overlaps(Validity{From: d("2004-12-31")}))
	assert.False(t, a.Overlaps(Validity{From: d("2005-01-01")}))
	assert.True(t, a.Overlaps(Validity{}))
	assert.False(t, Validity{From: d("2005-01-01"), To: d("2004-01-01")}.Valid())
}
