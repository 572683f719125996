// Package dualcrim decides dual criminality: whether the conduct behind a
// requesting state's charge is an offence of the required seriousness in
// the requested state, under the instrument that governs the request.
//
// Instruments (the European arrest warrant Framework Decision, the EU–UK
// Trade and Cooperation Agreement, the European Convention on Extradition,
// the EU–US Agreement, bilateral treaties, UN and Council of Europe
// conventions, national extradition acts) are data: their kinds of request,
// parties through memberships, dates, thresholds, list waivers, fiscal
// provisos and dates of assessment.
//
// A Checker is built once over a registry and instruments and is then safe
// for concurrent use. Check returns, per charge, a Verdict (satisfied,
// not_satisfied, waived, undetermined), the equivalent offences with a
// graded Confidence and the elements missing or unknown, the threshold
// checks, the list-waiver test, the facts to establish, and Reasons with
// citations of both sides, rendered in the reader's language by Text or
// Explain.
//
//	res, err := dualcrim.Default().Check(dualcrim.Request{
//		Kind: dualcrim.Extradition, Purpose: dualcrim.Prosecution,
//		From: "US", To: "GB-EAW", Decided: offences.MustParseDate("2008-03-12"),
//		Charges: []dualcrim.Charge{{Offence: "15 U.S.C. § 1", Committed: offences.MustParseDate("1999-06-01")}},
//	})
//	// res.Charges[0].Verdict == dualcrim.NotSatisfied: price fixing was not an
//	// offence in England before 20 June 2003 (Norris v USA [2008] UKHL 16).
//
// The checker says Undetermined, never NotSatisfied, when the data cannot
// decide: an element the requested offence requires is not established, the
// dataset does not claim a complete catalogue for the conduct, or the date
// of assessment is unknown and matters.
package dualcrim
