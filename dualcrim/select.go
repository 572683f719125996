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
		if c.whyNot(in, req, from, to, charges, false) != "" {
			why := c.whyNot(in, req, from, to, charges, true)
			return nil, false, &RequestError{Err: ErrInstrumentNotApplicable, Field: "instrument", Msg: in.ID + ": " + why}
		}
		return in, false, nil
	}
	var whys []string
	mf, mt := c.members[from.Code()], c.members[to.Code()]
	for i, in := range c.instruments.list {
		if in.Requested == "" && !(mf.has(i) && mt.has(i)) {
			continue // not a party on any date: whyNot would say so
		}
		if c.whyNot(in, req, from, to, charges, false) == "" {
			return in, true, nil
		}
	}
	for _, in := range c.instruments.list {
		whys = append(whys, in.ID+": "+c.whyNot(in, req, from, to, charges, true))
	}
	return nil, false, &RequestError{Err: ErrNoInstrument, Field: "",
		Msg: fmt.Sprintf("%s between %s and %s on %s; %s", req.Kind, from.Code(), to.Code(), req.Decided, strings.Join(whys, "; "))}
}

// whyNot says why an instrument does not govern the request, or "" when it
// does. Unless explain is set it answers "-" instead of a sentence, so
// that the common path builds no strings.
func (c *Checker) whyNot(in *Instrument, req Request, from, to *jurisdictions.Jurisdiction, charges []resolvedCharge, explain bool) string {
	if !in.Governs(req.Kind) {
		if !explain {
			return "-"
		}
		return "does not govern " + string(req.Kind)
	}
	if !in.Validity.Contains(req.Decided) {
		if !explain {
			return "-"
		}
		return "not in force on " + req.Decided.String()
	}
	if in.Requested != "" {
		if in.Requested != to.Code() {
			if !explain {
				return "-"
			}
			return "is the national law of " + in.Requested
		}
	} else {
		var sides [2]string
		for i, j := range []*jurisdictions.Jurisdiction{from, to} {
			side, ok := j.Bound(in.ID, req.Decided)
			if !ok {
				if !explain {
					return "-"
				}
				return j.Code() + " is not bound on " + req.Decided.String()
			}
			sides[i] = side
		}
		if in.TwoSided && (sides[0] == "" || sides[0] == sides[1]) {
			if !explain {
				return "-"
			}
			return "binds its two sides to each other, and " + from.Code() + " and " + to.Code() + " are on the same side"
		}
	}
	if limit, _ := to.ConductLimits(in.ID, req.Decided); limit != 0 {
		for _, ch := range charges {
			if ch.Committed < limit {
				if !explain {
					return "-"
				}
				return "binds " + to.Code() + " as requested state only for conduct from " + limit.String()
			}
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
			if !explain {
				return "-"
			}
			return "the conduct of " + ch.name() + " is outside its scope"
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
