package dualcrim_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/offencemap/offencemap/dualcrim"
	"github.com/offencemap/offencemap/dualcrim/conformance"
	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/offences"
	"golang.org/x/text/language"
)

// The fuzzed dates lie between these days.
var (
	fuzzFirstDay = offences.MustParseDate("1950-01-01")
	fuzzLastDay  = offences.MustParseDate("2030-12-31")
	fuzzDays     = int(fuzzLastDay.Time().Sub(fuzzFirstDay.Time()).Hours()/24) + 1
)

// fuzzDate maps any integer to a day in 1950–2030.
func fuzzDate(n int32) offences.Date {
	i := int(n) % fuzzDays
	if i < 0 {
		i += fuzzDays
	}
	return fuzzFirstDay.AddDays(i)
}

// fuzzDayIndex is the inverse of fuzzDate for days in range.
func fuzzDayIndex(d offences.Date) int32 {
	return int32(d.Time().Sub(fuzzFirstDay.Time()).Hours() / 24)
}

var (
	fuzzKinds    = []dualcrim.Kind{dualcrim.Extradition, dualcrim.Surrender, dualcrim.MLA, dualcrim.Transfer, "deportation"}
	fuzzPurposes = []dualcrim.Purpose{dualcrim.Prosecution, dualcrim.Sentence, ""}
)

// fuzzSentinels are the errors Check may return, wrapped.
var fuzzSentinels = []error{
	dualcrim.ErrInvalidRequest,
	dualcrim.ErrNoInstrument,
	dualcrim.ErrUnknownInstrument,
	dualcrim.ErrInstrumentNotApplicable,
	dualcrim.ErrInvalidInstruments,
	jurisdictions.ErrUnknownJurisdiction,
	jurisdictions.ErrUnknownOffence,
}

// fuzzCheckInput is one set of fuzzed fields.
type fuzzCheckInput struct {
	from, to      uint8
	offence       uint16
	rawOffence    string
	useRaw        bool
	committed     int32
	decided       int32
	kind, purpose uint8
	instrument    uint8
	facts         []byte
	conduct       uint8
	rawConduct    string
	sentence      int16
	remaining     int16
	charges       uint8
}

// fuzzRequest builds the request the fuzzed fields describe.
func fuzzRequest(c *dualcrim.Checker, in fuzzCheckInput) dualcrim.Request {
	reg := c.Registry()
	codes := reg.Codes()
	pick := func(i uint8) string {
		if int(i)%(len(codes)+1) == len(codes) {
			return "ZZ" // unknown
		}
		return codes[int(i)%(len(codes)+1)]
	}
	req := dualcrim.Request{
		Kind:    fuzzKinds[int(in.kind)%len(fuzzKinds)],
		Purpose: fuzzPurposes[int(in.purpose)%len(fuzzPurposes)],
		From:    pick(in.from),
		To:      pick(in.to),
		Decided: fuzzDate(in.decided),
	}
	all := c.Instruments().All()
	switch i := int(in.instrument) % (len(all) + 2); {
	case i < len(all):
		req.Instrument = all[i].ID
	case i == len(all)+1:
		req.Instrument = "NO-SUCH-INSTRUMENT"
	}
	var offs []offences.Offence
	if j, err := reg.Jurisdiction(req.From); err == nil {
		offs = j.Offences(0)
	}
	vocab := reg.Vocabulary()
	elems := vocab.Elements()
	cats := vocab.Categories()
	n := 1 + int(in.charges)%3
	for k := range n {
		ch := dualcrim.Charge{
			Committed:       fuzzDate(in.committed + int32(k)*97),
			SentenceMonths:  int(in.sentence),
			RemainingMonths: int(in.remaining),
		}
		if in.useRaw || len(offs) == 0 {
			ch.Offence = in.rawOffence
		} else {
			ch.Offence = offs[(int(in.offence)+7*k)%len(offs)].ID
		}
		if in.conduct > 0 {
			ch.Conduct = append(ch.Conduct, cats[int(in.conduct-1)%len(cats)].Code)
		}
		if in.rawConduct != "" {
			ch.Conduct = append(ch.Conduct, offences.Category(in.rawConduct))
		}
		if len(in.facts) > 0 {
			ch.Facts = map[offences.Element]bool{}
			for i := 0; i+1 < len(in.facts); i += 2 {
				e := offences.Element("not_an_element")
				if x := int(in.facts[i]) % (len(elems) + 1); x < len(elems) {
					e = elems[x].Name
				}
				ch.Facts[e] = in.facts[i+1]&1 == 1
			}
		}
		req.Charges = append(req.Charges, ch)
	}
	return req
}

func FuzzCheck(f *testing.F) {
	checker := dualcrim.Default()
	codes := checker.Registry().Codes()
	elems := checker.Registry().Vocabulary().Elements()
	cats := checker.Registry().Vocabulary().Categories()
	all := checker.Instruments().All()

	// Seeds: the requests of the conformance cases.
	names, err := filepath.Glob(filepath.Join("testdata", "conformance", "*.yaml"))
	if err != nil || len(names) == 0 {
		f.Fatalf("no conformance files: %v", err)
	}
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		cases, err := conformance.Parse(name, b)
		if err != nil {
			f.Fatal(err)
		}
		for _, c := range cases {
			r := c.Request
			ch := r.Charges[0]
			var facts []byte
			for e, v := range ch.Facts {
				if i := slices.IndexFunc(elems, func(x offences.ElementInfo) bool { return string(x.Name) == e }); i >= 0 {
					b := byte(0)
					if v {
						b = 1
					}
					facts = append(facts, byte(i), b)
				}
			}
			var conduct uint8
			if len(ch.Conduct) > 0 {
				if i := slices.IndexFunc(cats, func(x offences.CategoryInfo) bool { return x.Code == ch.Conduct[0] }); i >= 0 {
					conduct = uint8(i + 1)
				}
			}
			instrument := uint8(len(all)) // none named
			if i := slices.IndexFunc(all, func(x *dualcrim.Instrument) bool { return x.ID == r.Instrument }); i >= 0 {
				instrument = uint8(i)
			}
			f.Add(uint8(slices.Index(codes, r.From)), uint8(slices.Index(codes, r.To)), uint16(0), ch.Offence, true,
				fuzzDayIndex(ch.Committed), fuzzDayIndex(r.Decided),
				uint8(slices.Index(fuzzKinds, r.Kind)), uint8(slices.Index(fuzzPurposes, r.Purpose)), instrument,
				facts, conduct, "", int16(ch.SentenceMonths), int16(0), uint8(len(r.Charges)-1))
		}
	}
	// A few more, by index, and some malformed ones.
	f.Add(uint8(5), uint8(4), uint16(3), "", false, int32(18000), int32(21000), uint8(0), uint8(0), uint8(255), []byte{1, 1, 2, 0}, uint8(0), "", int16(0), int16(0), uint8(2))
	f.Add(uint8(2), uint8(3), uint16(9), "", false, int32(22000), int32(23000), uint8(1), uint8(1), uint8(0), []byte(nil), uint8(3), "0701.computer", int16(24), int16(12), uint8(0))
	f.Add(uint8(1), uint8(1), uint16(0), "§ 263 StGB", true, int32(23000), int32(22000), uint8(4), uint8(2), uint8(99), []byte{255}, uint8(0), "not a category", int16(-1), int16(5), uint8(1))
	f.Add(uint8(6), uint8(0), uint16(0), "\x00", true, int32(-1), int32(-2147483648), uint8(2), uint8(0), uint8(1), []byte{0, 0, 0, 1}, uint8(200), "09.", int16(0), int16(0), uint8(0))

	f.Fuzz(func(t *testing.T, from, to uint8, offence uint16, rawOffence string, useRaw bool, committed, decided int32,
		kind, purpose, instrument uint8, facts []byte, conduct uint8, rawConduct string, sentence, remaining int16, charges uint8) {
		req := fuzzRequest(checker, fuzzCheckInput{from: from, to: to, offence: offence, rawOffence: rawOffence, useRaw: useRaw,
			committed: committed, decided: decided, kind: kind, purpose: purpose, instrument: instrument, facts: facts,
			conduct: conduct, rawConduct: rawConduct, sentence: sentence, remaining: remaining, charges: charges})
		res, err := checker.Check(req)
		if err != nil {
			known := false
			for _, s := range fuzzSentinels {
				if errors.Is(err, s) {
					known = true
					break
				}
			}
			if !known {
				t.Fatalf("Check(%+v): error %v matches no sentinel", req, err)
			}
			if err.Error() == "" {
				t.Fatalf("Check(%+v): empty error text", req)
			}
			return
		}
		if len(res.Charges) != len(req.Charges) {
			t.Fatalf("Check(%+v): %d charge results for %d charges", req, len(res.Charges), len(req.Charges))
		}
		if res.Instrument == nil {
			t.Fatalf("Check(%+v): no instrument in a successful result", req)
		}
		checkReasons := func(where string, rs []dualcrim.Reason) {
			for i, r := range rs {
				s := r.Text(language.English)
				if s == "" {
					t.Fatalf("Check(%+v): %s reason %d (%s) has no text", req, where, i, r.Code)
				}
				if strings.Contains(s, "%!") {
					t.Fatalf("Check(%+v): %s reason %d (%s) is badly formatted: %s", req, where, i, r.Code, s)
				}
			}
		}
		checkReasons("result", res.Reasons)
		for i, ch := range res.Charges {
			if ch.Verdict > dualcrim.Waived {
				t.Fatalf("Check(%+v): charge %d has verdict %d", req, i, ch.Verdict)
			}
			checkReasons("charge", ch.Reasons)
		}
		_ = dualcrim.Explain(res, language.German)
	})
}
