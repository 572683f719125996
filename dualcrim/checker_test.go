package dualcrim_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/offencemap/offencemap/dualcrim"
	"github.com/offencemap/offencemap/internal/synthetic"
	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/offences"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var d = offences.MustParseDate

// synth returns a checker over the synthetic dataset, whose rules are
// frozen for these tests.
func synth(t testing.TB) *dualcrim.Checker {
	t.Helper()
	c, err := synthetic.Checker()
	require.NoError(t, err)
	return c
}

func codes(rs []dualcrim.Reason) []dualcrim.ReasonCode {
	out := make([]dualcrim.ReasonCode, len(rs))
	for i, r := range rs {
		out[i] = r.Code
	}
	return out
}

func eqIDs(es []dualcrim.Equivalent) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Offence.ID)
	}
	return out
}

type chargeWant struct {
	verdict     dualcrim.Verdict
	equivalents []string // in order
	establish   []offences.Element
	reasons     []dualcrim.ReasonCode // must be among the reasons
}

func TestCheckBehaviour(t *testing.T) {
	c := synth(t)
	surrender := func(offence, committed string, facts map[offences.Element]bool) dualcrim.Request {
		return dualcrim.Request{Kind: dualcrim.Surrender, Purpose: dualcrim.Prosecution, From: "XA", To: "XB", Decided: d("2016-06-01"),
			Charges: []dualcrim.Charge{{Offence: offence, Committed: d(committed), Facts: facts}}}
	}
	extradition := func(offence, committed, decided string, facts map[offences.Element]bool) dualcrim.Request {
		return dualcrim.Request{Kind: dualcrim.Extradition, Purpose: dualcrim.Prosecution, From: "XA", To: "XB", Decided: d(decided),
			Charges: []dualcrim.Charge{{Offence: offence, Committed: d(committed), Facts: facts}}}
	}
	sentence := func(months int) dualcrim.Request {
		r := surrender("XA/PC/2", "2012-01-01", nil)
		r.Purpose, r.Charges[0].SentenceMonths = dualcrim.Sentence, months
		return r
	}
	tests := []struct {
		name       string
		req        dualcrim.Request
		instrument string
		want       chargeWant
	}{
		{"list offence with 5 years at the conduct is waived", surrender("XA/PC/1", "2012-01-01", nil), "FRAME",
			chargeWant{verdict: dualcrim.Waived, reasons: []dualcrim.ReasonCode{dualcrim.WaiverApplied}}},
		{"list offence with 2 years at the conduct needs the check; loss unknown", surrender("s.1 Penal Code", "2008-01-01", nil), "FRAME",
			chargeWant{verdict: dualcrim.Undetermined, equivalents: []string{"XB/SC/10", "XB/SC/14"}, establish: []offences.Element{"computer_system", "loss"},
				reasons: []dualcrim.ReasonCode{dualcrim.WaiverRefused, dualcrim.ElementUnknown}}},
		{"the facts establish loss and rule out a computer", surrender("XA/PC/1", "2008-01-01", map[offences.Element]bool{"loss": true, "computer_system": false}), "FRAME",
			chargeWant{verdict: dualcrim.Satisfied, equivalents: []string{"XB/SC/10"}, reasons: []dualcrim.ReasonCode{dualcrim.EquivalentFound, dualcrim.ElementAbsent}}},
		{"the facts exclude every fraud offence; fraud is not a covered category", surrender("XA/PC/1", "2008-01-01", map[offences.Element]bool{"loss": false, "computer_system": false}), "FRAME",
			chargeWant{verdict: dualcrim.Undetermined, reasons: []dualcrim.ReasonCode{dualcrim.CoverageMissing}}},
		{"requesting maximum of 6 months misses the 12-month threshold", extradition("XA/PC/2", "2008-01-01", "2016-06-01", nil), "TREATY",
			chargeWant{verdict: dualcrim.NotSatisfied, equivalents: []string{"XB/SC/11"}, reasons: []dualcrim.ReasonCode{dualcrim.ThresholdNotMet}}},
		{"requested maximum of 8 months misses it; theft is covered", extradition("XA/PC/2", "2012-01-01", "2016-06-01", nil), "TREATY",
			chargeWant{verdict: dualcrim.NotSatisfied, equivalents: []string{"XB/SC/11"}, reasons: []dualcrim.ReasonCode{dualcrim.ThresholdMet, dualcrim.BelowThreshold}}},
		{"a sentence of 3 months is below 4", sentence(3), "FRAME",
			chargeWant{verdict: dualcrim.NotSatisfied, equivalents: []string{"XB/SC/11"}, reasons: []dualcrim.ReasonCode{dualcrim.ThresholdNotMet}}},
		{"a sentence of 4 months meets it", sentence(4), "FRAME",
			chargeWant{verdict: dualcrim.Satisfied, equivalents: []string{"XB/SC/11"}}},
		{"no sentence given for a sentence request", sentence(0), "FRAME",
			chargeWant{verdict: dualcrim.Undetermined, reasons: []dualcrim.ReasonCode{dualcrim.ThresholdUnknown}}},
		{"assessment date unknown and the answers differ", extradition("XA/PC/3", "2012-01-01", "2016-06-01", map[offences.Element]bool{"dishonesty": true}), "TREATY",
			chargeWant{verdict: dualcrim.Undetermined, reasons: []dualcrim.ReasonCode{dualcrim.AssessmentDateUnknown, dualcrim.NotAnOffence, dualcrim.EquivalentFound}}},
		{"computer fraud falls in the cyber convention's scope", extradition("XA/PC/4", "2012-01-01", "2016-06-01", nil), "CYBER",
			chargeWant{verdict: dualcrim.Satisfied, equivalents: []string{"XB/SC/14", "XB/SC/10"}}},
		{"fiscal proviso is cited for tax conduct", surrender("XA/PC/5", "2012-01-01", nil), "FRAME",
			chargeWant{verdict: dualcrim.Waived, reasons: []dualcrim.ReasonCode{dualcrim.FiscalProviso}}},
		{"requesting offence not in force at the conduct, requested law says not an offence", extradition("XA/PC/3", "1995-01-01", "1996-01-01", nil), "TREATY",
			chargeWant{verdict: dualcrim.NotSatisfied, reasons: []dualcrim.ReasonCode{dualcrim.OffenceNotInForce, dualcrim.NotAnOffence}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := c.Check(tt.req)
			require.NoError(t, err)
			assert.Equal(t, tt.instrument, res.Instrument.ID)
			require.Len(t, res.Charges, 1)
			ch := res.Charges[0]
			assert.Equal(t, tt.want.verdict, ch.Verdict, "reasons: %v", codes(ch.Reasons))
			if tt.want.equivalents != nil {
				assert.Equal(t, tt.want.equivalents, eqIDs(ch.Equivalents))
			}
			assert.Equal(t, tt.want.establish, ch.Establish)
			for _, code := range tt.want.reasons {
				assert.Contains(t, codes(ch.Reasons), code)
			}
			for _, r := range append(res.Reasons, ch.Reasons...) {
				text := r.Text(language.English)
				assert.NotEmpty(t, text)
				assert.NotContains(t, text, "%!", "bad arguments for %s", r.Code)
			}
		})
	}
}

func TestConfidenceGrades(t *testing.T) {
	c := synth(t)
	req := dualcrim.Request{Kind: dualcrim.Extradition, Purpose: dualcrim.Prosecution, From: "XA", To: "XB", Decided: d("2016-06-01"),
		Charges: []dualcrim.Charge{{Offence: "XA/PC/4", Committed: d("2012-01-01"), Facts: map[offences.Element]bool{"deception": true, "loss": true, "intent": true}}}}
	res, err := c.Check(req)
	require.NoError(t, err)
	got := map[string]dualcrim.Confidence{}
	for _, e := range res.Charges[0].Equivalents {
		got[e.Offence.ID] = e.Confidence
	}
	assert.Equal(t, map[string]dualcrim.Confidence{"XB/SC/14": dualcrim.Exact, "XB/SC/10": dualcrim.High}, got,
		"same category is exact; a broader offence with every element established is high")
}

func TestAssessmentAtConductNamedInstrument(t *testing.T) {
	c := synth(t)
	req := dualcrim.Request{Kind: dualcrim.Extradition, Purpose: dualcrim.Prosecution, From: "XA", To: "XB", Decided: d("2016-06-01"),
		Instrument: "TREATY2",
		Charges: []dualcrim.Charge{
			{Offence: "XA/PC/3", Committed: d("2012-01-01"), Facts: map[offences.Element]bool{"dishonesty": true}},
			{Offence: "XA/PC/3", Committed: d("2015-02-01"), Facts: map[offences.Element]bool{"dishonesty": true}},
		}}
	res, err := c.Check(req)
	require.NoError(t, err)
	assert.False(t, res.Selected)
	require.Len(t, res.Charges, 2)
	assert.Equal(t, dualcrim.NotSatisfied, res.Charges[0].Verdict, "cartel conduct before 2015 is not an offence in XB")
	assert.Equal(t, d("2012-01-01"), res.Charges[0].AssessedAt)
	assert.Equal(t, dualcrim.Satisfied, res.Charges[1].Verdict, "each charge gets its own verdict")
	assert.Equal(t, []string{"XB/SC/12"}, eqIDs(res.Charges[1].Equivalents))
}

func TestNationalActFallback(t *testing.T) {
	c := synth(t)
	req := dualcrim.Request{Kind: dualcrim.Extradition, Purpose: dualcrim.Prosecution, From: "XC", To: "XB", Decided: d("2016-06-01"),
		Charges: []dualcrim.Charge{{Offence: "art. 1 CC", Committed: d("2012-01-01")}}}
	res, err := c.Check(req)
	require.NoError(t, err)
	assert.Equal(t, "NAT-XB", res.Instrument.ID)
	assert.Equal(t, dualcrim.NotSatisfied, res.Charges[0].Verdict, "XB theft carries 8 months, below the act's 12")
}

func TestCheckErrors(t *testing.T) {
	c := synth(t)
	ok := dualcrim.Request{Kind: dualcrim.Extradition, Purpose: dualcrim.Prosecution, From: "XA", To: "XB", Decided: d("2016-06-01"),
		Charges: []dualcrim.Charge{{Offence: "XA/PC/1", Committed: d("2012-01-01")}}}
	_, err := c.Check(ok)
	require.NoError(t, err)
	tests := []struct {
		name   string
		change func(*dualcrim.Request)
		is     error
		text   string
	}{
		{"unknown requesting jurisdiction", func(r *dualcrim.Request) { r.From = "QQ" }, jurisdictions.ErrUnknownJurisdiction, "from"},
		{"unknown requested jurisdiction", func(r *dualcrim.Request) { r.To = "QQ" }, jurisdictions.ErrUnknownJurisdiction, "to"},
		{"unknown offence", func(r *dualcrim.Request) { r.Charges[0].Offence = "s.99 Penal Code" }, jurisdictions.ErrUnknownOffence, "charges[0].offence"},
		{"conduct after the decision", func(r *dualcrim.Request) { r.Charges[0].Committed = d("2017-01-01") }, dualcrim.ErrInvalidRequest, "after the decision"},
		{"no charges", func(r *dualcrim.Request) { r.Charges = nil }, dualcrim.ErrInvalidRequest, "at least one charge"},
		{"no decision date", func(r *dualcrim.Request) { r.Decided = 0 }, dualcrim.ErrInvalidRequest, "decided"},
		{"same parties", func(r *dualcrim.Request) { r.To = "XA" }, dualcrim.ErrInvalidRequest, "requesting one"},
		{"bad kind", func(r *dualcrim.Request) { r.Kind = "deportation" }, dualcrim.ErrInvalidRequest, "kind"},
		{"unknown element", func(r *dualcrim.Request) { r.Charges[0].Facts = map[offences.Element]bool{"telepathy": true} }, dualcrim.ErrInvalidRequest, "telepathy"},
		{"unknown category", func(r *dualcrim.Request) { r.Charges[0].Conduct = []offences.Category{"0799"} }, dualcrim.ErrInvalidRequest, "0799"},
		{"no shared instrument", func(r *dualcrim.Request) { r.To = "XC" }, dualcrim.ErrNoInstrument, "TREATY: XC is not bound"},
		{"unknown instrument", func(r *dualcrim.Request) { r.Instrument = "NOPE" }, dualcrim.ErrUnknownInstrument, "known: FRAME"},
		{"instrument for another kind", func(r *dualcrim.Request) { r.Instrument = "FRAME" }, dualcrim.ErrInstrumentNotApplicable, "does not govern extradition"},
		{"instrument not yet in force for the parties", func(r *dualcrim.Request) {
			r.Kind, r.Decided, r.Charges[0].Committed = dualcrim.Surrender, d("2004-06-01"), d("2004-01-01")
		},
			dualcrim.ErrNoInstrument, "FRAME: not in force"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := ok
			req.Charges = append([]dualcrim.Charge(nil), ok.Charges...)
			tt.change(&req)
			_, err := c.Check(req)
			require.ErrorIs(t, err, tt.is)
			assert.Contains(t, err.Error(), tt.text)
		})
	}
}

func TestResultsCannotChangeTheChecker(t *testing.T) {
	c := synth(t)
	req := dualcrim.Request{Kind: dualcrim.Extradition, Purpose: dualcrim.Prosecution, From: "XA", To: "XB", Decided: d("2016-06-01"),
		Charges: []dualcrim.Charge{{Offence: "XA/PC/4", Committed: d("2012-01-01")}}}
	first, err := c.Check(req)
	require.NoError(t, err)
	for i := range first.Charges[0].Equivalents {
		e := &first.Charges[0].Equivalents[i]
		e.Offence.Elements[0] = "tampered"
		e.Offence.Categories[0] = "99"
	}
	first.Charges[0].Offence.Elements[0] = "tampered"
	second, err := c.Check(req)
	require.NoError(t, err)
	assert.Equal(t, dualcrim.Satisfied, second.Charges[0].Verdict)
	for _, e := range second.Charges[0].Equivalents {
		assert.NotContains(t, e.Offence.Elements, offences.Element("tampered"))
	}
	o, _ := c.Registry().Offence("XA/PC/4", 0)
	assert.Equal(t, offences.Element("computer_system"), o.Elements[0])
}

func TestNewRejectsDanglingInstruments(t *testing.T) {
	reg, err := synthetic.Registry()
	require.NoError(t, err)
	_, err = dualcrim.New(reg, dualcrim.DefaultInstruments())
	require.ErrorIs(t, err, jurisdictions.ErrInvalidDataset)
	assert.Contains(t, err.Error(), `XA.yaml:8: membership of unknown instrument "TREATY"`)
}

func TestVerdictText(t *testing.T) {
	for _, v := range []dualcrim.Verdict{dualcrim.Undetermined, dualcrim.Satisfied, dualcrim.NotSatisfied, dualcrim.Waived} {
		got, err := dualcrim.ParseVerdict(v.String())
		require.NoError(t, err)
		assert.Equal(t, v, got)
	}
	_, err := dualcrim.ParseVerdict("maybe")
	assert.ErrorIs(t, err, dualcrim.ErrInvalidRequest)
	var zero dualcrim.ChargeResult
	assert.Equal(t, dualcrim.Undetermined, zero.Verdict, "an unfilled result never reads as an answer")
}

func TestReasonTextFallsBackToEnglish(t *testing.T) {
	r := dualcrim.Reason{Code: dualcrim.FiscalProviso, Args: []dualcrim.Arg{dualcrim.TextArg("Art F")}}
	want := "Fiscal proviso: the request may not be refused because the requested state lacks the same kind of tax or duty (Art F)."
	assert.Equal(t, want, r.Text(language.English))
	assert.Equal(t, want, r.Text(language.MustParse("sw-KE")), "an unknown language gets the best match, never an error or empty string")
	assert.True(t, strings.HasPrefix(dualcrim.Reason{Code: "made_up"}.Text(language.English), "made_up"))
}

func TestChargeByConductOnly(t *testing.T) {
	c := synth(t)
	check := func(conduct offences.Category, facts map[offences.Element]bool) dualcrim.ChargeResult {
		t.Helper()
		res, err := c.Check(dualcrim.Request{Kind: dualcrim.Extradition, Purpose: dualcrim.Prosecution, From: "XA", To: "XB",
			Decided: d("2016-06-01"), Instrument: "TREATY2",
			Charges: []dualcrim.Charge{{Conduct: []offences.Category{conduct}, Facts: facts, Committed: d("2012-01-01")}}})
		require.NoError(t, err)
		return res.Charges[0]
	}
	cartel := check("08.cartel", nil)
	assert.Equal(t, dualcrim.NotSatisfied, cartel.Verdict, "not an offence in XB in 2012, whatever the requesting law")
	assert.Contains(t, codes(cartel.Reasons), dualcrim.OffenceNotGiven)

	computer := check("0701.computer", map[offences.Element]bool{"computer_system": true})
	assert.Equal(t, dualcrim.Undetermined, computer.Verdict, "an offence in XB, but the requesting penalty is unknown")
	assert.Equal(t, []string{"XB/SC/14", "XB/SC/10"}, eqIDs(computer.Equivalents))

	_, err := c.Check(dualcrim.Request{Kind: dualcrim.Extradition, Purpose: dualcrim.Prosecution, From: "XA", To: "XB",
		Decided: d("2016-06-01"), Charges: []dualcrim.Charge{{Committed: d("2012-01-01")}}})
	assert.ErrorIs(t, err, dualcrim.ErrInvalidRequest, "neither offence nor conduct")
}

func TestTickedListCategoryPrevails(t *testing.T) {
	c := synth(t)
	req := dualcrim.Request{Kind: dualcrim.Surrender, Purpose: dualcrim.Prosecution, From: "XA", To: "XB", Decided: d("2016-06-01"),
		Charges: []dualcrim.Charge{{Offence: "XA/PC/3", Committed: d("2012-01-01")}}}
	res, err := c.Check(req)
	require.NoError(t, err)
	assert.Nil(t, res.Charges[0].Waiver, "the dataset records no list category for XA/PC/3")

	req.Charges[0].ListCategory = "fraud"
	res, err = c.Check(req)
	require.NoError(t, err)
	require.NotNil(t, res.Charges[0].Waiver)
	assert.Equal(t, dualcrim.Waived, res.Charges[0].Verdict, "the ticked category is on FRAME's list and XA/PC/3 carries 3 years")

	req.Charges[0].ListCategory = "jaywalking"
	_, err = c.Check(req)
	assert.ErrorIs(t, err, dualcrim.ErrInvalidRequest)
}

func TestTwoSidedAgreementsGovernOnlyBetweenSides(t *testing.T) {
	jur := func(code, side string) string {
		return "code: " + code + "\nnames: {en: " + code + "}\nlanguages: [en]\nmemberships:\n" +
			"  - {instrument: PACT, side: " + side + ", from: 2000-01-01, source: s}\n" +
			"  - {instrument: CONV, from: 2000-01-01, source: s}\n" +
			"offences:\n  - {id: " + code + "/PC/1, citation: s.1, labels: {en: Theft}, categories: [\"0502\"], source: s, versions: [{max: 5y, source: s}]}\n"
	}
	reg, err := jurisdictions.LoadOnly(fstest.MapFS{
		"XA.yaml": {Data: []byte(jur("XA", "EAST"))},
		"XB.yaml": {Data: []byte(jur("XB", "EAST"))},
		"XC.yaml": {Data: []byte(jur("XC", "WEST"))},
	}, nil)
	require.NoError(t, err)
	ins, err := dualcrim.LoadInstruments(fstest.MapFS{"instruments.yaml": {Data: []byte(`instruments:
  - {id: PACT, name: {en: Pact}, citation: Pact, kinds: [extradition], priority: 90, two_sided: true, dual_criminality: required, source: s}
  - {id: CONV, name: {en: Convention}, citation: Conv, kinds: [extradition], priority: 10, dual_criminality: required, source: s}
`)}}, nil)
	require.NoError(t, err)
	c, err := dualcrim.New(reg, ins)
	require.NoError(t, err)
	pick := func(from, to string) string {
		res, err := c.Check(dualcrim.Request{Kind: dualcrim.Extradition, Purpose: dualcrim.Prosecution, From: from, To: to,
			Decided: d("2010-01-01"), Charges: []dualcrim.Charge{{Offence: from + "/PC/1", Committed: d("2009-01-01")}}})
		require.NoError(t, err)
		return res.Instrument.ID
	}
	assert.Equal(t, "PACT", pick("XA", "XC"), "members of different sides")
	assert.Equal(t, "CONV", pick("XA", "XB"), "members of the same side fall back to the convention")

	noSide, err := jurisdictions.LoadOnly(fstest.MapFS{"XA.yaml": {Data: []byte(strings.Replace(jur("XA", "EAST"), "side: EAST, ", "", 1))}}, nil)
	require.NoError(t, err)
	_, err = dualcrim.New(noSide, ins)
	require.ErrorIs(t, err, jurisdictions.ErrInvalidDataset)
	assert.Contains(t, err.Error(), "XA.yaml:5: membership of PACT, an agreement between two sides, needs a side")
}

// A non-offence record with "unless" elements decides only conduct whose
// facts exclude them (GB-EAW before s.188 Enterprise Act 2002: price fixing
// with deception could have been a conspiracy to defraud).
func TestNonOffenceUnless(t *testing.T) {
	norris := func(facts map[offences.Element]bool) dualcrim.ChargeResult {
		res, err := dualcrim.Default().Check(dualcrim.Request{
			Kind: dualcrim.Extradition, Purpose: dualcrim.Prosecution, From: "US", To: "GB-EAW",
			Decided: d("2008-03-12"),
			Charges: []dualcrim.Charge{{Offence: "15 U.S.C. § 1", Committed: d("1999-06-01"), Facts: facts}},
		})
		require.NoError(t, err)
		return res.Charges[0]
	}
	tests := []struct {
		name          string
		facts         map[offences.Element]bool
		verdict       dualcrim.Verdict
		reason        dualcrim.ReasonCode
		wantEstablish []offences.Element
	}{
		{"deception excluded", map[offences.Element]bool{"deception": false}, dualcrim.NotSatisfied, dualcrim.NotAnOffence, nil},
		{"deception not stated", nil, dualcrim.Undetermined, dualcrim.NotAnOffenceUnless, []offences.Element{"deception"}},
		{"deception stated", map[offences.Element]bool{"deception": true}, dualcrim.Undetermined, dualcrim.NotAnOffenceUnless, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := norris(tt.facts)
			assert.Equal(t, tt.verdict, ch.Verdict)
			assert.Contains(t, codes(ch.Reasons), tt.reason)
			assert.Equal(t, tt.wantEstablish, ch.Establish)
		})
	}
	// The Verdicts path agrees without explaining.
	dst, err := dualcrim.Default().Verdicts(dualcrim.Request{
		Kind: dualcrim.Extradition, Purpose: dualcrim.Prosecution, From: "US", To: "GB-EAW", Decided: d("2008-03-12"),
		Charges: []dualcrim.Charge{{Offence: "15 U.S.C. § 1", Committed: d("1999-06-01")}},
	}, nil)
	require.NoError(t, err)
	assert.Equal(t, []dualcrim.Verdict{dualcrim.Undetermined}, dst)
}
