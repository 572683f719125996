// Package offences is the vocabulary of conduct that the other packages of
// offencemap are written in: the conduct taxonomy (UNODC ICCS 2015 with
// marked library extensions), the elements an offence definition may
// require, the list categories of cooperation instruments, typed penalties,
// calendar dates and validity periods, multilingual labels, and the Offence
// and NonOffence records. It knows no country and no treaty.
//
// A category is an ICCS code or an extension below one:
//
//	c := offences.Category("0701.computer") // computer fraud, below ICCS 0701 Fraud
//	c.Within("0701")                         // true
//	c.Within("07")                           // true
//
// Penalties are typed, never sentinel numbers:
//
//	p, _ := offences.ParsePenalty("2y6m") // 30 months
//	p.AtLeast(12)                         // true
//	offences.LifeImprisonment.AtLeast(36) // true
//	offences.FineOnlyPenalty.AtLeast(1)   // false
//
// DefaultVocabulary returns the embedded vocabulary; DataVersion names the
// state of the embedded legal data.
package offences
