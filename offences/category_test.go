package offences

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCategory(t *testing.T) {
	tests := []struct {
		code   string
		parent Category
		ext    bool
	}{
		{"07", "", false},
		{"0701", "07", false},
		{"07041", "0704", false},
		{"070411", "07041", false},
		{"0701.computer", "0701", true},
		{"02.defamation.head_of_state", "02.defamation", true},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			c, err := ParseCategory(tt.code)
			require.NoError(t, err)
			assert.Equal(t, tt.parent, c.Parent())
			assert.Equal(t, tt.ext, c.IsExtension())
			assert.True(t, c.Within(c))
			assert.True(t, c.Within(c.Section()))
		})
	}
	assert.True(t, Category("02.defamation.head_of_state").Within("02"))
	assert.False(t, Category("0701").Within("0701.computer"), "a category is not within its own extension")
	assert.False(t, Category("0702").Within("0701"))
	for _, bad := range []string{"", "7", "070", "0701.", "0701.Computer", "0701..x", "ab", "0701 "} {
		_, err := ParseCategory(bad)
		assert.ErrorIs(t, err, ErrInvalid, bad)
	}
}
