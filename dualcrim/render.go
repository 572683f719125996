package dualcrim

import (
	"strconv"
	"strings"

	"github.com/offencemap/offencemap/offences"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// languagePack is one language of the explanations: a sentence for each
// reason code, the words typed arguments are rendered with, and the plural
// forms of years and months.
type languagePack struct {
	tag       language.Tag
	sentences map[ReasonCode]string
	words     map[string]string
	// years and months are plural forms as plural.Selectf cases: "one",
	// "%d year", "other", "%d years" (with "few" and "many" where the
	// language has them).
	years, months []any
}

// packs are the languages of the explanations; English first, as the
// fallback.
var packs = []*languagePack{&packEN, &packDE, &packFR, &packES, &packIT, &packNL, &packPL}

// explanations is the catalog of every pack, built in code: no global
// default catalog is touched.
var explanations = buildCatalog()

func buildCatalog() catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	must := func(err error) {
		if err != nil {
			panic(err) // the packs are literals; a bad one is a programming error caught by the tests
		}
	}
	for _, p := range packs {
		for code, msg := range p.sentences {
			must(b.SetString(p.tag, string(code), msg))
		}
		for key, msg := range p.words {
			must(b.SetString(p.tag, key, msg))
		}
		must(b.Set(p.tag, "unit.years", plural.Selectf(1, "%d", p.years...)))
		must(b.Set(p.tag, "unit.months", plural.Selectf(1, "%d", p.months...)))
	}
	return b
}

var explanationMatcher = language.NewMatcher(explanations.Languages())

// bestLanguage returns the explanation language that best fits tag.
func bestLanguage(tag language.Tag) language.Tag {
	_, i, _ := explanationMatcher.Match(tag)
	return explanations.Languages()[i]
}

// renderer writes reasons and their arguments in one language.
type renderer struct {
	tag language.Tag
	p   *message.Printer
}

func newRenderer(tag language.Tag) renderer {
	l := bestLanguage(tag)
	return renderer{tag: l, p: message.NewPrinter(l, message.Catalog(explanations))}
}

// english renders in English, for String and JSON.
func english() renderer { return newRenderer(language.English) }

func (r renderer) reason(x Reason) string {
	args := make([]any, len(x.Args))
	for i, a := range x.Args {
		args[i] = r.arg(a)
	}
	if s := r.p.Sprintf(string(x.Code), args...); s != "" {
		return s
	}
	return string(x.Code)
}

func (r renderer) word(key string) string { return r.p.Sprintf(key) }

// arg renders one argument. Numbers of laws and dates are passed as text,
// never through the printer's number formatting, so no locale grouping
// reaches an article number or a year.
func (r renderer) arg(a Arg) string {
	switch a.Kind {
	case ArgDate:
		return a.Date.String()
	case ArgPenalty:
		switch a.Penalty.Kind {
		case offences.Custodial:
			return r.months(a.Penalty.Months)
		case offences.Life:
			return r.word("penalty.life")
		case offences.FineOnly:
			return r.word("penalty.fine")
		default:
			return r.word("penalty.none")
		}
	case ArgMonths:
		return r.months(a.Months)
	case ArgThreshold:
		return r.p.Sprintf("threshold."+a.Text, r.months(a.Months))
	case ArgSide:
		return r.word("side." + a.Text)
	case ArgConfidence:
		return r.word("confidence." + Confidence(a.Months).String())
	case ArgVerdict:
		return r.word("verdict." + Verdict(a.Months).String())
	case ArgMeasure:
		return r.word("measure." + a.Text)
	case ArgLabel:
		if s, _ := a.Labels.Get(r.tag); s != "" {
			return s
		}
		return a.Text
	case ArgOffence:
		if s, ok := r.ownLabel(a.Labels); ok {
			return s
		}
		return officialName(a.Labels, a.Text)
	case ArgCategory:
		if s, ok := r.ownLabel(a.Labels); ok {
			return s
		}
		return a.Text
	case ArgListCategory:
		if s, ok := r.ownLabel(a.Labels); ok {
			return s
		}
		return r.p.Sprintf("list.item", strconv.Itoa(a.Months))
	case ArgElements:
		if a.vocab != nil {
			return r.elementLabels(a.Elements, a.vocab)
		}
		return joinElements(a.Elements)
	default:
		return a.Text
	}
}

// ownLabel returns the label in the reader's language, if there is one:
// categories are not written in another language inside a sentence.
func (r renderer) ownLabel(l offences.Labels) (string, bool) {
	s, _, ok := l.Match(r.tag)
	return s, ok
}

// OffenceName is the name of an offence for a reader of tag: in the
// reader's language where the record has it, else in the jurisdiction's
// own language (the records give the official language(s) and English),
// else in English. Explanations name offences the same way.
func OffenceName(o offences.Offence, tag language.Tag) string {
	return newRenderer(tag).arg(OffenceArg(o.ID, o.Labels))
}

// officialName is an offence's name in a language other than English (the
// records give the official language(s) and English), else English, else
// the ID.
func officialName(l offences.Labels, id string) string {
	name := ""
	l.Each(func(tag language.Tag, text string) {
		if b, _ := tag.Base(); name == "" && b.String() != "en" {
			name = text
		}
	})
	if name == "" {
		name = l.English()
	}
	if name == "" {
		return id
	}
	return name
}

// elementLabels writes elements by their labels in the reader's language,
// separated by semicolons (labels are clauses that may hold commas).
func (r renderer) elementLabels(es []offences.Element, v *offences.Vocabulary) string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteString("; ")
		}
		info, err := v.Element(e)
		label, _ := info.Labels.Get(r.tag)
		if err != nil || label == "" {
			label = string(e)
		}
		b.WriteString(label)
	}
	return b.String()
}

// months writes a duration as thresholds are written: "6 months",
// "12 months", "3 years", "2 years 6 months".
func (r renderer) months(n int) string {
	y, m := n/12, n%12
	switch {
	case y == 0 || n == 12:
		return r.p.Sprintf("unit.months", n)
	case m == 0:
		return r.p.Sprintf("unit.years", y)
	default:
		return r.p.Sprintf("unit.years_months", r.p.Sprintf("unit.years", y), r.p.Sprintf("unit.months", m))
	}
}

// Text names the verdict in the language that best fits tag ("not
// satisfied", "nicht erfüllt", "niespełniona").
func (v Verdict) Text(tag language.Tag) string { return newRenderer(tag).arg(VerdictArg(v)) }

// Text names the confidence in the language that best fits tag.
func (c Confidence) Text(tag language.Tag) string { return newRenderer(tag).arg(ConfidenceArg(c)) }

// Text names the side in the language that best fits tag ("requested
// state", "État requis").
func (s Side) Text(tag language.Tag) string { return newRenderer(tag).arg(SideArg(s)) }

// PenaltyText writes a penalty in the language that best fits tag, with
// that language's plurals ("5 years", "5 Jahre", "5 lat", "life
// imprisonment").
func PenaltyText(p offences.Penalty, tag language.Tag) string {
	return newRenderer(tag).arg(PenaltyArg(p))
}

// ThresholdText writes a threshold in the language that best fits tag
// ("at least 3 years", "mehr als 12 Monate").
func ThresholdText(t Threshold, tag language.Tag) string {
	return newRenderer(tag).arg(ThresholdArg(t))
}
