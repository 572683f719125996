package dualcrim

import (
	"encoding/json"
	"strings"

	"github.com/offencemap/offencemap/offences"
)

// ArgKind says what a reason argument holds and so how it is rendered.
type ArgKind uint8

// The kinds of reason arguments.
const (
	// ArgText is verbatim text: a citation, an article, a code, a source.
	// It is never translated or reformatted.
	ArgText ArgKind = iota
	// ArgDate is a date, written yyyy-mm-dd in every language.
	ArgDate
	// ArgPenalty is a maximum penalty ("5 years", "5 Jahre").
	ArgPenalty
	// ArgMonths is a duration in months ("18 months", "1 Jahr 6 Monate").
	ArgMonths
	// ArgThreshold is a threshold ("at least 3 years", "more than 1 year").
	ArgThreshold
	// ArgSide is the requesting or requested side.
	ArgSide
	// ArgConfidence is a confidence grade.
	ArgConfidence
	// ArgVerdict is a verdict.
	ArgVerdict
	// ArgLabel is a named thing (category, list category, offence,
	// instrument, jurisdiction): Labels in several languages, Text its code.
	ArgLabel
	// ArgElements is a list of elements, written by name.
	ArgElements
	// ArgMeasure is what a threshold measured when it is not an offence
	// (the sentence imposed or remaining).
	ArgMeasure
	// ArgCategory is a category of the taxonomy: Labels, Text its code.
	// Where it has no label in the reader's language it is written by its
	// code, not in another language.
	ArgCategory
	// ArgListCategory is a category of an offence list (Art 2(2) FD
	// 2002/584/JHA): Labels, Text its key, Months its number in the list.
	// Where it has no label in the reader's language it is written by its
	// number ("pozycja 8 wykazu").
	ArgListCategory
	// ArgOffence is an offence's name: Labels, Text its ID. Where it has
	// no label in the reader's language it is written by its name in the
	// jurisdiction's own language ("escroquerie" for a German reader),
	// English only when the record has nothing else.
	ArgOffence
)

// Arg is one typed argument of a Reason. Typed arguments let a reason be
// rendered in the reader's language long after the check, and cost the
// check no formatting. Only the fields of its Kind are set.
//
// Text holds the verbatim text, a label's code, and the code of a side
// ("requesting"), a measure ("sentence_imposed") or a threshold's
// comparison ("ge", "gt"); Months holds a duration, a threshold's months,
// or a confidence or verdict as a number.
type Arg struct {
	Kind     ArgKind
	Text     string
	Labels   offences.Labels
	Date     offences.Date
	Penalty  offences.Penalty
	Months   int
	Elements []offences.Element
	// vocab, when set, writes Elements by their labels in the reader's
	// language instead of their names.
	vocab *offences.Vocabulary
}

// TextArg returns a verbatim argument.
func TextArg(s string) Arg { return Arg{Kind: ArgText, Text: s} }

// DateArg returns a date argument.
func DateArg(d offences.Date) Arg { return Arg{Kind: ArgDate, Date: d} }

// PenaltyArg returns a penalty argument.
func PenaltyArg(p offences.Penalty) Arg { return Arg{Kind: ArgPenalty, Penalty: p} }

// MonthsArg returns a duration argument of n months.
func MonthsArg(n int) Arg { return Arg{Kind: ArgMonths, Months: n} }

// ThresholdArg returns a threshold argument.
func ThresholdArg(t Threshold) Arg {
	return Arg{Kind: ArgThreshold, Text: string(t.Op), Months: t.Months}
}

// SideArg returns a side argument.
func SideArg(s Side) Arg { return Arg{Kind: ArgSide, Text: string(s)} }

// ConfidenceArg returns a confidence argument.
func ConfidenceArg(c Confidence) Arg { return Arg{Kind: ArgConfidence, Months: int(c)} }

// VerdictArg returns a verdict argument.
func VerdictArg(v Verdict) Arg { return Arg{Kind: ArgVerdict, Months: int(v)} }

// LabelArg returns a named thing: its labels and its code, used when no
// label fits.
func LabelArg(code string, l offences.Labels) Arg { return Arg{Kind: ArgLabel, Text: code, Labels: l} }

// CategoryArg returns a category of the taxonomy.
func CategoryArg(code offences.Category, l offences.Labels) Arg {
	return Arg{Kind: ArgCategory, Text: string(code), Labels: l}
}

// ListCategoryArg returns a list category.
func ListCategoryArg(info offences.ListCategoryInfo) Arg {
	return Arg{Kind: ArgListCategory, Text: string(info.Key), Labels: info.Labels, Months: info.Number}
}

// OffenceArg returns an offence's name.
func OffenceArg(id string, l offences.Labels) Arg { return Arg{Kind: ArgOffence, Text: id, Labels: l} }

// ElementsArg returns a list of elements, written by their names
// ("intent, deception"). The slice is kept, not copied.
func ElementsArg(es []offences.Element) Arg { return Arg{Kind: ArgElements, Elements: es} }

// ElementLabelsArg returns a list of elements written by their labels in
// vocabulary v, in the reader's language ("the act was intentional; a
// person was deceived"); an element v does not know is written by name.
// The slice is kept, not copied.
func ElementLabelsArg(es []offences.Element, v *offences.Vocabulary) Arg {
	return Arg{Kind: ArgElements, Elements: es, vocab: v}
}

// MeasureArg returns what a sentence threshold measured.
func MeasureArg(m Measure) Arg { return Arg{Kind: ArgMeasure, Text: string(m)} }

// String renders the argument in English.
func (a Arg) String() string { return english().arg(a) }

// MarshalJSON writes the argument as its English text, so that JSON
// readers see the values the English sentence shows.
func (a Arg) MarshalJSON() ([]byte, error) { return json.Marshal(a.String()) }

// joinElements writes element names separated by commas.
func joinElements(es []offences.Element) string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(e))
	}
	return b.String()
}
