package dualcrim_test

import (
	"testing"

	"github.com/offencemap/offencemap/dualcrim"
	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/offences"
)

// BenchmarkFullMatrix checks every ordered pair of jurisdictions of the
// default dataset for every conduct type of the coverage table
// (jurisdictions.ConductTypes): the requesting state's first offence of
// the type in force on 2021-06-01, decided on 2022-06-01, as a surrender
// request and, where no surrender instrument binds the pair, as an
// extradition request (both attempts are timed). Pairs where the
// requesting state has no offence of the type are skipped.
func BenchmarkFullMatrix(b *testing.B) {
	c := dualcrim.Default()
	reg := c.Registry()
	committed, decided := offences.MustParseDate("2021-06-01"), offences.MustParseDate("2022-06-01")
	var reqs []dualcrim.Request
	for _, from := range reg.Jurisdictions() {
		for _, to := range reg.Jurisdictions() {
			if from == to {
				continue
			}
			for _, t := range jurisdictions.ConductTypes() {
				offs := from.ByCategory(t.Categories[0], committed)
				if len(offs) == 0 {
					continue
				}
				reqs = append(reqs, dualcrim.Request{Kind: dualcrim.Surrender, Purpose: dualcrim.Prosecution, From: from.Code(), To: to.Code(),
					Decided: decided, Charges: []dualcrim.Charge{{Offence: offs[0].ID, Committed: committed}}})
			}
		}
	}
	answered := 0
	b.ReportAllocs()
	for b.Loop() {
		answered = 0
		for _, r := range reqs {
			if _, err := c.Check(r); err == nil {
				answered++
				continue
			}
			r.Kind = dualcrim.Extradition
			if _, err := c.Check(r); err == nil {
				answered++
			}
		}
	}
	b.ReportMetric(float64(len(reqs)), "cells/op")
	b.ReportMetric(float64(answered), "answered/op")
}
