// Package jurisdictions holds legal systems and their offence catalogues
// over time: each Jurisdiction has its official languages, names, the
// instruments it is bound by (with dates and reservations), its offences
// (each in versions with validity dates and sources), sourced records of
// conduct that is not an offence, and the categories for which the dataset
// claims a complete catalogue.
//
// The Registry is immutable and safe for concurrent use; everything it
// returns is a copy. Default loads the embedded dataset on first use; Load
// layers a user's files on top of it; LoadOnly reads a user's files alone.
// Loading validates the whole dataset and reports every problem with file
// and line.
//
//	reg := jurisdictions.Default()
//	id, _ := reg.Resolve("DE", "§ 263 Abs. 1 StGB")                  // "DE/StGB/263"
//	o, _ := reg.Offence(id, offences.MustParseDate("2015-01-01"))     // the version in force then
//	fmt.Println(o.Citation, o.Max)                                     // § 263 StGB 5 years
//
// The package knows nothing of a treaty's rules; package dualcrim does.
package jurisdictions
