package dualcrim_test

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/offencemap/offencemap/dualcrim"
	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/offences"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// concurrentCase is a request on the embedded dataset with its known
// verdict.
type concurrentCase struct {
	name string
	req  dualcrim.Request
	want dualcrim.Verdict
}

func concurrentCases() []concurrentCase {
	norris := func(offence, committed string) dualcrim.Request {
		return dualcrim.Request{
			Kind: dualcrim.Extradition, Purpose: dualcrim.Prosecution,
			From: "US", To: "GB-EAW", Decided: d("2008-03-12"),
			Charges: []dualcrim.Charge{{Offence: offence, Committed: d(committed)}},
		}
	}
	return []concurrentCase{
		// Norris v USA [2008] UKHL 16: price fixing was no offence in England
		// before Enterprise Act 2002 s.188; obstruction is perverting the
		// course of justice.
		{"Norris price fixing", noDeception(norris("15 U.S.C. § 1", "1999-06-01")), dualcrim.NotSatisfied},
		{"Norris price fixing, deception not excluded", norris("15 U.S.C. § 1", "1999-06-01"), dualcrim.Undetermined},
		{"Norris obstruction", norris("18 U.S.C. § 1512(b)", "2001-03-01"), dualcrim.Satisfied},
		// Glorification of terrorism, art. 578 CP as amended in 2015 (3
		// years): a listed category of the EAW, so no check.
		{"ES→BE art. 578 CP", dualcrim.Request{
			Kind: dualcrim.Surrender, Purpose: dualcrim.Prosecution,
			From: "ES", To: "BE", Decided: d("2020-03-03"),
			Charges: []dualcrim.Charge{{Offence: "art. 578 CP", Committed: d("2016-01-15")}},
		}, dualcrim.Waived},
	}
}

// noDeception states that the charges allege no deception: the indictment
// in Norris described price fixing without aggravating features.
func noDeception(req dualcrim.Request) dualcrim.Request {
	for i := range req.Charges {
		req.Charges[i].Facts = map[offences.Element]bool{"deception": false}
	}
	return req
}

// concurrentAnswers is everything one iteration computes, to be compared
// with the answers of a first, sequential run.
type concurrentAnswers struct {
	results  []dualcrim.Result
	texts    []string // every reason of every result, rendered in every explanation language
	verdicts [][]dualcrim.Verdict
	hits     []jurisdictions.Hit
	resolved []string
	cartel   []offences.Offence
	order    []offences.Offence
}

func computeConcurrentAnswers(c *dualcrim.Checker, cases []concurrentCase) (concurrentAnswers, error) {
	var a concurrentAnswers
	for _, tc := range cases {
		res, err := c.Check(tc.req)
		if err != nil {
			return a, fmt.Errorf("%s: %w", tc.name, err)
		}
		a.results = append(a.results, res)
		reasons := append([]dualcrim.Reason(nil), res.Reasons...)
		for _, ch := range res.Charges {
			reasons = append(reasons, ch.Reasons...)
		}
		for _, r := range reasons {
			for _, tag := range dualcrim.Languages() {
				a.texts = append(a.texts, r.Text(tag))
			}
		}
		v, err := c.Verdicts(tc.req, nil)
		if err != nil {
			return a, fmt.Errorf("%s: %w", tc.name, err)
		}
		a.verdicts = append(a.verdicts, v)
	}
	for _, q := range []string{"Betrug", "oszustwo", "escroquerie"} {
		a.hits = append(a.hits, c.Registry().Search(q, jurisdictions.SearchOptions{Language: language.Polish, Limit: 10})...)
	}
	reg := c.Registry()
	for _, q := range [][2]string{
		{"US", "15 U.S.C. § 1"}, {"US", "18 U.S.C. § 1512(b)"}, {"ES", "art. 578 CP"},
		{"GB-EAW", "s.1 Fraud Act 2006"}, {"DE", "§ 263 StGB"},
	} {
		id, err := reg.Resolve(q[0], q[1])
		if err != nil {
			return a, err
		}
		a.resolved = append(a.resolved, id)
	}
	gb, err := reg.Jurisdiction("GB-EAW")
	if err != nil {
		return a, err
	}
	a.cartel = gb.ByCategory("08.cartel", d("2008-03-12"))
	a.order = gb.ByCategory("08", d("2001-03-01"))
	return a, nil
}

// TestConcurrentUse runs checks, look-ups and renderings on the default
// checker from many goroutines at once and expects the answers of a
// sequential run every time. Run it with -race.
func TestConcurrentUse(t *testing.T) {
	c := dualcrim.Default()
	cases := concurrentCases()
	want, err := computeConcurrentAnswers(c, cases)
	require.NoError(t, err)
	for i, tc := range cases {
		require.Len(t, want.results[i].Charges, 1, tc.name)
		require.Equal(t, tc.want, want.results[i].Charges[0].Verdict, tc.name)
	}
	require.Equal(t, []string{"US/15USC/1", "US/18USC/1512", "ES/CP/578", "GB-EAW/FraudAct2006/1", "DE/StGB/263"}, want.resolved)
	require.NotEmpty(t, want.cartel)
	require.NotEmpty(t, want.texts)
	for _, s := range want.texts {
		require.NotEmpty(t, strings.TrimSpace(s))
	}

	const goroutines, iterations = 32, 200
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	for g := range goroutines {
		wg.Go(func() {
			for i := range iterations {
				got, err := computeConcurrentAnswers(c, cases)
				if err == nil && reflect.DeepEqual(want, got) {
					continue
				}
				mu.Lock()
				failures++
				first := failures == 1
				mu.Unlock()
				if first { // one report is enough; the diff of the others would be the same
					if err != nil {
						t.Errorf("goroutine %d, iteration %d: %v", g, i, err)
					} else {
						assert.Equal(t, want, got, "goroutine %d, iteration %d", g, i)
					}
				}
				return
			}
		})
	}
	wg.Wait()
	assert.Zero(t, failures, "goroutines whose answers differed from the sequential run")
}
