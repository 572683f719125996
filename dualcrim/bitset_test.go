package dualcrim

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBitset(t *testing.T) {
	var b bitset
	assert.False(t, b.has(0), "empty")
	for _, i := range []int{0, 5, 63, 64, 200} {
		b.add(i)
	}
	for i := 0; i < 260; i++ {
		want := i == 0 || i == 5 || i == 63 || i == 64 || i == 200
		assert.Equal(t, want, b.has(i), "bit %d", i)
	}
}
