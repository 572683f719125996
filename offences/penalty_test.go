package offences

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParsePenalty(t *testing.T) {
	tests := []struct {
		in   string
		want Penalty
		ok   bool
	}{
		{"5y", Years(5), true},
		{"6m", Months(6), true},
		{"2y6m", Months(30), true},
		{"life", LifeImprisonment, true},
		{"fine", FineOnlyPenalty, true},
		{"100y", Years(100), true},
		{"101y", Penalty{}, false},
		{"0y", Penalty{}, false},
		{"-1y", Penalty{}, false},
		{"+1y", Penalty{}, false},
		{"1y12m", Penalty{}, false},
		{"5", Penalty{}, false},
		{"", Penalty{}, false},
		{"y", Penalty{}, false},
		{"5 years", Penalty{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParsePenalty(tt.in)
			if !tt.ok {
				require.ErrorIs(t, err, ErrInvalid)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.in, got.Notation())
		})
	}
}

func TestPenaltyThresholds(t *testing.T) {
	tests := []struct {
		name              string
		p                 Penalty
		atLeast12, over12 bool
	}{
		{"one year reaches at least 12 months but not more than", Years(1), true, false},
		{"13 months exceeds a year", Months(13), true, true},
		{"life reaches any threshold", LifeImprisonment, true, true},
		{"a fine only reaches no custodial threshold", FineOnlyPenalty, false, false},
		{"6 months", Months(6), false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.atLeast12, tt.p.AtLeast(12))
			assert.Equal(t, tt.over12, tt.p.MoreThan(12))
		})
	}
}

func TestPenaltyString(t *testing.T) {
	assert.Equal(t, "3 years", Years(3).String())
	assert.Equal(t, "1 year 6 months", Months(18).String())
	assert.Equal(t, "12 months", Months(12).String())
	assert.Equal(t, "1 month", Months(1).String())
	assert.Equal(t, "life imprisonment", LifeImprisonment.String())
	assert.Equal(t, "a fine only", FineOnlyPenalty.String())
}
