package dualcrim

import "golang.org/x/text/language"

// ReasonCode identifies the kind of a reason. Each code has a fixed list of
// arguments, documented with the constant, and a message in every language
// of the explanation catalog.
type ReasonCode string

// The reason codes. Arguments are listed in order.
const (
	// InstrumentSelected: instrument ID, instrument name, requesting,
	// requested, decision date.
	InstrumentSelected ReasonCode = "instrument_selected"
	// NationalActSelected: instrument ID, instrument name, requesting,
	// requested, decision date. The requested state's own law governs
	// because no instrument binds both states.
	NationalActSelected ReasonCode = "national_act_selected"
	// ActYieldsToTreaty: instrument ID, instrument name, requesting,
	// requested. A national act's threshold failed, but the act yields to
	// treaties and the dataset may lack one between the states.
	ActYieldsToTreaty ReasonCode = "act_yields_to_treaty"
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
	// WaiverNotForConduct: requested jurisdiction, the day from which it
	// applies the list, article. The conduct is earlier.
	WaiverNotForConduct ReasonCode = "waiver_not_for_conduct"
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
	// NotAnOffenceUnless: requested jurisdiction, record citation, record
	// label, date, elements. The record says the conduct as such is not an
	// offence, but other offences may reach it where it has one of the
	// elements, and the facts do not exclude them.
	NotAnOffenceUnless ReasonCode = "not_an_offence_unless"
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
	// OptionalRefusal: the instrument (its name).
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

// Reason is one step of the reasoning behind a verdict: a code, its typed
// arguments and the provisions it rests on. Render it with Text.
type Reason struct {
	Code      ReasonCode `json:"code"`
	Args      []Arg      `json:"args"`
	Citations []Citation `json:"citations,omitempty"`
}

// Text renders the reason as a sentence in the language that best fits
// tag (Languages lists them; others get the best match, English at
// worst). It never returns an empty string.
func (r Reason) Text(tag language.Tag) string {
	return newRenderer(tag).reason(r)
}

// Languages returns the languages explanations are available in.
func Languages() []language.Tag { return explanations.Languages() }
