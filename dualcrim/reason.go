package dualcrim

import (
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// ReasonCode identifies the kind of a reason. Each code has a fixed list of
// arguments, documented with the constant, and a message in every language
// of the explanation catalog.
type ReasonCode string

// The reason codes. Arguments are listed in order.
const (
	// InstrumentSelected: instrument ID, instrument name, requesting,
	// requested, decision date.
	InstrumentSelected ReasonCode = "instrument_selected"
	// InstrumentNamed: instrument ID, instrument name.
	InstrumentNamed ReasonCode = "instrument_named"
	// OffenceNotInForce: requesting offence citation, conduct date.
	OffenceNotInForce ReasonCode = "offence_not_in_force"
	// OffenceNotGiven: no arguments. The charge names conduct only.
	OffenceNotGiven ReasonCode = "offence_not_given"
	// ThresholdMet / ThresholdNotMet: side, what was measured (citation or
	// "sentence"), the penalty or sentence, the threshold, the article.
	ThresholdMet    ReasonCode = "threshold_met"
	ThresholdNotMet ReasonCode = "threshold_not_met"
	// ThresholdUnknown: side, what is missing, the threshold, the article.
	ThresholdUnknown ReasonCode = "threshold_unknown"
	// WaiverApplied / WaiverRefused: citation, list category label,
	// penalty at the conduct date, minimum, article.
	WaiverApplied ReasonCode = "waiver_applied"
	WaiverRefused ReasonCode = "waiver_refused"
	// Equivalent: citation, label, confidence.
	EquivalentFound ReasonCode = "equivalent"
	// ElementAbsent: citation, element.
	ElementAbsent ReasonCode = "element_absent"
	// ElementUnknown: citation, elements (comma-separated).
	ElementUnknown ReasonCode = "element_unknown"
	// Narrower: citation, category label.
	Narrower ReasonCode = "narrower"
	// BelowThreshold: citation, penalty, threshold, article.
	BelowThreshold ReasonCode = "below_threshold"
	// NotAnOffence: requested jurisdiction, record citation, record label,
	// date.
	NotAnOffence ReasonCode = "not_an_offence"
	// NoOffenceInCatalogue: requested jurisdiction, category label, date.
	NoOffenceInCatalogue ReasonCode = "no_offence_in_catalogue"
	// CoverageMissing: requested jurisdiction, category label, date.
	CoverageMissing ReasonCode = "coverage_missing"
	// AssessedAtConduct / AssessedAtDecision: date, source.
	AssessedAtConduct  ReasonCode = "assessed_at_conduct"
	AssessedAtDecision ReasonCode = "assessed_at_decision"
	// AssessmentDateUnknown: verdict at the conduct date, conduct date,
	// verdict at the decision date, decision date.
	AssessmentDateUnknown ReasonCode = "assessment_date_unknown"
	// FiscalProviso: article.
	FiscalProviso ReasonCode = "fiscal_proviso"
	// OptionalRefusal: article.
	OptionalRefusal ReasonCode = "optional_refusal"
	// ConductTest: article.
	ConductTestApplied ReasonCode = "conduct_test"
	// StartUnknown: citation. The version's start date is not in the
	// dataset; it was taken to apply at the date asked.
	StartUnknown ReasonCode = "start_unknown"
	// FactOverridden: element, requesting offence citation.
	FactOverridden ReasonCode = "fact_overridden"
)

// Citation is a pinpoint supporting a reason: a provision of a
// jurisdiction's law or an article of an instrument.
type Citation struct {
	// Jurisdiction is the code of the legal system, or "" for an
	// instrument.
	Jurisdiction string `json:"jurisdiction,omitempty"`
	// Instrument is the instrument's ID, for instrument citations.
	Instrument string `json:"instrument,omitempty"`
	// ID is the offence or record ID, if any.
	ID string `json:"id,omitempty"`
	// Text is the pinpoint as written ("§ 263 StGB", "Art 2(2)").
	Text string `json:"text"`
	URL  string `json:"url,omitempty"`
}

// Reason is one step of the reasoning behind a verdict: a code, its
// arguments and the provisions it rests on. Render it with Text.
type Reason struct {
	Code      ReasonCode `json:"code"`
	Args      []any      `json:"args"`
	Citations []Citation `json:"citations,omitempty"`
}

// messages are the English texts; other languages are added to the same
// catalog under the same keys.
var messages = map[ReasonCode]string{
	InstrumentSelected:    "%[2]s (%[1]s) governs: it binds %[3]s and %[4]s on %[5]s and ranks highest among the instruments that do.",
	InstrumentNamed:       "%[2]s (%[1]s) applies, as the request names it.",
	OffenceNotInForce:     "The dataset has no version of %[1]s in force on %[2]s, the date of the conduct; its penalty then cannot be measured.",
	OffenceNotGiven:       "The charge describes conduct only: the requesting state's offence and its penalty are not given, so its thresholds cannot be measured.",
	ThresholdMet:          "Threshold met (%[1]s state): %[2]s carries %[3]s; the threshold is %[4]s (%[5]s).",
	ThresholdNotMet:       "Threshold not met (%[1]s state): %[2]s carries %[3]s; the threshold is %[4]s (%[5]s).",
	ThresholdUnknown:      "Threshold cannot be measured (%[1]s state): %[2]s is not given; the threshold is %[3]s (%[4]s).",
	WaiverApplied:         "No check of dual criminality: %[1]s falls in the listed category \"%[2]s\" and carried %[3]s at the time of the conduct, at least %[4]s (%[5]s).",
	WaiverRefused:         "The list waiver does not apply: %[1]s falls in the listed category \"%[2]s\" but carried only %[3]s at the time of the conduct, less than %[4]s (%[5]s); dual criminality must be checked.",
	EquivalentFound:       "%[1]s (%[2]s) covers the conduct (confidence: %[3]s).",
	ElementAbsent:         "%[1]s does not cover the conduct: it requires %[2]s, which the facts exclude.",
	ElementUnknown:        "%[1]s covers the conduct only if these facts are established: %[2]s.",
	Narrower:              "%[1]s covers only some forms of %[2]s; establish that the conduct is one of them.",
	BelowThreshold:        "%[1]s carries %[2]s, below the threshold of %[3]s (%[4]s).",
	NotAnOffence:          "The conduct is not an offence in %[1]s on %[4]s: %[3]s (%[2]s).",
	NoOffenceInCatalogue:  "No offence of %[1]s in force on %[3]s covers conduct of the kind \"%[2]s\" (the dataset's catalogue of this kind is complete).",
	CoverageMissing:       "The dataset does not cover conduct of the kind \"%[2]s\" in %[1]s on %[3]s; the answer needs that law.",
	AssessedAtConduct:     "The requested state's law is applied as in force on %[1]s, the date of the conduct (%[2]s).",
	AssessedAtDecision:    "The requested state's law is applied as in force on %[1]s, the date of the decision (%[2]s).",
	AssessmentDateUnknown: "The dataset does not say whether the requested state applies its law at the conduct or at the decision, and the answers differ: %[1]s on %[2]s, %[3]s on %[4]s.",
	FiscalProviso:         "Fiscal proviso: the request may not be refused because the requested state lacks the same kind of tax or duty (%[1]s).",
	OptionalRefusal:       "Dual criminality is an optional ground for refusal under %[1]s: the requested state may, not must, refuse.",
	ConductTestApplied:    "The conduct decides, not the name or the elements of the offence (%[1]s).",
	StartUnknown:          "The dataset does not give the date from which %[1]s carried this penalty; it was taken to apply on the date asked.",
	FactOverridden:        "The facts state that %[1]s is absent, although %[2]s requires it; the stated facts prevail.",
}

var explanations = buildCatalog()

func buildCatalog() catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for code, msg := range messages {
		if err := b.SetString(language.English, string(code), msg); err != nil {
			panic(err) // messages are literals; a bad one is a programming error caught by the tests
		}
	}
	return b
}

// Languages returns the languages explanations are available in.
func Languages() []language.Tag { return explanations.Languages() }

// Text renders the reason as a sentence in the language that best fits
// tag, falling back to English. It never returns an empty string.
func (r Reason) Text(tag language.Tag) string {
	p := message.NewPrinter(bestLanguage(tag), message.Catalog(explanations))
	s := p.Sprintf(string(r.Code), r.Args...)
	if s == "" {
		return string(r.Code)
	}
	return s
}

var explanationMatcher = language.NewMatcher(explanations.Languages())

// bestLanguage returns the catalog language that best fits tag.
func bestLanguage(tag language.Tag) language.Tag {
	_, i, _ := explanationMatcher.Match(tag)
	return explanations.Languages()[i]
}
