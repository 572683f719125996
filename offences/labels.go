package offences

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/text/language"
)

// Labels are the names of one thing in several languages. The zero value
// has no labels. Labels are immutable once made and safe for concurrent
// use.
type Labels struct {
	texts []string
	// langs holds the languages of texts, in order, with their matcher;
	// labels in the same languages share it (a dataset has thousands of
	// labels in a handful of language sets).
	langs *matcher
}

// tags are the languages of the labels, in the order of texts.
func (l Labels) tags() []language.Tag {
	if l.langs == nil {
		return nil
	}
	return l.langs.tags
}

// matcher is a language.Matcher over one set of languages with a memo of
// its answers, shared by every Labels in those languages: a dataset's
// thousands of labels use a handful of sets, and readers a handful of tags.
type matcher struct {
	tags  []language.Tag
	m     language.Matcher
	memo  sync.Map // language.Tag → int (label index, -1: no fit)
	count atomic.Int32
}

// maxMemo bounds each memo: tags come from readers (a server's lang
// parameter), so they must not grow memory without limit.
const maxMemo = 256

var matchers sync.Map // string (tags joined) → *matcher

func matcherFor(tags []language.Tag) *matcher {
	var b strings.Builder
	for _, t := range tags {
		b.WriteString(t.String())
		b.WriteByte(' ')
	}
	key := b.String()
	if m, ok := matchers.Load(key); ok {
		return m.(*matcher)
	}
	m, _ := matchers.LoadOrStore(key, &matcher{tags: tags, m: language.NewMatcher(tags)})
	return m.(*matcher)
}

// index is the label that fits reader tag p, or -1: the matcher's choice
// when it is exact or the same language in another region or script.
func (m *matcher) index(p language.Tag) int {
	if i, ok := m.memo.Load(p); ok {
		return i.(int)
	}
	i := -1
	if _, j, c := m.m.Match(p); c == language.Exact || c == language.High && sameLanguage(p, m.tags[j]) {
		i = j
	}
	if m.count.Load() < maxMemo {
		m.count.Add(1)
		m.memo.Store(p, i)
	}
	return i
}

// NewLabels builds labels from BCP 47 tags to texts. Every tag must parse
// and every text must be non-empty.
func NewLabels(m map[string]string) (Labels, error) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var (
		l    Labels
		tags []language.Tag
	)
	for _, k := range keys {
		tag, err := language.Parse(k)
		if err != nil {
			return Labels{}, fmt.Errorf("%w: %q is not a language tag", ErrInvalid, k)
		}
		text := strings.TrimSpace(m[k])
		if text == "" {
			return Labels{}, fmt.Errorf("%w: empty label for language %q", ErrInvalid, k)
		}
		tags = append(tags, tag)
		l.texts = append(l.texts, text)
	}
	if len(tags) > 0 {
		l.langs = matcherFor(tags)
	}
	return l, nil
}

// MustLabels is like NewLabels but panics on bad input; for literals.
func MustLabels(m map[string]string) Labels {
	l, err := NewLabels(m)
	if err != nil {
		panic(err)
	}
	return l
}

// Len is the number of languages labelled.
func (l Labels) Len() int { return len(l.texts) }

// Tags returns the languages labelled, in a fresh slice.
func (l Labels) Tags() []language.Tag { return slices.Clone(l.tags()) }

// Has reports whether there is a label for exactly this tag.
func (l Labels) Has(tag language.Tag) bool { return slices.Contains(l.tags(), tag) }

// Match returns the label in the reader's language and the tag it is
// labelled with: an exact match, or, through a language.Matcher over the
// labelled languages, a regional or script variant of the same language
// (pt-BR → pt, de-CH → de, sh → sr-Latn). A related but different
// language does not match (nb gets no Danish label, af no Dutch one):
// legal terms differ even where readers understand each other. ok is
// false when the labels have nothing in that language.
func (l Labels) Match(tag language.Tag) (text string, used language.Tag, ok bool) {
	tags := l.tags()
	if i := slices.Index(tags, tag); i >= 0 {
		return l.texts[i], tags[i], true
	}
	if l.langs != nil {
		if i := l.langs.index(tag); i >= 0 {
			return l.texts[i], tags[i], true
		}
	}
	return "", language.Und, false
}

// Get returns the label that best fits the reader's preferences and the
// tag actually used: the first preference that Match finds, else English,
// else the first label. It returns "" and language.Und only for empty
// Labels.
func (l Labels) Get(prefs ...language.Tag) (string, language.Tag) {
	for _, p := range prefs {
		if text, used, ok := l.Match(p); ok {
			return text, used
		}
	}
	tags := l.tags()
	if i := slices.Index(tags, language.English); i >= 0 {
		return l.texts[i], tags[i]
	}
	if len(tags) > 0 {
		return l.texts[0], tags[0]
	}
	return "", language.Und
}

// sameLanguage reports whether two tags name the same language, whatever
// their regions and scripts.
func sameLanguage(a, b language.Tag) bool {
	ba, _ := a.Base()
	bb, _ := b.Base()
	return ba == bb
}

// English returns the English label, or "" when there is none.
func (l Labels) English() string {
	if i := slices.Index(l.tags(), language.English); i >= 0 {
		return l.texts[i]
	}
	return ""
}

// Each calls f for every label in tag order.
func (l Labels) Each(f func(tag language.Tag, text string)) {
	for i, t := range l.tags() {
		f(t, l.texts[i])
	}
}

// MarshalJSON writes the labels as an object from tag to text.
func (l Labels) MarshalJSON() ([]byte, error) {
	m := make(map[string]string, len(l.texts))
	for i, t := range l.tags() {
		m[t.String()] = l.texts[i]
	}
	return json.Marshal(m)
}
