package jurisdictions

import "errors"

// Sentinel errors of this package, for errors.Is.
var (
	// ErrUnknownJurisdiction: no jurisdiction with that code in the registry.
	ErrUnknownJurisdiction = errors.New("jurisdictions: unknown jurisdiction")
	// ErrUnknownOffence: no offence with that ID, citation or name.
	ErrUnknownOffence = errors.New("jurisdictions: unknown offence")
	// ErrNotInForce: the offence exists but no version was in force on the
	// date asked for.
	ErrNotInForce = errors.New("jurisdictions: offence not in force")
	// ErrInvalidDataset: a dataset failed validation; the error also
	// unwraps to one *yamlx.Error per problem, each with file and line.
	ErrInvalidDataset = errors.New("jurisdictions: invalid dataset")
)

// LookupError is returned for an unknown jurisdiction or offence or an
// unresolvable citation. It unwraps to one of the sentinel errors.
type LookupError struct {
	Err          error  // ErrUnknownJurisdiction, ErrUnknownOffence or ErrNotInForce
	Jurisdiction string // the jurisdiction asked for
	Query        string // the ID, citation or date asked for
	Hint         string // what the caller could try instead, if anything
}

// Error implements error.
func (e *LookupError) Error() string {
	msg := e.Err.Error()
	switch {
	case errors.Is(e.Err, ErrUnknownJurisdiction):
		msg += ": " + quote(e.Jurisdiction)
	default:
		msg += ": " + quote(e.Query) + " in " + e.Jurisdiction
	}
	if e.Hint != "" {
		msg += " (" + e.Hint + ")"
	}
	return msg
}

// Unwrap returns the sentinel error.
func (e *LookupError) Unwrap() error { return e.Err }

func quote(s string) string { return "\"" + s + "\"" }
