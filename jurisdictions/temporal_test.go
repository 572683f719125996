package jurisdictions_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/offences"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTemporalSweep checks the periods of the embedded dataset: the
// versions of each offence are ordered and disjoint, each is the one in
// force on a day of its own period, no day has two versions of one
// offence, and every non-offence record has a valid period.
func TestTemporalSweep(t *testing.T) {
	reg := jurisdictions.Default()
	today := offences.DateOf(time.Now())
	require.NotEmpty(t, reg.Jurisdictions())
	for _, j := range reg.Jurisdictions() {
		t.Run(j.Code(), func(t *testing.T) {
			var ids []string
			seen := map[string]bool{}
			for _, o := range j.Offences(0) {
				if !seen[o.ID] {
					seen[o.ID] = true
					ids = append(ids, o.ID)
				}
			}
			for _, id := range ids {
				versions := j.Versions(id)
				require.NotEmpty(t, versions, id)
				for i, v := range versions {
					what := fmt.Sprintf("%s version %d (%s)", id, i, v.Validity)
					assert.Equal(t, id, v.ID, what)
					assert.True(t, v.Validity.Valid(), "%s ends before it starts", what)
					if i > 0 {
						prev := versions[i-1].Validity
						assert.False(t, prev.Overlaps(v.Validity), "%s overlaps version %d (%s)", what, i-1, prev)
						// Sorted: the previous version ends before this one starts.
						assert.True(t, prev.To != 0 && v.Validity.From != 0 && prev.To < v.Validity.From,
							"%s is not after version %d (%s)", what, i-1, prev)
					}
					for k := i + 1; k < len(versions); k++ {
						assert.False(t, v.Validity.Overlaps(versions[k].Validity), "%s overlaps version %d (%s)", what, k, versions[k].Validity)
					}

					// The version is the one in force on a day of its period.
					day := v.Validity.From
					switch {
					case day != 0:
					case v.Validity.To != 0:
						day = v.Validity.To
					default:
						day = today
					}
					require.True(t, v.Validity.Contains(day), what)
					got, err := j.Offence(id, day)
					if assert.NoError(t, err, "%s on %s", what, day) {
						assert.Equal(t, v.Validity, got.Validity, "%s on %s", what, day)
						assert.Equal(t, v.Max, got.Max, "%s on %s", what, day)
					}
				}
				latest, err := j.Offence(id, 0)
				if assert.NoError(t, err, id) {
					assert.Equal(t, versions[len(versions)-1].Validity, latest.Validity, "%s: latest version", id)
				}
			}

			for year := 1990; year <= 2025; year++ {
				day := offences.Date(year*10000 + 701)
				inForce := map[string]offences.Validity{}
				for _, o := range j.Offences(day) {
					assert.True(t, o.Validity.Contains(day), "%s (%s) returned for %s", o.ID, o.Validity, day)
					if prev, dup := inForce[o.ID]; dup {
						t.Errorf("%s: two versions in force on %s: %s and %s", o.ID, day, prev, o.Validity)
					}
					inForce[o.ID] = o.Validity
				}
			}

			for _, n := range j.NonOffences() {
				assert.True(t, n.Validity.Valid(), "non-offence %s: period %s ends before it starts", n.ID, n.Validity)
				assert.Equal(t, j.Code(), n.Jurisdiction, n.ID)
			}
		})
	}
}
