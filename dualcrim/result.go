package dualcrim

import (
	"fmt"

	"github.com/offencemap/offencemap/offences"
)

// Verdict is the answer for one charge.
type Verdict uint8

// The verdicts. The zero Verdict is Undetermined, so that a Result nobody
// filled in never reads as an answer.
const (
	// Undetermined: the data cannot decide; ChargeResult.Establish and the
	// reasons say which facts or data would.
	Undetermined Verdict = iota
	// Satisfied: the conduct is an offence of the required seriousness in
	// the requested state.
	Satisfied
	// NotSatisfied: a threshold is not met, or the conduct is not an
	// offence in the requested state (a sourced record or a catalogue the
	// dataset claims complete says so).
	NotSatisfied
	// Waived: the instrument waives the check for the listed category.
	Waived
)

var verdictNames = [...]string{"undetermined", "satisfied", "not_satisfied", "waived"}

// String returns "satisfied", "not_satisfied", "waived" or "undetermined".
func (v Verdict) String() string {
	if int(v) < len(verdictNames) {
		return verdictNames[v]
	}
	return fmt.Sprintf("Verdict(%d)", v)
}

// ParseVerdict parses the names String returns.
func ParseVerdict(s string) (Verdict, error) {
	for i, n := range verdictNames {
		if n == s {
			return Verdict(i), nil
		}
	}
	return 0, fmt.Errorf("%w: verdict %q (want satisfied, not_satisfied, waived or undetermined)", ErrInvalidRequest, s)
}

// MarshalText implements encoding.TextMarshaler.
func (v Verdict) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (v *Verdict) UnmarshalText(b []byte) error {
	x, err := ParseVerdict(string(b))
	*v = x
	return err
}

// Confidence grades how well an offence of the requested state matches the
// conduct, as language.Confidence grades a language match.
type Confidence uint8

// The confidences, from none to exact.
const (
	// No: a required element is absent; the offence does not cover the
	// conduct.
	No Confidence = iota
	// Low: the offence may cover the conduct: an element it requires is
	// unknown, or it covers only some forms of the conduct.
	Low
	// High: the offence covers a wider class of conduct and every element
	// it requires is established.
	High
	// Exact: same category of conduct, every element established.
	Exact
)

var confidenceNames = [...]string{"no", "low", "high", "exact"}

// String returns "no", "low", "high" or "exact".
func (c Confidence) String() string {
	if int(c) < len(confidenceNames) {
		return confidenceNames[c]
	}
	return fmt.Sprintf("Confidence(%d)", c)
}

// MarshalText implements encoding.TextMarshaler.
func (c Confidence) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// Equivalent is an offence of the requested state considered for the
// conduct, with how well it matches.
type Equivalent struct {
	Offence    offences.Offence `json:"offence"`
	Confidence Confidence       `json:"confidence"`
	// Missing are required elements the facts say are absent; Unknown are
	// required elements the facts do not establish.
	Missing []offences.Element `json:"missing,omitempty"`
	Unknown []offences.Element `json:"unknown,omitempty"`
	// BelowThreshold is true when the offence's maximum penalty does not
	// reach the instrument's threshold for the requested state.
	BelowThreshold bool `json:"below_threshold,omitempty"`
}

// ThresholdCheck is the outcome of one threshold for one side.
type ThresholdCheck struct {
	Threshold Threshold `json:"threshold"`
	// Side is the side measured (requesting or requested).
	Side Side `json:"side"`
	// Offence is the ID of the offence whose penalty was measured, if any.
	Offence string           `json:"offence,omitempty"`
	Penalty offences.Penalty `json:"penalty,omitzero"`
	// Months is the sentence measured, for sentence thresholds.
	Months int `json:"months,omitempty"`
	// Met is true when the threshold is met; Known is false when the
	// data needed to measure it is missing.
	Met   bool `json:"met"`
	Known bool `json:"known"`
}

// ChargeResult is the answer for one charge.
type ChargeResult struct {
	// Charge echoes the charge asked about.
	Charge Charge `json:"-"`
	// Offence is the requesting state's offence as in force at the
	// conduct (zero when the dataset has no version for that date).
	Offence offences.Offence `json:"offence"`
	Verdict Verdict          `json:"verdict"`
	// AssessedAt is the date at which the requested state's law was
	// applied; zero when the verdict did not depend on it or when the
	// date is itself undetermined.
	AssessedAt  offences.Date    `json:"assessed_at,omitzero"`
	Equivalents []Equivalent     `json:"equivalents,omitempty"`
	Thresholds  []ThresholdCheck `json:"thresholds,omitempty"`
	// Waiver reports the list-waiver test when the offence is on the
	// instrument's list.
	Waiver *WaiverCheck `json:"waiver,omitempty"`
	// Establish lists the elements whose establishment would decide an
	// undetermined verdict.
	Establish []offences.Element `json:"establish,omitempty"`
	Reasons   []Reason           `json:"reasons"`
}

// WaiverCheck is the outcome of a list waiver test.
type WaiverCheck struct {
	Category offences.ListCategory `json:"category"`
	Penalty  offences.Penalty      `json:"penalty"`
	// Applied is true when the waiver dispensed with the check.
	Applied bool `json:"applied"`
}

// Result is the answer to a Request.
type Result struct {
	// Instrument is the instrument applied.
	Instrument *Instrument `json:"-"`
	// Selected is true when the checker chose the instrument, false
	// when the request named it.
	Selected bool           `json:"selected"`
	Charges  []ChargeResult `json:"charges"`
	Reasons  []Reason       `json:"reasons"`
}
