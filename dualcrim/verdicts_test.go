package dualcrim_test

import (
	"os"
	"testing"

	"github.com/offencemap/offencemap/dualcrim"
	"github.com/offencemap/offencemap/dualcrim/conformance"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The verdict-only path must answer what Check answers, on every
// conformance case and on the disputed ones.
func TestVerdictsAgreeWithCheck(t *testing.T) {
	c := dualcrim.Default()
	var cases []*conformance.Case
	for _, dir := range []string{"conformance", "disputed"} {
		cs, err := conformance.ParseDir(os.DirFS("testdata"), dir)
		require.NoError(t, err)
		cases = append(cases, cs...)
	}
	require.Greater(t, len(cases), 60)
	for _, k := range cases {
		req := k.BuildRequest()
		res, err := c.Check(req)
		got, verr := c.Verdicts(req, nil)
		if err != nil {
			assert.Error(t, verr, k.Name)
			continue
		}
		require.NoError(t, verr, k.Name)
		want := make([]dualcrim.Verdict, len(res.Charges))
		for i, ch := range res.Charges {
			want[i] = ch.Verdict
		}
		assert.Equal(t, want, got, k.Name)
	}
}

func TestVerdictsErrors(t *testing.T) {
	dst := []dualcrim.Verdict{dualcrim.Waived}
	got, err := dualcrim.Default().Verdicts(dualcrim.Request{Kind: "teleport"}, dst)
	assert.ErrorIs(t, err, dualcrim.ErrInvalidRequest)
	assert.Equal(t, dst, got, "dst is returned unchanged on error")
}
