package offences

import (
	"fmt"
	"time"
)

// Date is a calendar day, as statutes and treaties use them: no time of day,
// no time zone. It is stored as the number yyyymmdd, so that dates compare
// with < and ==. The zero Date means "not given".
type Date int32

// ParseDate parses a date written as YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, fmt.Errorf("%w: %q is not a date of the form YYYY-MM-DD", ErrInvalid, s)
	}
	return DateOf(t), nil
}

// MustParseDate is like ParseDate but panics on a malformed date. It is
// meant for literals in tests and examples.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the calendar day of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date(y*10000 + int(m)*100 + d)
}

// IsZero reports whether the date was not given.
func (d Date) IsZero() bool { return d == 0 }

// Time returns the date as midnight UTC.
func (d Date) Time() time.Time {
	return time.Date(int(d/10000), time.Month(d/100%100), int(d%100), 0, 0, 0, 0, time.UTC)
}

// AddDays returns the date n days later (earlier for negative n).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// String formats the date as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d/10000, d/100%100, d%100)
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler for YYYY-MM-DD.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = 0
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Validity is the period during which a record is in force: From is the
// first day, To the last. A zero From means "since before the records of
// this dataset"; a zero To means "still in force".
type Validity struct {
	From Date `json:"from,omitzero"`
	To   Date `json:"to,omitzero"`
}

// Contains reports whether the record is in force on day d.
func (v Validity) Contains(d Date) bool {
	return (v.From == 0 || v.From <= d) && (v.To == 0 || d <= v.To)
}

// Overlaps reports whether two periods share at least one day.
func (v Validity) Overlaps(o Validity) bool {
	startsBeforeOtherEnds := v.From == 0 || o.To == 0 || v.From <= o.To
	otherStartsBeforeEnd := o.From == 0 || v.To == 0 || o.From <= v.To
	return startsBeforeOtherEnds && otherStartsBeforeEnd
}

// Valid reports whether To is not before From.
func (v Validity) Valid() bool { return v.From == 0 || v.To == 0 || v.From <= v.To }

// String formats the period as "from–to" with open ends left blank.
func (v Validity) String() string {
	return fmt.Sprintf("%s–%s", v.From, v.To)
}
