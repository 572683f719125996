package offences

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"sync"
)

// CategoryInfo describes one node of the taxonomy.
type CategoryInfo struct {
	Code   Category
	Labels Labels
	// Extension is true for library extensions below an ICCS node.
	Extension bool
	// Fiscal marks conduct against taxes, duties, customs or exchange
	// rules, to which the fiscal provisos of instruments speak.
	Fiscal bool
	// Note says why an extension exists or what a node excludes.
	Note   string
	Source string
}

// ElementInfo describes one element of the vocabulary.
type ElementInfo struct {
	Name   Element
	Labels Labels
	Source string
}

// ListCategoryInfo describes one list category (e.g. of the European arrest
// warrant's Article 2(2) list).
type ListCategoryInfo struct {
	Key ListCategory
	// Number is its position in the published list.
	Number int
	Labels Labels
	Source string
}

// Vocabulary is the controlled vocabulary datasets are written in: the
// taxonomy of conduct categories, the elements, and the list categories.
// A Vocabulary is immutable and safe for concurrent use.
type Vocabulary struct {
	categories map[Category]*CategoryInfo
	elements   map[Element]*ElementInfo
	lists      map[ListCategory]*ListCategoryInfo
}

// Category returns the description of a category code, or an error wrapping
// ErrUnknown (or ErrInvalid for a malformed code).
func (v *Vocabulary) Category(code Category) (CategoryInfo, error) {
	if _, err := ParseCategory(string(code)); err != nil {
		return CategoryInfo{}, err
	}
	c, ok := v.categories[code]
	if !ok {
		return CategoryInfo{}, fmt.Errorf("%w: category %q is not in the taxonomy", ErrUnknown, code)
	}
	return *c, nil
}

// HasCategory reports whether the taxonomy defines code.
func (v *Vocabulary) HasCategory(code Category) bool { _, ok := v.categories[code]; return ok }

// Categories returns every category, sorted by code.
func (v *Vocabulary) Categories() []CategoryInfo {
	out := make([]CategoryInfo, 0, len(v.categories))
	for _, c := range v.categories {
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b CategoryInfo) int { return compareStrings(string(a.Code), string(b.Code)) })
	return out
}

// Element returns the description of an element, or an error wrapping
// ErrUnknown.
func (v *Vocabulary) Element(e Element) (ElementInfo, error) {
	x, ok := v.elements[e]
	if !ok {
		return ElementInfo{}, fmt.Errorf("%w: element %q is not in the vocabulary", ErrUnknown, e)
	}
	return *x, nil
}

// HasElement reports whether the vocabulary defines e.
func (v *Vocabulary) HasElement(e Element) bool { _, ok := v.elements[e]; return ok }

// Elements returns every element, sorted by name.
func (v *Vocabulary) Elements() []ElementInfo {
	out := make([]ElementInfo, 0, len(v.elements))
	for _, e := range v.elements {
		out = append(out, *e)
	}
	slices.SortFunc(out, func(a, b ElementInfo) int { return compareStrings(string(a.Name), string(b.Name)) })
	return out
}

// ListCategory returns the description of a list category, or an error
// wrapping ErrUnknown.
func (v *Vocabulary) ListCategory(k ListCategory) (ListCategoryInfo, error) {
	x, ok := v.lists[k]
	if !ok {
		return ListCategoryInfo{}, fmt.Errorf("%w: list category %q is not in the vocabulary", ErrUnknown, k)
	}
	return *x, nil
}

// HasListCategory reports whether the vocabulary defines k.
func (v *Vocabulary) HasListCategory(k ListCategory) bool { _, ok := v.lists[k]; return ok }

// ListCategories returns every list category in published order.
func (v *Vocabulary) ListCategories() []ListCategoryInfo {
	out := make([]ListCategoryInfo, 0, len(v.lists))
	for _, x := range v.lists {
		out = append(out, *x)
	}
	slices.SortFunc(out, func(a, b ListCategoryInfo) int { return a.Number - b.Number })
	return out
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

//go:embed data/*.yaml
var data embed.FS

// The file names of a vocabulary inside a file system.
const (
	TaxonomyFile       = "taxonomy.yaml"
	ElementsFile       = "elements.yaml"
	ListCategoriesFile = "list_categories.yaml"
)

var defaultVocabulary = sync.OnceValues(func() (*Vocabulary, error) {
	sub, err := fs.Sub(data, "data")
	if err != nil {
		return nil, err
	}
	return LoadVocabulary(sub)
})

// DefaultVocabulary returns the vocabulary embedded in this package. It
// panics only if the embedded data is corrupt, which the package's tests
// rule out.
func DefaultVocabulary() *Vocabulary {
	v, err := defaultVocabulary()
	if err != nil {
		panic("offences: embedded vocabulary is invalid: " + err.Error())
	}
	return v
}

// DataVersion identifies the state of the embedded legal data of this
// module (vocabulary and default datasets), like x/text's CLDR version.
const DataVersion = "2026-11-23.4"
