package offences

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// Labels are the names of one thing in several languages. The zero value
// has no labels. Labels are immutable once made.
type Labels struct {
	tags  []language.Tag
	texts []string
}

// NewLabels builds labels from BCP 47 tags to texts. Every tag must parse
// and every text must be non-empty.
func NewLabels(m map[string]string) (Labels, error) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var l Labels
	for _, k := range keys {
		tag, err := language.Parse(k)
		if err != nil {
			return Labels{}, fmt.Errorf("%w: %q is not a language tag", ErrInvalid, k)
		}
		text := strings.TrimSpace(m[k])
		if text == "" {
			return Labels{}, fmt.Errorf("%w: empty label for language %q", ErrInvalid, k)
		}
		l.tags = append(l.tags, tag)
		l.texts = append(l.texts, text)
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
func (l Labels) Len() int { return len(l.tags) }

// Tags returns the languages labelled, in a fresh slice.
func (l Labels) Tags() []language.Tag { return slices.Clone(l.tags) }

// Has reports whether there is a label for exactly this tag.
func (l Labels) Has(tag language.Tag) bool { return slices.Contains(l.tags, tag) }

// Get returns the label that best fits the reader's preferences and the
// tag actually used. For each preference it tries the tag and its parents
// (de-CH → de, pt-BR → pt); without a fit it falls back to English, then to
// the first label. It returns "" and language.Und only for empty Labels.
func (l Labels) Get(prefs ...language.Tag) (string, language.Tag) {
	for _, p := range prefs {
		for t := p; ; t = t.Parent() {
			if i := slices.Index(l.tags, t); i >= 0 {
				return l.texts[i], l.tags[i]
			}
			if t.IsRoot() {
				break
			}
		}
	}
	if i := slices.Index(l.tags, language.English); i >= 0 {
		return l.texts[i], l.tags[i]
	}
	if len(l.tags) > 0 {
		return l.texts[0], l.tags[0]
	}
	return "", language.Und
}

// English returns the English label, or "" when there is none.
func (l Labels) English() string {
	if i := slices.Index(l.tags, language.English); i >= 0 {
		return l.texts[i]
	}
	return ""
}

// Each calls f for every label in tag order.
func (l Labels) Each(f func(tag language.Tag, text string)) {
	for i, t := range l.tags {
		f(t, l.texts[i])
	}
}

// MarshalJSON writes the labels as an object from tag to text.
func (l Labels) MarshalJSON() ([]byte, error) {
	m := make(map[string]string, len(l.tags))
	for i, t := range l.tags {
		m[t.String()] = l.texts[i]
	}
	return json.Marshal(m)
}
