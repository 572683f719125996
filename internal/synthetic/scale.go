package synthetic

import (
	"fmt"
	"strconv"
	"strings"
	"testing/fstest"

	"github.com/offencemap/offencemap/offences"
)

// The instruments of a Scale dataset.
const (
	// ScaleTreaty is the extradition treaty binding every generated
	// jurisdiction: dual criminality required, both sides punishable by at
	// least 12 months.
	ScaleTreaty = "SCALE"
	// ScaleSurrender is the surrender framework binding every generated
	// jurisdiction from 2004: dual criminality optional, a list waiver for
	// every list category at 36 months.
	ScaleSurrender = "SCALE-SURRENDER"
)

// MaxScaleJurisdictions is the largest number of jurisdictions Scale can
// name: XA…XZ, then XA-001…XZ-999.
const MaxScaleJurisdictions = 26 + 26*999

// ScaleCode returns the code of the i-th generated jurisdiction (from 0):
// "XA"…"XZ" for the first 26, then sub-state codes "XA-001"…"XA-999",
// "XB-001"… All start with a user-assigned ISO 3166-1 region.
func ScaleCode(i int) string {
	if i < 0 || i >= MaxScaleJurisdictions {
		panic(fmt.Sprintf("synthetic: jurisdiction index %d outside 0…%d", i, MaxScaleJurisdictions-1))
	}
	if i < 26 {
		return "X" + string(rune('A'+i))
	}
	i -= 26
	return fmt.Sprintf("X%c-%03d", 'A'+i/999, i%999+1)
}

// ScaleOffenceID returns the ID of the k-th offence (from 0) of the
// jurisdiction with the given code.
func ScaleOffenceID(code string, k int) string {
	return code + "/SC/" + strconv.Itoa(k+1)
}

// Scale generates a dataset of n jurisdictions (codes from ScaleCode) with
// m offences each, and the instruments file they refer to. The output is
// deterministic, and the file of jurisdiction i depends only on i and m: a
// file taken out of a large dataset loads to the same jurisdiction on its
// own.
//
// The k-th offence of every jurisdiction has the same categories (spread
// over the whole taxonomy of offences.DefaultVocabulary) and the same
// elements (spread over the element vocabulary), so that offence k of one
// jurisdiction is the exact equivalent of offence k of another. Penalties,
// version dates, labels and list categories vary with both i and k. Every
// offence has one to three versions; each jurisdiction claims one complete
// category, records one non-offence, and is a member of ScaleTreaty and
// ScaleSurrender.
func Scale(jurisdictions, offencesEach int) (jurs fstest.MapFS, instruments fstest.MapFS) {
	if jurisdictions < 0 || jurisdictions > MaxScaleJurisdictions {
		panic(fmt.Sprintf("synthetic: %d jurisdictions, want 0…%d", jurisdictions, MaxScaleJurisdictions))
	}
	if offencesEach < 0 {
		panic(fmt.Sprintf("synthetic: %d offences, want at least 0", offencesEach))
	}
	g := newScaleGen()
	jurs = make(fstest.MapFS, jurisdictions)
	var b strings.Builder
	for i := range jurisdictions {
		b.Reset()
		code := ScaleCode(i)
		g.jurisdiction(&b, i, code, offencesEach)
		jurs[code+".yaml"] = &fstest.MapFile{Data: []byte(b.String())}
	}
	return jurs, fstest.MapFS{"instruments.yaml": {Data: []byte(g.instruments())}}
}

type scaleGen struct {
	cats  []string
	elems []string
	lists []string
}

func newScaleGen() *scaleGen {
	v := offences.DefaultVocabulary()
	g := &scaleGen{}
	for _, c := range v.Categories() {
		g.cats = append(g.cats, string(c.Code))
	}
	for _, e := range v.Elements() {
		g.elems = append(g.elems, string(e.Name))
	}
	for _, l := range v.ListCategories() {
		g.lists = append(g.lists, string(l.Key))
	}
	return g
}

func (g *scaleGen) instruments() string {
	var b strings.Builder
	b.WriteString(`instruments:
  - id: ` + ScaleSurrender + `
    name: {en: "Synthetic surrender framework"}
    citation: "Scale Framework"
    kinds: [surrender]
    from: 2004-01-01
    priority: 100
    dual_criminality: optional
    conduct_test: "Art 3"
    thresholds:
      - {purpose: prosecution, side: requesting, measure: max_penalty, op: ge, months: 12, article: "Art 1(1)"}
      - {purpose: sentence, side: requesting, measure: sentence_imposed, op: ge, months: 4, article: "Art 1(1)"}
    list_waiver:
      article: "Art 2(2)"
      min_months: 36
      categories: [`)
	b.WriteString(strings.Join(g.lists, ", "))
	b.WriteString(`]
    source: synthetic
  - id: ` + ScaleTreaty + `
    name: {en: "Synthetic extradition treaty"}
    citation: "Scale Treaty"
    kinds: [extradition]
    from: 1990-01-01
    priority: 50
    dual_criminality: required
    thresholds:
      - {side: both, measure: max_penalty, op: ge, months: 12, article: "Art 2(1)"}
    source: synthetic
`)
	return b.String()
}

// jurisdiction writes the file of the i-th jurisdiction.
func (g *scaleGen) jurisdiction(b *strings.Builder, i int, code string, m int) {
	b.Grow(256 + 240*m)
	w := b.WriteString
	w("code: " + code + "\n")
	if len(code) > 2 {
		w("parent: " + code[:2] + "\n")
	}
	w(`names: {en: "Synthetic ` + code + `"}` + "\n")
	french := i%3 == 1
	if french {
		w("languages: [en, fr]\n")
	} else {
		w("languages: [en]\n")
	}
	switch i % 3 {
	case 0:
		w("dual_criminality_date: {at: conduct, source: synthetic}\n")
	case 1:
		w("dual_criminality_date: {at: decision, source: synthetic}\n")
	}
	w("acts:\n  SC: [\"Scale Code\", \"S.C.\"]\n")
	if len(g.cats) > 0 {
		w(`covers:` + "\n" + `  - {category: "` + g.cats[(i*7)%len(g.cats)] + `", from: 2000-01-01, note: synthetic}` + "\n")
	}
	w("memberships:\n")
	w("  - {instrument: " + ScaleTreaty + ", from: 1990-01-01, source: synthetic}\n")
	w("  - {instrument: " + ScaleSurrender + ", from: 2004-01-01, source: synthetic}\n")
	if m > 0 {
		w("offences:\n")
	}
	for k := range m {
		g.offence(b, i, code, k, french)
	}
	if len(g.cats) > 0 {
		w("non_offences:\n")
		w(`  - {id: ` + code + `/NC/1, categories: ["` + g.cats[(i*11+3)%len(g.cats)] +
			`"], to: 1989-12-31, citation: "s.0 Scale Code", labels: {en: "Not an offence before 1990"}, source: synthetic}` + "\n")
	}
}

// offence writes the k-th offence of jurisdiction i as one flow mapping.
func (g *scaleGen) offence(b *strings.Builder, i int, code string, k int, french bool) {
	w := b.WriteString
	n := strconv.Itoa(k + 1)
	w("  - {id: " + ScaleOffenceID(code, k) + `, citation: "s.` + n + ` Scale Code"`)
	if k%10 == 0 {
		w(`, aliases: ["scale offence ` + n + `"]`)
	}
	w(`, labels: {en: "Scale offence ` + n + `"`)
	if french {
		w(`, fr: "Infraction ` + n + `"`)
	}
	w("}, categories: [")
	if nc := len(g.cats); nc > 0 {
		c1 := k % nc
		w(`"` + g.cats[c1] + `"`)
		if c2 := (k*3 + 1) % nc; k%5 == 0 && c2 != c1 {
			w(`, "` + g.cats[c2] + `"`)
		}
	}
	w("], elements: [")
	if ne := len(g.elems); ne > 0 {
		e1 := k % ne
		w(g.elems[e1])
		if e2 := (k/ne + k + 1) % ne; k%2 == 0 && e2 != e1 {
			w(", " + g.elems[e2])
		}
	}
	w("]")
	if len(g.lists) > 0 && (k+i)%4 == 0 {
		w(", list_category: " + g.lists[k%len(g.lists)])
	}
	w(", source: synthetic, versions: [")
	cut := 1995 + (i+k)%10 // a year from 1995 to 2004
	switch k % 3 {
	case 0:
		w("{max: " + scalePenalty(i, k, 0) + ", source: synthetic}")
	case 1:
		y := strconv.Itoa(cut)
		w("{to: " + y + "-12-31, max: " + scalePenalty(i, k, 0) + ", source: synthetic}, ")
		w("{from: " + strconv.Itoa(cut+1) + "-01-01, max: " + scalePenalty(i, k, 1) + ", source: synthetic}")
	default:
		y1, y2 := strconv.Itoa(cut-5), strconv.Itoa(cut+5)
		w("{to: " + y1 + "-06-30, max: " + scalePenalty(i, k, 0) + ", source: synthetic}, ")
		w("{from: " + y1 + "-07-01, to: " + y2 + "-12-31, max: " + scalePenalty(i, k, 1) + ", source: synthetic}, ")
		w("{from: " + strconv.Itoa(cut+6) + "-01-01, max: " + scalePenalty(i, k, 2) + ", min: 6m, source: synthetic}")
	}
	w("]}\n")
}

// scalePenalty is the maximum of version v of offence k in jurisdiction i:
// mostly one to ten years, now and then six months (below the thresholds)
// or life.
func scalePenalty(i, k, v int) string {
	switch h := (i*31 + k*17 + v*7) % 23; {
	case h == 0:
		return "6m"
	case h == 1:
		return "life"
	default:
		return strconv.Itoa(1+(k+v+i)%10) + "y"
	}
}
