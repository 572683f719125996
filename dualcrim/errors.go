package dualcrim

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors of this package, for errors.Is. Lookup failures of
// jurisdictions and offences are package jurisdictions' errors
// (jurisdictions.ErrUnknownJurisdiction, jurisdictions.ErrUnknownOffence),
// returned as they are.
var (
	// ErrInvalidRequest: the request is malformed (missing parties or
	// dates, dates out of order, no charges, bad values).
	ErrInvalidRequest = errors.New("dualcrim: invalid request")
	// ErrNoInstrument: no instrument governs requests of this kind
	// between the two jurisdictions at the decision date.
	ErrNoInstrument = errors.New("dualcrim: no instrument governs the request")
	// ErrUnknownInstrument: the request names an instrument the checker
	// does not know.
	ErrUnknownInstrument = errors.New("dualcrim: unknown instrument")
	// ErrInstrumentNotApplicable: the named instrument exists but does not
	// bind both parties, or does not govern the kind of request, at the
	// decision date.
	ErrInstrumentNotApplicable = errors.New("dualcrim: instrument does not apply")
	// ErrInvalidInstruments: the instruments data failed validation.
	ErrInvalidInstruments = errors.New("dualcrim: invalid instruments data")
)

// RequestError says what is wrong with a request, and where: Field is a
// path such as "charges[1].committed".
type RequestError struct {
	Err   error // a sentinel of this package or of package jurisdictions
	Field string
	Msg   string
}

// Error implements error.
func (e *RequestError) Error() string {
	var b strings.Builder
	b.WriteString(e.Err.Error())
	if e.Field != "" {
		fmt.Fprintf(&b, ": %s", e.Field)
	}
	if e.Msg != "" {
		fmt.Fprintf(&b, ": %s", e.Msg)
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *RequestError) Unwrap() error { return e.Err }
