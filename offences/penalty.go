package offences

import (
	"fmt"
	"strconv"
	"strings"
)

// PenaltyKind tells what a Penalty is.
type PenaltyKind uint8

// The kinds of penalty.
const (
	// NoPenalty is the zero kind: no penalty was given.
	NoPenalty PenaltyKind = iota
	// Custodial is a term of imprisonment of a number of months.
	Custodial
	// Life is life imprisonment (whether or not the law calls it so; a
	// state's "any term of years or life" is Life as a maximum).
	Life
	// FineOnly means no custodial penalty is available.
	FineOnly
)

// Penalty is a maximum or minimum penalty: a custodial term in months, life
// imprisonment, or a fine only. Never a sentinel number.
type Penalty struct {
	Kind   PenaltyKind
	Months int // for Custodial only
}

// Months returns a custodial penalty of n months.
func Months(n int) Penalty { return Penalty{Kind: Custodial, Months: n} }

// Years returns a custodial penalty of n years.
func Years(n int) Penalty { return Penalty{Kind: Custodial, Months: 12 * n} }

// LifeImprisonment is the penalty of life imprisonment.
var LifeImprisonment = Penalty{Kind: Life}

// FineOnlyPenalty means no custodial penalty is available.
var FineOnlyPenalty = Penalty{Kind: FineOnly}

// maxMonths bounds a term written in data: 100 years.
const maxMonths = 1200

// ParsePenalty parses the dataset notation: "5y", "6m", "2y6m", "life" or
// "fine".
func ParsePenalty(s string) (Penalty, error) {
	bad := func() (Penalty, error) {
		return Penalty{}, fmt.Errorf("%w: %q is not a penalty (write 5y, 6m, 2y6m, life or fine)", ErrInvalid, s)
	}
	switch s {
	case "life":
		return LifeImprisonment, nil
	case "fine":
		return FineOnlyPenalty, nil
	case "":
		return bad()
	}
	months, rest := 0, s
	if y, after, ok := strings.Cut(rest, "y"); ok {
		n, err := strconv.Atoi(y)
		if err != nil || n < 0 || n > maxMonths/12 || y[0] == '+' {
			return bad()
		}
		months, rest = 12*n, after
	}
	if rest != "" {
		m, ok := strings.CutSuffix(rest, "m")
		if !ok || m == "" {
			return bad()
		}
		n, err := strconv.Atoi(m)
		if err != nil || n < 0 || m[0] == '+' || (months > 0 && n >= 12) {
			return bad()
		}
		months += n
	}
	if months <= 0 || months > maxMonths {
		return bad()
	}
	return Months(months), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParsePenalty.
func (p *Penalty) UnmarshalText(b []byte) error {
	v, err := ParsePenalty(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// MarshalText writes the dataset notation.
func (p Penalty) MarshalText() ([]byte, error) { return []byte(p.Notation()), nil }

// IsZero reports whether no penalty was given.
func (p Penalty) IsZero() bool { return p.Kind == NoPenalty }

// AtLeast reports whether the penalty reaches n months: life always does, a
// fine only never does (for n > 0).
func (p Penalty) AtLeast(n int) bool {
	switch p.Kind {
	case Life:
		return true
	case Custodial:
		return p.Months >= n
	case FineOnly:
		return n <= 0
	default:
		return false
	}
}

// MoreThan reports whether the penalty exceeds n months.
func (p Penalty) MoreThan(n int) bool {
	switch p.Kind {
	case Life:
		return true
	case Custodial:
		return p.Months > n
	default:
		return false
	}
}

// Notation returns the dataset notation ("5y", "2y6m", "life", "fine").
func (p Penalty) Notation() string {
	switch p.Kind {
	case Life:
		return "life"
	case FineOnly:
		return "fine"
	case Custodial:
		y, m := p.Months/12, p.Months%12
		switch {
		case y == 0:
			return fmt.Sprintf("%dm", m)
		case m == 0:
			return fmt.Sprintf("%dy", y)
		default:
			return fmt.Sprintf("%dy%dm", y, m)
		}
	default:
		return ""
	}
}

// String describes the penalty in English ("5 years", "6 months",
// "2 years 6 months", "life imprisonment", "a fine only"). Localized forms
// come from package dualcrim's explanations.
func (p Penalty) String() string {
	switch p.Kind {
	case Life:
		return "life imprisonment"
	case FineOnly:
		return "a fine only"
	case Custodial:
		return MonthsText(p.Months)
	default:
		return "no penalty given"
	}
}

// MonthsText writes a number of months in English the way thresholds are
// written: "12 months" below two years unless a whole number of years,
// "3 years", "2 years 6 months".
func MonthsText(n int) string {
	plural := func(k int, one, many string) string {
		if k == 1 {
			return "1 " + one
		}
		return strconv.Itoa(k) + " " + many
	}
	y, m := n/12, n%12
	switch {
	case y == 0 || n == 12:
		return plural(n, "month", "months")
	case m == 0:
		return plural(y, "year", "years")
	default:
		return plural(y, "year", "years") + " " + plural(m, "month", "months")
	}
}
