package dualcrim_test

import (
	"fmt"

	"github.com/offencemap/offencemap/dualcrim"
	"github.com/offencemap/offencemap/offences"
	"golang.org/x/text/language"
)

// The United States asked the United Kingdom to extradite Ian Norris for
// price fixing (1989-2000) and for obstructing the investigation. The House
// of Lords held that price fixing was not an offence in England before
// Enterprise Act 2002 s.188, but that obstruction was perverting the course
// of justice (Norris v USA [2008] UKHL 16).
func ExampleChecker_Check() {
	res, err := dualcrim.Default().Check(dualcrim.Request{
		Kind:    dualcrim.Extradition,
		Purpose: dualcrim.Prosecution,
		From:    "US",
		To:      "GB-EAW",
		Decided: offences.MustParseDate("2008-03-12"),
		Charges: []dualcrim.Charge{
			{Offence: "15 U.S.C. § 1", Committed: offences.MustParseDate("1999-06-01")},
			{Offence: "18 U.S.C. § 1512(b)", Committed: offences.MustParseDate("2001-03-01")},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("instrument:", res.Instrument.ID)
	for _, ch := range res.Charges {
		fmt.Printf("%s: %s\n", ch.Offence.Citation, ch.Verdict)
		for _, e := range ch.Equivalents {
			fmt.Printf("  %s (%s)\n", e.Offence.Citation, e.Confidence)
		}
	}
	// Output:
	// instrument: UKUS2003
	// 15 U.S.C. § 1: not_satisfied
	// 18 U.S.C. § 1512(b): satisfied
	//   Perverting the course of justice (common law) (exact)
}

// A reason renders as a sentence in the reader's language; languages the
// catalog lacks fall back to English.
func ExampleReason_Text() {
	r := dualcrim.Reason{Code: dualcrim.WaiverRefused,
		Args: []any{"art. 578 CP", "terrorism", "2 years", "3 years", "Art 2(2)"}}
	fmt.Println(r.Text(language.English))
	// Output:
	// The list waiver does not apply: art. 578 CP falls in the listed category "terrorism" but carried only 2 years at the time of the conduct, less than 3 years (Art 2(2)); dual criminality must be checked.
}
