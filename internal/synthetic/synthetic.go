// Package synthetic holds a small, frozen dataset of made-up jurisdictions
// (XA, XB, XC, in the user-assigned ISO range) and instruments, so that
// behaviour tests do not change when the real dataset is corrected.
package synthetic

import (
	"testing/fstest"

	"github.com/offencemap/offencemap/dualcrim"
	"github.com/offencemap/offencemap/jurisdictions"
)

// Registry loads the synthetic jurisdictions alone.
func Registry() (*jurisdictions.Registry, error) {
	return jurisdictions.LoadOnly(Jurisdictions(), nil)
}

// Checker returns a checker over the synthetic jurisdictions and
// instruments.
func Checker() (*dualcrim.Checker, error) {
	reg, err := Registry()
	if err != nil {
		return nil, err
	}
	ins, err := dualcrim.LoadInstruments(Instruments(), nil)
	if err != nil {
		return nil, err
	}
	return dualcrim.New(reg, ins)
}

// Jurisdictions returns the synthetic jurisdiction files.
func Jurisdictions() fstest.MapFS {
	return fstest.MapFS{
		"XA.yaml": {Data: []byte(xa)},
		"XB.yaml": {Data: []byte(xb)},
		"XC.yaml": {Data: []byte(xc)},
	}
}

// Instruments returns the synthetic instruments file.
func Instruments() fstest.MapFS {
	return fstest.MapFS{"instruments.yaml": {Data: []byte(instruments)}}
}

const xa = `code: XA
names: {en: "Xanadu", de: "Xanadu-Land"}
languages: [en]
dual_criminality_date: {at: conduct, source: "synthetic"}
acts:
  PC: ["Penal Code", "P.C."]
memberships:
  - {instrument: TREATY, from: 1990-01-01, source: synthetic}
  - {instrument: TREATY2, from: 1990-01-01, source: synthetic}
  - {instrument: FRAME, from: 2005-01-01, source: synthetic}
  - {instrument: CYBER, from: 2005-01-01, source: synthetic}
offences:
  - id: XA/PC/1
    citation: "s.1 Penal Code"
    aliases: ["swindle"]
    labels: {en: "Fraud", de: "Betrug"}
    categories: ["0701"]
    elements: [deception, gain, intent]
    list_category: fraud
    source: synthetic
    versions:
      - {to: 2009-12-31, max: 2y, source: synthetic}
      - {from: 2010-01-01, max: 5y, source: synthetic}
  - id: XA/PC/2
    citation: "s.2 Penal Code"
    labels: {en: "Theft"}
    categories: ["0502"]
    elements: [intent]
    source: synthetic
    versions:
      - {to: 2009-12-31, max: 6m, source: synthetic}
      - {from: 2010-01-01, max: 2y, source: synthetic}
  - id: XA/PC/3
    citation: "s.3 Penal Code"
    labels: {en: "Cartel"}
    categories: ["08.cartel"]
    elements: [agreement]
    source: synthetic
    versions:
      - {from: 2000-01-01, max: 3y, source: synthetic}
  - id: XA/PC/4
    citation: "s.4 Penal Code"
    labels: {en: "Computer fraud"}
    categories: ["0701.computer"]
    elements: [computer_system, gain]
    source: synthetic
    versions:
      - {max: 3y, source: synthetic}
  - id: XA/PC/5
    citation: "s.5(1)(a) Penal Code"
    labels: {en: "Tax evasion"}
    categories: ["08.tax"]
    elements: [fiscal_duty, false_statement]
    list_category: fraud
    source: synthetic
    versions:
      - {max: 4y, source: synthetic}
`

const xb = `code: XB
names: {en: "Xebec"}
languages: [en, fr]
covers:
  - {category: "0502"}
  - {category: "08.cartel"}
offences:
  - id: XB/SC/10
    citation: "art. 10 SC"
    labels: {en: "Fraud", fr: "Escroquerie"}
    categories: ["0701"]
    elements: [deception, loss, intent]
    source: synthetic
    versions:
      - {from: 2000-01-01, max: 4y, source: synthetic}
  - id: XB/SC/11
    citation: "art. 11 SC"
    labels: {en: "Theft"}
    categories: ["0502"]
    elements: [intent]
    source: synthetic
    versions:
      - {max: 8m, source: synthetic}
  - id: XB/SC/12
    citation: "art. 12 SC"
    labels: {en: "Cartel offence"}
    categories: ["08.cartel"]
    elements: [agreement, dishonesty]
    source: synthetic
    versions:
      - {from: 2015-01-01, max: 5y, source: synthetic}
  - id: XB/SC/14
    citation: "art. 14 SC"
    labels: {en: "Computer fraud"}
    categories: ["0701.computer"]
    elements: [computer_system]
    source: synthetic
    versions:
      - {max: 2y, source: synthetic}
  - id: XB/SC/15
    citation: "art. 15 SC"
    labels: {en: "Tax fraud"}
    categories: ["08.tax"]
    elements: [false_statement]
    source: synthetic
    versions:
      - {max: 3y, source: synthetic}
non_offences:
  - id: XB/NC/cartel
    categories: ["08.cartel"]
    to: 2014-12-31
    citation: "art. 12 SC (in force 2015-01-01)"
    labels: {en: "Cartel conduct not criminal before 2015"}
    source: synthetic
memberships:
  - {instrument: TREATY, from: 1990-01-01, source: synthetic}
  - {instrument: TREATY2, from: 1990-01-01, source: synthetic}
  - {instrument: FRAME, from: 2005-01-01, source: synthetic}
  - {instrument: CYBER, from: 2005-01-01, source: synthetic}
acts:
  SC: ["Strafcode"]
`

const xc = `code: XC
names: {en: "Xylo"}
languages: [en]
offences:
  - id: XC/CC/1
    citation: "art. 1 CC"
    labels: {en: "Theft"}
    categories: ["0502"]
    elements: [intent]
    source: synthetic
    versions:
      - {max: 3y, source: synthetic}
`

const instruments = `instruments:
  - id: FRAME
    name: {en: "Framework on surrender"}
    citation: "Framework 1"
    kinds: [surrender]
    from: 2005-01-01
    priority: 100
    dual_criminality: optional
    conduct_test: "Art C"
    thresholds:
      - {purpose: prosecution, side: requesting, measure: max_penalty, op: ge, months: 12, article: "Art 1"}
      - {purpose: sentence, side: requesting, measure: sentence_imposed, op: ge, months: 4, article: "Art 1"}
    list_waiver: {article: "Art 2", min_months: 36, categories: [fraud]}
    fiscal_proviso: "Art F"
    source: synthetic
  - id: CYBER
    name: {en: "Cyber convention"}
    citation: "Cyber 1"
    kinds: [extradition]
    priority: 70
    scope: ["0903", "0701.computer"]
    dual_criminality: required
    thresholds:
      - {side: both, measure: max_penalty, op: ge, months: 12, article: "Art 24"}
    source: synthetic
  - id: TREATY
    name: {en: "Extradition treaty"}
    citation: "Treaty 1"
    kinds: [extradition]
    priority: 50
    dual_criminality: required
    thresholds:
      - {side: both, measure: max_penalty, op: ge, months: 12, article: "Art 2(1)"}
    source: synthetic
  - id: TREATY2
    name: {en: "Treaty assessing at the conduct"}
    citation: "Treaty 2"
    kinds: [extradition]
    priority: 40
    assessment: conduct
    dual_criminality: required
    thresholds:
      - {side: both, measure: max_penalty, op: gt, months: 12, article: "Art 4(1)"}
    source: synthetic
  - id: NAT-XB
    name: {en: "Xebec extradition act"}
    citation: "Act 1"
    kinds: [extradition]
    requested: XB
    priority: 10
    dual_criminality: required
    thresholds:
      - {side: requested, measure: max_penalty, op: ge, months: 12, article: "s.3"}
    source: synthetic
`
