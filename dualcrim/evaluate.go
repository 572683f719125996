package dualcrim

import (
	"errors"
	"maps"
	"slices"
	"strings"

	"github.com/offencemap/offencemap/internal/catalog"
	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/offences"
)

// checkCharge decides one charge under instrument in.
func (c *Checker) checkCharge(req Request, in *Instrument, to *jurisdictions.Jurisdiction, rc *resolvedCharge) ChargeResult {
	r := ChargeResult{Charge: rc.Charge}
	requestingMet, requestingKnown, waived := true, true, false
	off := &rc.latest
	if rc.inForce != nil {
		// The requesting law at the time of the conduct is not in the
		// dataset: its thresholds cannot be measured, but the conduct test
		// can still fail on the requested state's side.
		requestingKnown = false
		if errors.Is(rc.inForce, errNoOffence) {
			r.Reasons = append(r.Reasons, Reason{Code: OffenceNotGiven})
		} else {
			r.Reasons = append(r.Reasons, Reason{Code: OffenceNotInForce, Args: []any{rc.latest.Citation, rc.Committed.String()},
				Citations: []Citation{offenceCitation(&rc.latest)}})
		}
	} else {
		r.Offence = rc.atConduct
		off = &r.Offence
		requestingMet, requestingKnown, waived = c.requestingSide(req, in, to, rc, &r)
	}

	// The requested state's side: the conduct under its law.
	facts := map[offences.Element]bool{}
	for _, e := range off.Elements {
		facts[e] = true
	}
	for _, e := range slices.Sorted(maps.Keys(rc.Facts)) { // sorted: the same request gives the same reasons
		present := rc.Facts[e]
		if !present && facts[e] {
			r.Reasons = append(r.Reasons, Reason{Code: FactOverridden, Args: []any{string(e), off.Citation}})
		}
		facts[e] = present
	}
	cats := rc.cats
	dc := c.assess(req, in, to, rc, cats, facts)
	r.Reasons = append(r.Reasons, dc.reasons...)
	r.Equivalents, r.Establish, r.AssessedAt = dc.equivalents, dc.establish, dc.at
	r.Thresholds = append(r.Thresholds, dc.thresholds...)
	if in.ConductTest != "" {
		r.Reasons = append(r.Reasons, Reason{Code: ConductTestApplied, Args: []any{in.ConductTest}, Citations: []Citation{instrumentCitation(in, in.ConductTest)}})
	}
	if in.FiscalProviso != "" && slices.ContainsFunc(cats, c.isFiscal) {
		r.Reasons = append(r.Reasons, Reason{Code: FiscalProviso, Args: []any{in.FiscalProviso}, Citations: []Citation{instrumentCitation(in, in.FiscalProviso)}})
	}

	switch {
	case !requestingMet:
		r.Verdict = NotSatisfied
	case waived:
		r.Verdict = Waived
	case dc.verdict == Satisfied && !requestingKnown:
		r.Verdict = Undetermined // the conduct is an offence here; the requesting side must still be measured
	default:
		r.Verdict = dc.verdict
	}
	if r.Verdict != Undetermined {
		r.Establish = nil // nothing left to establish once the verdict is decided
	}
	if r.Verdict == NotSatisfied && requestingMet && in.Requirement == Optional {
		r.Reasons = append(r.Reasons, Reason{Code: OptionalRefusal, Args: []any{in.Label()}, Citations: []Citation{{Instrument: in.ID, Text: in.Citation, URL: in.URL}}})
	}
	return r
}

// requestingSide measures the thresholds and the list waiver under the
// requesting state's law as in force at the time of the conduct (CJEU
// C-717/18 for the list threshold; the same law for the general one).
func (c *Checker) requestingSide(req Request, in *Instrument, to *jurisdictions.Jurisdiction, rc *resolvedCharge, r *ChargeResult) (met, known, waived bool) {
	met, known = true, true
	off := &r.Offence
	usedPenalty := false
	for _, t := range in.Thresholds {
		if !t.Applies(req.Purpose) || !t.AppliesTo(Requesting) {
			continue
		}
		tc := ThresholdCheck{Threshold: t, Side: Requesting}
		what := off.Citation
		switch t.Measure {
		case MaxPenalty:
			tc.Offence, tc.Penalty, tc.Known, tc.Met = off.ID, off.Max, true, t.MetBy(off.Max)
			usedPenalty = true
		case SentenceImposed:
			tc.Months, tc.Known, what = rc.SentenceMonths, rc.SentenceMonths > 0, "the sentence imposed"
		case SentenceRemaining:
			tc.Months, tc.Known, what = rc.RemainingMonths, rc.RemainingMonths > 0, "the sentence remaining"
		}
		if tc.Measure() != MaxPenalty && tc.Known {
			tc.Met = t.MetByMonths(tc.Months)
		}
		r.Thresholds = append(r.Thresholds, tc)
		cite := []Citation{instrumentCitation(in, t.Article)}
		switch {
		case !tc.Known:
			known = false
			r.Reasons = append(r.Reasons, Reason{Code: ThresholdUnknown, Args: []any{string(Requesting), what, thresholdText(t), t.Article}, Citations: cite})
		case tc.Met:
			r.Reasons = append(r.Reasons, Reason{Code: ThresholdMet, Args: []any{string(Requesting), what, tc.measured(), thresholdText(t), t.Article},
				Citations: append(cite, offenceCitation(off))})
		default:
			met = false
			r.Reasons = append(r.Reasons, Reason{Code: ThresholdNotMet, Args: []any{string(Requesting), what, tc.measured(), thresholdText(t), t.Article},
				Citations: append(cite, offenceCitation(off))})
		}
	}

	// The list waiver, measured under the requesting law at the conduct.

	listed := off.ListCategory
	if rc.ListCategory != "" {
		listed = rc.ListCategory // the category the issuing authority ticked prevails
	}
	if w := in.ListWaiver; w.Covers(listed) && (!w.NeedsNotification || c.notified(in, req, to)) {
		label := c.listLabel(listed)
		r.Waiver = &WaiverCheck{Category: listed, Penalty: off.Max}
		cite := []Citation{instrumentCitation(in, w.Article), offenceCitation(off)}
		usedPenalty = true
		if off.Max.AtLeast(w.MinMonths) {
			waived, r.Waiver.Applied = true, true
			r.Reasons = append(r.Reasons, Reason{Code: WaiverApplied, Args: []any{off.Citation, label, off.Max.String(), offences.MonthsText(w.MinMonths), w.Article}, Citations: cite})
		} else {
			r.Reasons = append(r.Reasons, Reason{Code: WaiverRefused, Args: []any{off.Citation, label, off.Max.String(), offences.MonthsText(w.MinMonths), w.Article}, Citations: cite})
		}
	}
	if usedPenalty && off.Validity.From == 0 {
		r.Reasons = append(r.Reasons, Reason{Code: StartUnknown, Args: []any{off.Citation}, Citations: []Citation{offenceCitation(off)}})
	}

	return met, known, waived
}

func (c *Checker) isFiscal(k offences.Category) bool {
	for x := k; x != ""; x = x.Parent() {
		if info, err := c.reg.Vocabulary().Category(x); err == nil && info.Fiscal {
			return true
		}
	}
	return false
}

// notified reports whether both parties declared a notification-based
// list waiver (a membership reservation "list_waiver").
func (c *Checker) notified(in *Instrument, req Request, to *jurisdictions.Jurisdiction) bool {
	from, err := c.reg.Jurisdiction(req.From)
	if err != nil {
		return false
	}
	for _, j := range []*jurisdictions.Jurisdiction{from, to} {
		m, ok := j.Membership(in.ID, req.Decided)
		if !ok || !slices.Contains(m.Reservations, "list_waiver") {
			return false
		}
	}
	return true
}

// outcome is the conduct test at one date.
type outcome struct {
	verdict     Verdict
	at          offences.Date
	equivalents []Equivalent
	establish   []offences.Element
	thresholds  []ThresholdCheck
	reasons     []Reason
}

// assess applies the conduct test at the date the requested state uses;
// when the dataset does not know that date, at both candidate dates, and
// answers only if they agree.
func (c *Checker) assess(req Request, in *Instrument, to *jurisdictions.Jurisdiction, rc *resolvedCharge, cats []offences.Category, facts map[offences.Element]bool) outcome {
	rule := to.Assessment()
	switch {
	case rule.At == jurisdictions.AtConduct:
		o := c.conduct(req, in, to, cats, facts, rc.Committed)
		o.reasons = append([]Reason{{Code: AssessedAtConduct, Args: []any{rc.Committed.String(), rule.Source}}}, o.reasons...)
		return o
	case rule.At == jurisdictions.AtDecision:
		o := c.conduct(req, in, to, cats, facts, req.Decided)
		o.reasons = append([]Reason{{Code: AssessedAtDecision, Args: []any{req.Decided.String(), rule.Source}}}, o.reasons...)
		return o
	case in.Assessment == "conduct":
		o := c.conduct(req, in, to, cats, facts, rc.Committed)
		o.reasons = append([]Reason{{Code: AssessedAtConduct, Args: []any{rc.Committed.String(), in.Citation}}}, o.reasons...)
		return o
	case in.Assessment == "decision":
		o := c.conduct(req, in, to, cats, facts, req.Decided)
		o.reasons = append([]Reason{{Code: AssessedAtDecision, Args: []any{req.Decided.String(), in.Citation}}}, o.reasons...)
		return o
	}
	atDecision := c.conduct(req, in, to, cats, facts, req.Decided)
	if rc.Committed == req.Decided {
		return atDecision
	}
	atConduct := c.conduct(req, in, to, cats, facts, rc.Committed)
	if atConduct.verdict == atDecision.verdict {
		atDecision.at = 0 // the verdict does not depend on the date
		return atDecision
	}
	return outcome{
		verdict:     Undetermined,
		equivalents: atDecision.equivalents,
		establish:   atDecision.establish,
		reasons: append(append([]Reason{{Code: AssessmentDateUnknown, Args: []any{atConduct.verdict.String(), rc.Committed.String(),
			atDecision.verdict.String(), req.Decided.String()}}}, atConduct.reasons...), atDecision.reasons...),
	}
}

// candidate is an offence of the requested state related to the conduct.
type candidate struct {
	o   *offences.Offence
	rel catalog.Relation
}

// conduct applies the conduct test on day at: which offences of the
// requested state, as in force then, cover conduct of these categories
// with these facts.
func (c *Checker) conduct(req Request, in *Instrument, to *jurisdictions.Jurisdiction, cats []offences.Category, facts map[offences.Element]bool, at offences.Date) outcome {
	out := outcome{at: at}
	ix := c.indexes[to.Code()]
	var thresholds []Threshold
	for _, t := range in.Thresholds {
		if t.Applies(req.Purpose) && t.AppliesTo(Requested) && t.Measure == MaxPenalty {
			thresholds = append(thresholds, t)
		}
	}
	var (
		satisfied, possible, unknownCoverage bool
		establish                            = map[offences.Element]bool{}
		bestMeeting                          *offences.Offence
		bestBelow                            *offences.Offence
	)
	seen := map[string]bool{}
	for _, cat := range cats {
		var cands []candidate
		ix.Match(cat, at, func(o *offences.Offence, rel catalog.Relation) bool {
			for i := range cands {
				if cands[i].o == o {
					cands[i].rel = min(cands[i].rel, rel)
					return true
				}
			}
			cands = append(cands, candidate{o, rel})
			return true
		})
		covered := false // some offence covers or may cover this category
		below := false   // an offence covers it but below the threshold
		for _, cd := range cands {
			if seen[cd.o.ID] {
				continue // already weighed for another category of the conduct
			}
			seen[cd.o.ID] = true
			var missing, unknown []offences.Element
			for _, e := range cd.o.Elements {
				present, known := facts[e]
				switch {
				case !known:
					unknown = append(unknown, e)
				case !present:
					missing = append(missing, e)
				}
			}
			eq := Equivalent{Offence: cd.o.Clone(), Missing: missing, Unknown: unknown}
			switch {
			case len(missing) > 0:
				eq.Confidence = No
			case len(unknown) > 0 || cd.rel == catalog.Narrower:
				eq.Confidence = Low
			case cd.rel == catalog.Same:
				eq.Confidence = Exact
			default:
				eq.Confidence = High
			}
			for _, t := range thresholds {
				if !t.MetBy(cd.o.Max) {
					eq.BelowThreshold = true
				}
			}
			cite := []Citation{offenceCitation(cd.o)}
			switch {
			case eq.Confidence == No:
				out.reasons = append(out.reasons, Reason{Code: ElementAbsent, Args: []any{cd.o.Citation, joinElements(missing)}, Citations: cite})
				continue
			case eq.Confidence >= High && !eq.BelowThreshold:
				satisfied, covered = true, true
				if bestMeeting == nil {
					bestMeeting = cd.o
				}
				out.reasons = append(out.reasons, Reason{Code: EquivalentFound, Args: []any{cd.o.Citation, labelOf(cd.o), eq.Confidence.String()}, Citations: cite})
			case eq.Confidence >= High:
				below = true // decides only where the catalogue is complete: another offence may reach the threshold
				if bestBelow == nil || cd.o.Max.MoreThan(bestBelow.Max.Months) {
					bestBelow = cd.o
				}
				for _, t := range thresholds {
					out.reasons = append(out.reasons, Reason{Code: BelowThreshold, Args: []any{cd.o.Citation, cd.o.Max.String(), thresholdText(t), t.Article},
						Citations: append(cite, instrumentCitation(in, t.Article))})
				}
			default: // Low
				possible, covered = true, true
				for _, e := range unknown {
					establish[e] = true
				}
				if len(unknown) > 0 {
					out.reasons = append(out.reasons, Reason{Code: ElementUnknown, Args: []any{cd.o.Citation, joinElements(unknown)}, Citations: cite})
				} else {
					out.reasons = append(out.reasons, Reason{Code: Narrower, Args: []any{cd.o.Citation, c.categoryLabel(cat)}, Citations: cite})
				}
			}
			out.equivalents = append(out.equivalents, eq)
		}
		if covered {
			continue
		}
		switch rec := ix.NonOffence(cat, at); {
		case rec != nil:
			out.reasons = append(out.reasons, Reason{Code: NotAnOffence, Args: []any{to.Code(), rec.Citation, labelOfRecord(rec), at.String()},
				Citations: []Citation{{Jurisdiction: rec.Jurisdiction, ID: rec.ID, Text: rec.Citation}}})
		case to.CoversCategory(cat, at):
			if !below {
				out.reasons = append(out.reasons, Reason{Code: NoOffenceInCatalogue, Args: []any{to.Code(), c.categoryLabel(cat), at.String()}})
			}
		default:
			unknownCoverage = true
			out.reasons = append(out.reasons, Reason{Code: CoverageMissing, Args: []any{to.Code(), c.categoryLabel(cat), at.String()}})
		}
	}
	for _, t := range thresholds {
		switch {
		case bestMeeting != nil:
			out.thresholds = append(out.thresholds, ThresholdCheck{Threshold: t, Side: Requested, Offence: bestMeeting.ID, Penalty: bestMeeting.Max, Met: true, Known: true})
			out.reasons = append(out.reasons, Reason{Code: ThresholdMet, Args: []any{string(Requested), bestMeeting.Citation, bestMeeting.Max.String(), thresholdText(t), t.Article},
				Citations: []Citation{instrumentCitation(in, t.Article), offenceCitation(bestMeeting)}})
		case bestBelow != nil:
			out.thresholds = append(out.thresholds, ThresholdCheck{Threshold: t, Side: Requested, Offence: bestBelow.ID, Penalty: bestBelow.Max, Known: true})
		}
	}
	switch {
	case satisfied:
		out.verdict = Satisfied
	case possible || unknownCoverage:
		out.verdict = Undetermined
		for e := range establish {
			out.establish = append(out.establish, e)
		}
		slices.Sort(out.establish)
	default:
		out.verdict = NotSatisfied
	}
	slices.SortStableFunc(out.equivalents, func(a, b Equivalent) int {
		if a.Confidence != b.Confidence {
			return int(b.Confidence) - int(a.Confidence)
		}
		return strings.Compare(a.Offence.ID, b.Offence.ID)
	})
	return out
}

func (c *Checker) categoryLabel(k offences.Category) string {
	if info, err := c.reg.Vocabulary().Category(k); err == nil {
		if s := info.Labels.English(); s != "" {
			return s
		}
	}
	return string(k)
}

func (c *Checker) listLabel(k offences.ListCategory) string {
	if info, err := c.reg.Vocabulary().ListCategory(k); err == nil {
		if s := info.Labels.English(); s != "" {
			return s
		}
	}
	return string(k)
}

func labelOf(o *offences.Offence) string {
	s, _ := o.Labels.Get()
	return s
}

func labelOfRecord(n *offences.NonOffence) string {
	s, _ := n.Labels.Get()
	return s
}

func joinElements(es []offences.Element) string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = string(e)
	}
	return strings.Join(parts, ", ")
}

func offenceCitation(o *offences.Offence) Citation {
	return Citation{Jurisdiction: o.Jurisdiction, ID: o.ID, Text: o.Citation, URL: o.URL}
}

func instrumentCitation(in *Instrument, article string) Citation {
	text := in.Citation
	if article != "" {
		text = article + ", " + in.Citation
	}
	return Citation{Instrument: in.ID, Text: text, URL: in.URL}
}

// thresholdText writes a threshold in English: "at least 12 months",
// "more than 1 year".
func thresholdText(t Threshold) string {
	if t.Op == MoreThan {
		return "more than " + offences.MonthsText(t.Months)
	}
	return "at least " + offences.MonthsText(t.Months)
}

// Measure returns what the check measured.
func (tc ThresholdCheck) Measure() Measure { return tc.Threshold.Measure }

// measured writes the penalty or sentence measured, in English.
func (tc ThresholdCheck) measured() string {
	if tc.Threshold.Measure == MaxPenalty {
		return tc.Penalty.String()
	}
	return offences.MonthsText(tc.Months)
}
