package dualcrim_test

import (
	"testing"

	"github.com/offencemap/offencemap/dualcrim"
	"github.com/offencemap/offencemap/offences"
)

// BenchmarkFullMatrix checks every ordered pair of jurisdictions of the
// default dataset for every conduct category that some offence covers: the
// requesting state's first offence of the category, surrender then
// extradition, on 2022-06-01 for conduct of 2021-06-01. Pairs without an
// instrument or an offence are skipped; their cost is counted.
func BenchmarkFullMatrix(b *testing.B) {
	c := dualcrim.Default()
	reg := c.Registry()
	committed, decided := offences.MustParseDate("2021-06-01"), offences.MustParseDate("2022-06-01")
	var cats []offences.Category
	seen := map[offences.Category]bool{}
	for _, j := range reg.Jurisdictions() {
		for _, o := range j.Offences(0) {
			for _, k := range o.Categories {
				if !seen[k] {
					seen[k] = true
					cats = append(cats, k)
				}
			}
		}
	}
	var reqs []dualcrim.Request
	for _, from := range reg.Jurisdictions() {
		for _, to := range reg.Jurisdictions() {
			if from == to {
				continue
			}
			for _, k := range cats {
				offs := from.ByCategory(k, committed)
				if len(offs) == 0 {
					continue
				}
				for _, kind := range []dualcrim.Kind{dualcrim.Surrender, dualcrim.Extradition} {
					reqs = append(reqs, dualcrim.Request{Kind: kind, Purpose: dualcrim.Prosecution, From: from.Code(), To: to.Code(),
						Decided: decided, Charges: []dualcrim.Charge{{Offence: offs[0].ID, Committed: committed}}})
				}
			}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range reqs {
			_, _ = c.Check(r) // a pair without an instrument answers ErrNoInstrument, as it should
		}
	}
	b.ReportMetric(float64(len(reqs)), "requests/op")
}
