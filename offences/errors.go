package offences

import "errors"

// ErrInvalid is wrapped by every error about a malformed value of this
// package: a date, a category code, a penalty, an element name.
var ErrInvalid = errors.New("offences: invalid value")

// ErrUnknown is wrapped by errors about a well-formed name that the
// vocabulary does not know (a category code or element not defined).
var ErrUnknown = errors.New("offences: unknown")
