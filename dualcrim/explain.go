package dualcrim

import (
	"golang.org/x/text/language"
)

// Explanation is a Result rendered for a reader: verdicts, equivalents and
// reasons as sentences in one language, ready for JSON.
type Explanation struct {
	Language   string            `json:"language"`
	Instrument string            `json:"instrument"`
	Citation   string            `json:"citation"`
	Reasons    []ExplainedReason `json:"reasons"`
	Charges    []ExplainedCharge `json:"charges"`
}

// ExplainedCharge is one ChargeResult with its reasons rendered.
type ExplainedCharge struct {
	Offence     string            `json:"offence"`
	Committed   string            `json:"committed"`
	Verdict     Verdict           `json:"verdict"`
	AssessedAt  string            `json:"assessed_at,omitempty"`
	Equivalents []Equivalent      `json:"equivalents,omitempty"`
	Thresholds  []ThresholdCheck  `json:"thresholds,omitempty"`
	Waiver      *WaiverCheck      `json:"waiver,omitempty"`
	Establish   []string          `json:"establish,omitempty"`
	Reasons     []ExplainedReason `json:"reasons"`
}

// ExplainedReason is a reason with its sentence.
type ExplainedReason struct {
	Reason
	Text string `json:"text"`
}

// Explain renders a result in the language that best fits tag.
func Explain(res Result, tag language.Tag) Explanation {
	e := Explanation{Language: bestLanguage(tag).String()}
	if res.Instrument != nil {
		e.Instrument, e.Citation = res.Instrument.ID, res.Instrument.Citation
	}
	e.Reasons = explainReasons(res.Reasons, tag)
	for _, ch := range res.Charges {
		x := ExplainedCharge{Offence: ch.Offence.ID, Committed: ch.Charge.Committed.String(), Verdict: ch.Verdict,
			AssessedAt: ch.AssessedAt.String(), Equivalents: ch.Equivalents, Thresholds: ch.Thresholds, Waiver: ch.Waiver,
			Reasons: explainReasons(ch.Reasons, tag)}
		if x.Offence == "" {
			x.Offence = ch.Charge.Offence
		}
		for _, el := range ch.Establish {
			x.Establish = append(x.Establish, string(el))
		}
		e.Charges = append(e.Charges, x)
	}
	return e
}

func explainReasons(rs []Reason, tag language.Tag) []ExplainedReason {
	out := make([]ExplainedReason, len(rs))
	for i, r := range rs {
		out[i] = ExplainedReason{Reason: r, Text: r.Text(tag)}
	}
	return out
}
