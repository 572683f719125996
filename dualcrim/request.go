package dualcrim

import (
	"fmt"
	"strconv"

	"github.com/offencemap/offencemap/offences"
)

// Request asks whether the charges of a requesting state meet dual
// criminality in a requested state.
type Request struct {
	Kind    Kind
	Purpose Purpose
	// From is the requesting (issuing) jurisdiction, To the requested
	// (executing) one.
	From, To string
	// Instrument, when set, names the instrument to apply; otherwise the
	// checker selects the one that governs.
	Instrument string
	// Decided is the date of the decision on the request.
	Decided offences.Date
	Charges []Charge
}

// Charge is one offence of the requesting state and the conduct behind it.
type Charge struct {
	// Offence names the requesting state's offence: its ID
	// ("ES/CP/578") or a citation ("art. 578 CP"). It may be empty when
	// Conduct describes the acts: the requested side is then tested, and
	// the requesting state's thresholds are reported as unknown.
	Offence string
	// Conduct adds categories describing the conduct beyond those of the
	// offence (the conduct test looks at the acts, not the label).
	Conduct []offences.Category
	// Facts assert elements as present (true) or absent (false). Elements
	// the requesting offence requires count as present unless stated
	// otherwise; the others are unknown.
	Facts map[offences.Element]bool
	// ListCategory is the list category the requesting authority ticked
	// (e.g. in box (e) of a European arrest warrant). When empty, the
	// category the dataset records for the offence is used.
	ListCategory offences.ListCategory
	// Committed is the date of the conduct.
	Committed offences.Date
	// SentenceMonths is the custodial sentence passed (for purpose
	// sentence); zero when not given.
	SentenceMonths int
	// RemainingMonths is the part still to be served, where an instrument
	// measures that; zero when not given.
	RemainingMonths int
}

// validate checks what can be checked without data.
func (r *Request) validate() error {
	bad := func(field, format string, args ...any) error {
		return &RequestError{Err: ErrInvalidRequest, Field: field, Msg: fmt.Sprintf(format, args...)}
	}
	if _, err := ParseKind(string(r.Kind)); err != nil {
		return bad("kind", "%q is not extradition, surrender, mla or transfer", r.Kind)
	}
	if _, err := ParsePurpose(string(r.Purpose)); err != nil {
		return bad("purpose", "%q is not prosecution or sentence", r.Purpose)
	}
	if r.From == "" || r.To == "" {
		return bad("from/to", "both the requesting and the requested jurisdiction are needed")
	}
	if r.From == r.To {
		return bad("to", "the requested jurisdiction is the requesting one (%s)", r.From)
	}
	if r.Decided.IsZero() {
		return bad("decided", "the decision date is needed")
	}
	if len(r.Charges) == 0 {
		return bad("charges", "at least one charge is needed")
	}
	for i, c := range r.Charges {
		field := "charges[" + strconv.Itoa(i) + "]" // only read on the error paths; Itoa of small numbers does not allocate
		if c.Offence == "" && len(c.Conduct) == 0 {
			return bad(field+".offence", "give the requesting state's offence (ID or citation) or the conduct categories")
		}
		if c.Committed.IsZero() {
			return bad(field+".committed", "the date of the conduct is needed")
		}
		if c.Committed > r.Decided {
			return bad(field+".committed", "the conduct (%s) is after the decision (%s)", c.Committed, r.Decided)
		}
		if c.SentenceMonths < 0 || c.RemainingMonths < 0 {
			return bad(field+".sentence_months", "a sentence cannot be negative")
		}
		if c.RemainingMonths > c.SentenceMonths && c.SentenceMonths > 0 {
			return bad(field+".remaining_months", "more remains (%d months) than was imposed (%d)", c.RemainingMonths, c.SentenceMonths)
		}
		for _, k := range c.Conduct {
			if _, err := offences.ParseCategory(string(k)); err != nil {
				return bad(field+".conduct", "%v", err)
			}
		}
	}
	return nil
}
