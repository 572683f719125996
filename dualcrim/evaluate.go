package dualcrim

import (
	"slices"
	"strings"

	"github.com/offencemap/offencemap/internal/catalog"
	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/offences"
)

// checkCharge decides one charge under instrument in.
func (e *eval) checkCharge(req Request, in *Instrument, to *jurisdictions.Jurisdiction, rc *resolvedCharge) ChargeResult {
	r := ChargeResult{Charge: rc.Charge}
	rs, ts := len(e.reasons), len(e.ths)
	requestingMet, requestingKnown, waived := true, true, false
	off := rc.latest
	switch {
	case rc.conductOnly:
		requestingKnown = false
		e.say(OffenceNotGiven, nil)
	case rc.atConduct == nil:
		// The requesting law at the time of the conduct is not in the
		// dataset: its thresholds cannot be measured, but the conduct test
		// can still fail on the requested state's side.
		requestingKnown = false
		e.say(OffenceNotInForce, []Citation{offenceCitation(rc.latest)}, TextArg(rc.latest.Citation), DateArg(rc.Committed))
	default:
		off = rc.atConduct
		if !e.quiet {
			r.Offence = e.clone(off)
		}
		requestingMet, requestingKnown, waived = e.requestingSide(req, in, to, rc, off, &r)
	}

	// The requested side: the conduct under its law. Elements the
	// requesting offence requires count as present unless the facts say
	// otherwise.
	var buf [16]fact
	fs := facts(buf[:0])
	if off != nil {
		for _, el := range off.Elements {
			fs = fs.with(el, true)
		}
	}
	if len(rc.Facts) > 0 {
		var kb [16]offences.Element
		keys := kb[:0]
		for el := range rc.Facts {
			keys = append(keys, el)
		}
		slices.Sort(keys) // the same request gives the same reasons
		for _, el := range keys {
			present := rc.Facts[el]
			if was, _ := fs.get(el); was && !present {
				e.say(FactOverridden, nil, TextArg(string(el)), TextArg(off.Citation))
			}
			fs = fs.with(el, present)
		}
	}
	dc := e.assess(req, in, to, rc, fs)
	r.AssessedAt, r.Establish = dc.at, dc.establish
	if !e.quiet {
		r.Equivalents = tail(e.eqs[:dc.eq1], dc.eq0)
	}
	if in.ConductTest != "" {
		e.say(ConductTestApplied, []Citation{instrumentCitation(in, in.ConductTest)}, TextArg(in.ConductTest))
	}
	if in.FiscalProviso != "" && slices.ContainsFunc(rc.cats, e.c.isFiscal) {
		e.say(FiscalProviso, []Citation{instrumentCitation(in, in.FiscalProviso)}, TextArg(in.FiscalProviso))
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
	if r.Verdict == NotSatisfied && (!requestingMet || dc.belowThreshold) && in.YieldsToTreaties && req.Instrument == "" {
		// The act's own threshold decided, but the act yields to any
		// treaty between the states, and one missing from the dataset
		// may set another threshold: no "not satisfied" on that basis.
		r.Verdict = Undetermined
		e.say(ActYieldsToTreaty, []Citation{{Instrument: in.ID, Text: in.Citation, URL: in.URL}},
			TextArg(in.ID), LabelArg(in.ID, in.Name), e.c.jurisdictionArg(req.From), LabelArg(to.Code(), to.Names()))
	}
	if r.Verdict != Undetermined {
		r.Establish = nil // nothing left to establish once the verdict is decided
	}
	if r.Verdict == NotSatisfied && requestingMet && in.Requirement == Optional {
		e.say(OptionalRefusal, []Citation{{Instrument: in.ID, Text: in.Citation, URL: in.URL}}, LabelArg(in.ID, in.Name))
	}
	r.Reasons, r.Thresholds = tail(e.reasons, rs), tail(e.ths, ts)
	return r
}

// requestingSide measures the thresholds and the list waiver under the
// requesting state's law as in force at the time of the conduct (CJEU
// C-717/18 for the list threshold; the same law for the general one).
func (e *eval) requestingSide(req Request, in *Instrument, to *jurisdictions.Jurisdiction, rc *resolvedCharge, off *offences.Offence, r *ChargeResult) (met, known, waived bool) {
	met, known = true, true
	usedPenalty := false
	for _, t := range in.Thresholds {
		if !t.Applies(req.Purpose) || !t.AppliesTo(Requesting) {
			continue
		}
		tc := ThresholdCheck{Threshold: t, Side: Requesting}
		what := TextArg(off.Citation)
		switch t.Measure {
		case MaxPenalty:
			tc.Offence, tc.Penalty, tc.Known, tc.Met = off.ID, off.Max, true, t.MetBy(off.Max)
			usedPenalty = true
		case SentenceImposed:
			tc.Months, tc.Known, what = rc.SentenceMonths, rc.SentenceMonths > 0, MeasureArg(SentenceImposed)
		case SentenceRemaining:
			tc.Months, tc.Known, what = rc.RemainingMonths, rc.RemainingMonths > 0, MeasureArg(SentenceRemaining)
		}
		if tc.Measure() != MaxPenalty && tc.Known {
			tc.Met = t.MetByMonths(tc.Months)
		}
		e.threshold(tc)
		cite := instrumentCitation(in, t.Article)
		switch {
		case !tc.Known:
			known = false
			e.say(ThresholdUnknown, []Citation{cite}, SideArg(Requesting), what, ThresholdArg(t), TextArg(t.Article))
		case tc.Met:
			e.say(ThresholdMet, []Citation{cite, offenceCitation(off)}, SideArg(Requesting), what, tc.measured(), ThresholdArg(t), TextArg(t.Article))
		default:
			met = false
			e.say(ThresholdNotMet, []Citation{cite, offenceCitation(off)}, SideArg(Requesting), what, tc.measured(), ThresholdArg(t), TextArg(t.Article))
		}
	}

	// The list waiver, measured under the requesting law at the conduct.
	listed := off.ListCategory
	if rc.ListCategory != "" {
		listed = rc.ListCategory // the category the issuing authority ticked prevails
	}
	w := in.ListWaiver
	if _, from := to.ConductLimits(in.ID, req.Decided); from != 0 && rc.Committed < from && w.Covers(listed) {
		e.say(WaiverNotForConduct, []Citation{instrumentCitation(in, w.Article)}, LabelArg(to.Code(), to.Names()), DateArg(from), TextArg(w.Article))
		w = nil // the requested state applies the list only to later conduct
	}
	if w.Covers(listed) && (!w.NeedsNotification || e.c.notified(in, req, to)) {
		usedPenalty = true
		waived = off.Max.AtLeast(w.MinMonths)
		if !e.quiet {
			r.Waiver = &WaiverCheck{Category: listed, Penalty: off.Max, Applied: waived}
		}
		code := WaiverRefused
		if waived {
			code = WaiverApplied
		}
		e.say(code, []Citation{instrumentCitation(in, w.Article), offenceCitation(off)},
			TextArg(off.Citation), e.c.listArg(listed), PenaltyArg(off.Max), MonthsArg(w.MinMonths), TextArg(w.Article))
	}
	if usedPenalty && off.Validity.From == 0 {
		e.say(StartUnknown, []Citation{offenceCitation(off)}, TextArg(off.Citation))
	}
	return met, known, waived
}

func (c *Checker) isFiscal(k offences.Category) bool {
	for x := k; x != ""; x = x.Parent() {
		if info, ok := c.categories[x]; ok && info.Fiscal {
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
	return from.Declared(in.ID, req.Decided, "list_waiver") && to.Declared(in.ID, req.Decided, "list_waiver")
}

// outcome is the conduct test at one date. Its equivalents are
// e.eqs[eq0:eq1].
type outcome struct {
	verdict   Verdict
	at        offences.Date
	eq0, eq1  int
	establish []offences.Element
	// belowThreshold: an offence covers the conduct, below the threshold
	// (so a NotSatisfied rests on the instrument's threshold).
	belowThreshold bool
}

// assess applies the conduct test at the date the requested state uses;
// when the dataset does not know that date, at both candidate dates, and
// answers only if they agree.
func (e *eval) assess(req Request, in *Instrument, to *jurisdictions.Jurisdiction, rc *resolvedCharge, fs facts) outcome {
	rule := to.Assessment()
	at, code, source := offences.Date(0), ReasonCode(""), ""
	switch {
	case rule.At == jurisdictions.AtConduct:
		at, code, source = rc.Committed, AssessedAtConduct, rule.Source
	case rule.At == jurisdictions.AtDecision:
		at, code, source = req.Decided, AssessedAtDecision, rule.Source
	case in.Assessment == "conduct":
		at, code, source = rc.Committed, AssessedAtConduct, in.Citation
	case in.Assessment == "decision":
		at, code, source = req.Decided, AssessedAtDecision, in.Citation
	}
	if code != "" {
		e.say(code, nil, DateArg(at), TextArg(source))
		return e.conduct(req, in, to, rc.cats, fs, at)
	}
	if rc.Committed == req.Decided {
		return e.conduct(req, in, to, rc.cats, fs, req.Decided)
	}
	rs, ts := len(e.reasons), len(e.ths)
	atConduct := e.conduct(req, in, to, rc.cats, fs, rc.Committed)
	rm, tm := len(e.reasons), len(e.ths)
	atDecision := e.conduct(req, in, to, rc.cats, fs, req.Decided)
	if e.quiet {
		if atConduct.verdict == atDecision.verdict {
			atDecision.at = 0
			return atDecision
		}
		return outcome{verdict: Undetermined}
	}
	// Drop the equivalents of the test at the conduct date: the result
	// shows those at the decision date.
	n := atConduct.eq1 - atConduct.eq0
	e.eqs = slices.Delete(e.eqs, atConduct.eq0, atConduct.eq1)
	atDecision.eq0, atDecision.eq1 = atDecision.eq0-n, atDecision.eq1-n
	if atConduct.verdict == atDecision.verdict {
		e.reasons = slices.Delete(e.reasons, rs, rm)
		e.ths = slices.Delete(e.ths, ts, tm)
		atDecision.at = 0 // the verdict does not depend on the date
		return atDecision
	}
	e.ths = e.ths[:ts]
	var a [4]Arg
	a[0], a[1], a[2], a[3] = VerdictArg(atConduct.verdict), DateArg(rc.Committed), VerdictArg(atDecision.verdict), DateArg(req.Decided)
	e.say(AssessmentDateUnknown, nil, a[:]...)
	last := e.reasons[len(e.reasons)-1]
	e.reasons = slices.Insert(e.reasons[:len(e.reasons)-1], rs, last)
	return outcome{verdict: Undetermined, eq0: atDecision.eq0, eq1: atDecision.eq1, establish: atDecision.establish}
}

// candidate is an offence of the requested state related to the conduct.
type candidate struct {
	o   *offences.Offence
	rel catalog.Relation
}

// conduct applies the conduct test on day at: which offences of the
// requested state, as in force then, cover conduct of these categories
// with these facts.
func (e *eval) conduct(req Request, in *Instrument, to *jurisdictions.Jurisdiction, cats []offences.Category, fs facts, at offences.Date) outcome {
	out := outcome{at: at, eq0: len(e.eqs)}
	ix := e.c.indexes[to.Code()]
	var (
		satisfied, possible, unknownCoverage bool
		bestMeeting, bestBelow               *offences.Offence
		seenBuf                              [64]*offences.Offence
		establishBuf                         [8]offences.Element
	)
	seen, establish := seenBuf[:0], establishBuf[:0]
	for _, cat := range cats {
		var candBuf [64]candidate
		cands := candBuf[:0]
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
			if slices.Contains(seen, cd.o) {
				continue // already weighed for another category of the conduct
			}
			seen = append(seen, cd.o)
			var mb, ub [8]offences.Element
			missing, unknown := mb[:0], ub[:0]
			for _, el := range cd.o.Elements {
				present, known := fs.get(el)
				switch {
				case !known:
					unknown = append(unknown, el)
				case !present:
					missing = append(missing, el)
				}
			}
			conf := High
			switch {
			case len(missing) > 0:
				conf = No
			case len(unknown) > 0 || cd.rel == catalog.Narrower:
				conf = Low
			case cd.rel == catalog.Same:
				conf = Exact
			}
			belowThreshold := false
			for _, t := range in.Thresholds {
				if requestedMax(t, req.Purpose) && !t.MetBy(cd.o.Max) {
					belowThreshold = true
				}
			}
			var keptMissing, keptUnknown []offences.Element // copies off the stack buffers, for the result
			if !e.quiet {
				keptMissing, keptUnknown = carve(&e.els, missing, 8*e.n), carve(&e.els, unknown, 8*e.n)
			}
			cite := offenceCitation(cd.o)
			switch {
			case conf == No:
				e.say(ElementAbsent, []Citation{cite}, TextArg(cd.o.Citation), ElementLabelsArg(keptMissing, e.c.reg.Vocabulary()))
				continue
			case conf >= High && !belowThreshold:
				satisfied, covered = true, true
				if bestMeeting == nil {
					bestMeeting = cd.o
				}
				if e.quiet {
					return outcome{verdict: Satisfied, at: at} // one offence meeting the threshold decides
				}
				e.say(EquivalentFound, []Citation{cite}, TextArg(cd.o.Citation), OffenceArg(cd.o.ID, cd.o.Labels), ConfidenceArg(conf))
			case conf >= High:
				below = true // decides only where the catalogue is complete: another offence may reach the threshold
				if bestBelow == nil || cd.o.Max.MoreThan(bestBelow.Max.Months) {
					bestBelow = cd.o
				}
				for _, t := range in.Thresholds {
					if requestedMax(t, req.Purpose) {
						e.say(BelowThreshold, []Citation{cite, instrumentCitation(in, t.Article)},
							TextArg(cd.o.Citation), PenaltyArg(cd.o.Max), ThresholdArg(t), TextArg(t.Article))
					}
				}
			default: // Low
				possible, covered = true, true
				for _, el := range unknown {
					if !slices.Contains(establish, el) {
						establish = append(establish, el)
					}
				}
				if len(unknown) > 0 {
					e.say(ElementUnknown, []Citation{cite}, TextArg(cd.o.Citation), ElementLabelsArg(keptUnknown, e.c.reg.Vocabulary()))
				} else {
					e.say(Narrower, []Citation{cite}, TextArg(cd.o.Citation), e.c.categoryArg(cat))
				}
			}
			if !e.quiet {
				grow(&e.eqs, 2*e.n)
				e.eqs = append(e.eqs, Equivalent{Offence: e.clone(cd.o), Confidence: conf,
					Missing: keptMissing, Unknown: keptUnknown, BelowThreshold: belowThreshold})
			}
		}
		if covered {
			continue
		}
		switch rec := ix.NonOffence(cat, at); {
		case rec != nil:
			// The record decides only conduct without its "unless" elements:
			// one present, or not excluded by the facts, may bring other
			// offences in.
			var ob [8]offences.Element
			open := ob[:0]
			for _, el := range rec.Unless {
				if present, known := fs.get(el); present || !known {
					open = append(open, el)
					if !known && !slices.Contains(establish, el) {
						establish = append(establish, el)
					}
				}
			}
			recCite := []Citation{{Jurisdiction: rec.Jurisdiction, ID: rec.ID, Text: rec.Citation}}
			args := [5]Arg{LabelArg(to.Code(), to.Names()), TextArg(rec.Citation), OffenceArg(rec.ID, rec.Labels), DateArg(at)}
			if len(open) == 0 {
				e.say(NotAnOffence, recCite, args[:4]...)
				break
			}
			possible = true
			if !e.quiet {
				args[4] = ElementLabelsArg(carve(&e.els, open, 8*e.n), e.c.reg.Vocabulary())
				e.say(NotAnOffenceUnless, recCite, args[:]...)
			}
		case to.CoversCategory(cat, at):
			if !below {
				e.say(NoOffenceInCatalogue, nil, LabelArg(to.Code(), to.Names()), e.c.categoryArg(cat), DateArg(at))
			}
		default:
			unknownCoverage = true
			e.say(CoverageMissing, nil, LabelArg(to.Code(), to.Names()), e.c.categoryArg(cat), DateArg(at))
		}
	}
	for _, t := range in.Thresholds {
		if !requestedMax(t, req.Purpose) {
			continue
		}
		switch {
		case bestMeeting != nil:
			e.threshold(ThresholdCheck{Threshold: t, Side: Requested, Offence: bestMeeting.ID, Penalty: bestMeeting.Max, Met: true, Known: true})
			e.say(ThresholdMet, []Citation{instrumentCitation(in, t.Article), offenceCitation(bestMeeting)},
				SideArg(Requested), TextArg(bestMeeting.Citation), PenaltyArg(bestMeeting.Max), ThresholdArg(t), TextArg(t.Article))
		case bestBelow != nil:
			e.threshold(ThresholdCheck{Threshold: t, Side: Requested, Offence: bestBelow.ID, Penalty: bestBelow.Max, Known: true})
		}
	}
	switch {
	case satisfied:
		out.verdict = Satisfied
	case possible || unknownCoverage:
		out.verdict = Undetermined
		if len(establish) > 0 {
			slices.Sort(establish)
			out.establish = carve(&e.els, establish, 8*e.n)
			if e.quiet {
				out.establish = nil
			}
		}
	default:
		out.verdict = NotSatisfied
		out.belowThreshold = bestBelow != nil
	}
	out.eq1 = len(e.eqs)
	slices.SortStableFunc(e.eqs[out.eq0:out.eq1], func(a, b Equivalent) int {
		if a.Confidence != b.Confidence {
			return int(b.Confidence) - int(a.Confidence)
		}
		return strings.Compare(a.Offence.ID, b.Offence.ID)
	})
	return out
}

// requestedMax reports whether t measures the requested state's maximum
// penalty for a request of purpose p.
func requestedMax(t Threshold, p Purpose) bool {
	return t.Applies(p) && t.AppliesTo(Requested) && t.Measure == MaxPenalty
}

// jurisdictionArg names a jurisdiction by its labels, or by its code when
// the registry does not know it.
func (c *Checker) jurisdictionArg(code string) Arg {
	if j, err := c.reg.Jurisdiction(code); err == nil {
		return LabelArg(code, j.Names())
	}
	return TextArg(code)
}

func (c *Checker) categoryArg(k offences.Category) Arg {
	return CategoryArg(k, c.categories[k].Labels)
}

func (c *Checker) listArg(k offences.ListCategory) Arg {
	return ListCategoryArg(c.lists[k])
}

func offenceCitation(o *offences.Offence) Citation {
	return Citation{Jurisdiction: o.Jurisdiction, ID: o.ID, Text: o.Citation, URL: o.URL}
}

func instrumentCitation(in *Instrument, article string) Citation {
	return Citation{Instrument: in.ID, Text: in.cite(article), URL: in.URL}
}

// Measure returns what the check measured.
func (tc ThresholdCheck) Measure() Measure { return tc.Threshold.Measure }

// measured is the penalty or sentence measured, as a reason argument.
func (tc ThresholdCheck) measured() Arg {
	if tc.Threshold.Measure == MaxPenalty {
		return PenaltyArg(tc.Penalty)
	}
	return MonthsArg(tc.Months)
}
