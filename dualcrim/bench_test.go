package dualcrim_test

import (
	"testing"

	"github.com/offencemap/offencemap/dualcrim"
	"github.com/offencemap/offencemap/offences"
	"golang.org/x/text/language"
)

// benchNorrisRequest is the obstruction count of Norris v USA [2008]
// UKHL 16: one charge, extradition from the United States to England and
// Wales under the UK–US treaty.
func benchNorrisRequest() dualcrim.Request {
	return dualcrim.Request{
		Kind:    dualcrim.Extradition,
		Purpose: dualcrim.Prosecution,
		From:    "US",
		To:      "GB-EAW",
		Decided: offences.MustParseDate("2008-03-12"),
		Charges: []dualcrim.Charge{{Offence: "US/18USC/1512", Committed: offences.MustParseDate("2001-03-01")}},
	}
}

// benchWaivedRequest is a European arrest warrant from Spain to France for
// a listed offence, which waives the check.
func benchWaivedRequest() dualcrim.Request {
	return dualcrim.Request{
		Kind:    dualcrim.Surrender,
		Purpose: dualcrim.Prosecution,
		From:    "ES",
		To:      "FR",
		Decided: offences.MustParseDate("2013-06-01"),
		Charges: []dualcrim.Charge{{Offence: "ES/CP/368", Committed: offences.MustParseDate("2012-01-01")}},
	}
}

func benchCheck(b *testing.B, req dualcrim.Request, want dualcrim.Verdict) {
	c := dualcrim.Default()
	res, err := c.Check(req)
	if err != nil {
		b.Fatal(err)
	}
	if got := res.Charges[0].Verdict; got != want {
		b.Fatalf("verdict %s, want %s", got, want)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Check(req); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckSingleCharge(b *testing.B) {
	benchCheck(b, benchNorrisRequest(), dualcrim.Satisfied)
}

func BenchmarkCheckWaived(b *testing.B) {
	benchCheck(b, benchWaivedRequest(), dualcrim.Waived)
}

func BenchmarkReasonText(b *testing.B) {
	res, err := dualcrim.Default().Check(benchNorrisRequest())
	if err != nil {
		b.Fatal(err)
	}
	reasons := append(res.Reasons, res.Charges[0].Reasons...)
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range reasons {
			if r.Text(language.English) == "" {
				b.Fatal("empty reason")
			}
		}
	}
	b.ReportMetric(float64(len(reasons)), "reasons/op")
}

// BenchmarkVerdicts is the verdict-only path: no reasons, no copies.
func BenchmarkVerdicts(b *testing.B) {
	c := dualcrim.Default()
	req := benchNorrisRequest()
	dst := make([]dualcrim.Verdict, 0, 4)
	got, err := c.Verdicts(req, dst)
	if err != nil || len(got) != 1 || got[0] != dualcrim.Satisfied {
		b.Fatalf("verdicts %v, %v", got, err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Verdicts(req, dst[:0]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReasonTextLanguages(b *testing.B) {
	res, err := dualcrim.Default().Check(benchNorrisRequest())
	if err != nil {
		b.Fatal(err)
	}
	reasons := append(res.Reasons, res.Charges[0].Reasons...)
	for _, tag := range dualcrim.Languages() {
		b.Run(tag.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, r := range reasons {
					if r.Text(tag) == "" {
						b.Fatal("empty reason")
					}
				}
			}
			b.ReportMetric(float64(len(reasons)), "reasons/op")
		})
	}
}
