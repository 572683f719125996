package dualcrim

import (
	"fmt"
	"strings"

	"github.com/offencemap/offencemap/jurisdictions"
)

// selectInstrument returns the instrument named by the request, checked to
// apply, or the highest-ranking one that governs.
func (c *Checker) selectInstrument(req Request, from, to *jurisdictions.Jurisdiction, charges []resolvedCharge) (*Instrument, bool, error) {
	if req.Instrument != "" {
		in, ok := c.instruments.Get(req.Instrument)
		if !ok {
			return nil, false, &RequestError{Err: ErrUnknownInstrument, Field: "instrument",
				Msg: fmt.Sprintf("%q (known: %s)", req.Instrument, c.instrumentIDs())}
		}
		if why := c.whyNot(in, req, from, to, charges); why != "" {
			return nil, false, &RequestError{Err: ErrInstrumentNotApplicable, Field: "instrument", Msg: in.ID + ": " + why}
		}
		return in, false, nil
	}
	var whys []string
	for _, in := range c.instruments.list {
		why := c.whyNot(in, req, from, to, charges)
		if why == "" {
			return in, true, nil
		}
		whys = append(whys, in.ID+": "+why)
	}
	return nil, false, &RequestError{Err: ErrNoInstrument, Field: "",
		Msg: fmt.Sprintf("%s between %s and %s on %s; %s", req.Kind, from.Code(), to.Code(), req.Decided, strings.Join(whys, "; "))}
}

// whyNot says why an instrument does not govern the request, or "" when it
// does.
func (c *Checker) whyNot(in *Instrument, req Request, from, to *jurisdictions.Jurisdiction, charges []resolvedCharge) string {
	if !in.Governs(req.Kind) {
		return "does not govern " + string(req.Kind)
	}
	if !in.Validity.Contains(req.Decided) {
		return "not in force on " + req.Decided.String()
	}
	if in.Requested != "" {
		if in.Requested != to.Code() {
			return "is the national law of " + in.Requested
		}
	} else {
		var sides [2]string
		for i, j := range []*jurisdictions.Jurisdiction{from, to} {
			m, ok := j.Membership(in.ID, req.Decided)
			if !ok {
				return j.Code() + " is not bound on " + req.Decided.String()
			}
			sides[i] = m.Side
		}
		if in.TwoSided && (sides[0] == "" || sides[0] == sides[1]) {
			return "binds its two sides to each other, and " + from.Code() + " and " + to.Code() + " are on the same side"
		}
	}
	for _, ch := range charges {
		inScope := false
		for _, k := range ch.cats {
			if in.InScope(k) {
				inScope = true
				break
			}
		}
		if !inScope {
			return "the conduct of " + ch.id + " is outside its scope"
		}
	}
	return ""
}

func (c *Checker) instrumentIDs() string {
	ids := make([]string, len(c.instruments.list))
	for i, in := range c.instruments.list {
		ids[i] = in.ID
	}
	return strings.Join(ids, ", ")
}
