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
			// The indictment alleges price fixing without deception.
			{Offence: "15 U.S.C. § 1", Committed: offences.MustParseDate("1999-06-01"),
				Facts: map[offences.Element]bool{"deception": false}},
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

// A reason renders as a sentence in the reader's language, with plurals
// of that language; a label the dataset lacks in that language (here the
// Polish name of the list category) falls back to English.
func ExampleReason_Text() {
	terrorism, _ := offences.DefaultVocabulary().ListCategory("terrorism")
	r := dualcrim.Reason{Code: dualcrim.WaiverRefused, Args: []dualcrim.Arg{
		dualcrim.TextArg("art. 578 CP"), dualcrim.LabelArg("terrorism", terrorism.Labels),
		dualcrim.PenaltyArg(offences.Years(2)), dualcrim.MonthsArg(36), dualcrim.TextArg("Art 2(2)")}}
	for _, tag := range []language.Tag{language.English, language.German, language.Polish} {
		fmt.Println(r.Text(tag))
	}
	// Output:
	// The list waiver does not apply: art. 578 CP falls in the listed category "terrorism" but carried only 2 years at the time of the conduct, less than 3 years (Art 2(2)); dual criminality must be checked.
	// Die Ausnahme für Listendelikte greift nicht: art. 578 CP fällt unter die Listenkategorie „Terrorismus“, die Höchststrafe zur Tatzeit (2 Jahre) erreicht aber nicht 3 Jahre (Art 2(2)); die beiderseitige Strafbarkeit ist zu prüfen.
	// Wyłączenie dla kategorii z wykazu nie ma zastosowania: art. 578 CP należy do kategorii „terrorism”, lecz kara maksymalna w czasie czynu (2 lata) jest niższa niż 3 lata (Art 2(2)); należy zbadać podwójną karalność.
}

// An offence is named in the reader's language where the dataset has it,
// else as its own law names it.
func ExampleOffenceName() {
	o, err := dualcrim.Default().Registry().Offence("FR/CP/313-1", offences.MustParseDate("2020-01-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(dualcrim.OffenceName(o, language.French))
	fmt.Println(dualcrim.OffenceName(o, language.German))
	// Output:
	// Escroquerie
	// Escroquerie
}
