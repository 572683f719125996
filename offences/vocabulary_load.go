package offences

import (
	"fmt"
	"io/fs"

	"github.com/offencemap/offencemap/internal/yamlx"
)

type rawCategory struct {
	Code   Category          `yaml:"code"`
	Labels map[string]string `yaml:"labels"`
	Note   string            `yaml:"note"`
	Fiscal bool              `yaml:"fiscal"`
	Source string            `yaml:"source"`
	line   int
}

func (r *rawCategory) SetLine(n int) { r.line = n }

type rawElement struct {
	Name   Element           `yaml:"name"`
	Labels map[string]string `yaml:"labels"`
	Source string            `yaml:"source"`
	line   int
}

func (r *rawElement) SetLine(n int) { r.line = n }

type rawListCategory struct {
	Key    ListCategory      `yaml:"key"`
	Number int               `yaml:"number"`
	Labels map[string]string `yaml:"labels"`
	Source string            `yaml:"source"`
	line   int
}

func (r *rawListCategory) SetLine(n int) { r.line = n }

// LoadVocabulary reads taxonomy.yaml, elements.yaml and list_categories.yaml
// from fsys and validates them together. The error, if any, lists every
// problem found, each a *yamlx.Error with file and line.
func LoadVocabulary(fsys fs.FS) (*Vocabulary, error) {
	var errs []*yamlx.Error
	read := func(name string, v any) {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, &yamlx.Error{File: name, Msg: err.Error()})
			return
		}
		errs = append(errs, yamlx.Decode(name, b, v)...)
	}
	var tax struct {
		Categories []*rawCategory `yaml:"categories"`
	}
	var els struct {
		Elements []*rawElement `yaml:"elements"`
	}
	var lists struct {
		ListCategories []*rawListCategory `yaml:"list_categories"`
	}
	read(TaxonomyFile, &tax)
	read(ElementsFile, &els)
	read(ListCategoriesFile, &lists)

	v := &Vocabulary{
		categories: make(map[Category]*CategoryInfo, len(tax.Categories)),
		elements:   make(map[Element]*ElementInfo, len(els.Elements)),
		lists:      make(map[ListCategory]*ListCategoryInfo, len(lists.ListCategories)),
	}
	bad := func(file string, line int, format string, args ...any) {
		errs = append(errs, &yamlx.Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	labels := func(file string, line int, m map[string]string) Labels {
		l, err := NewLabels(m)
		if err != nil {
			bad(file, line, "%v", err)
			return Labels{}
		}
		if l.English() == "" {
			bad(file, line, "no English label")
		}
		return l
	}
	for _, r := range tax.Categories {
		if r.Code == "" {
			bad(TaxonomyFile, r.line, "category without a code")
			continue
		}
		if _, dup := v.categories[r.Code]; dup {
			bad(TaxonomyFile, r.line, "category %q defined twice", r.Code)
			continue
		}
		if r.Source == "" {
			bad(TaxonomyFile, r.line, "category %q has no source", r.Code)
		}
		v.categories[r.Code] = &CategoryInfo{Code: r.Code, Labels: labels(TaxonomyFile, r.line, r.Labels),
			Extension: r.Code.IsExtension(), Fiscal: r.Fiscal, Note: r.Note, Source: r.Source}
	}
	for _, r := range tax.Categories {
		if r.Code == "" || len(r.Code) == 2 {
			continue
		}
		if !v.HasCategory(r.Code.Section()) {
			bad(TaxonomyFile, r.line, "category %q lies in section %q, which is not defined", r.Code, r.Code.Section())
		}
		if r.Code.IsExtension() && !v.HasCategory(r.Code.Parent()) {
			bad(TaxonomyFile, r.line, "extension %q extends %q, which is not defined", r.Code, r.Code.Parent())
		}
		if r.Code.IsExtension() && r.Note == "" {
			bad(TaxonomyFile, r.line, "extension %q needs a note saying why ICCS is too coarse", r.Code)
		}
	}
	for _, r := range els.Elements {
		if r.Name == "" {
			bad(ElementsFile, r.line, "element without a name")
			continue
		}
		if _, dup := v.elements[r.Name]; dup {
			bad(ElementsFile, r.line, "element %q defined twice", r.Name)
			continue
		}
		v.elements[r.Name] = &ElementInfo{Name: r.Name, Labels: labels(ElementsFile, r.line, r.Labels), Source: r.Source}
	}
	numbers := map[int]bool{}
	for _, r := range lists.ListCategories {
		if r.Key == "" {
			bad(ListCategoriesFile, r.line, "list category without a key")
			continue
		}
		if _, dup := v.lists[r.Key]; dup {
			bad(ListCategoriesFile, r.line, "list category %q defined twice", r.Key)
			continue
		}
		if r.Number <= 0 || numbers[r.Number] {
			bad(ListCategoriesFile, r.line, "list category %q needs a unique positive number", r.Key)
		}
		numbers[r.Number] = true
		if r.Source == "" {
			bad(ListCategoriesFile, r.line, "list category %q has no source", r.Key)
		}
		v.lists[r.Key] = &ListCategoryInfo{Key: r.Key, Number: r.Number, Labels: labels(ListCategoriesFile, r.line, r.Labels), Source: r.Source}
	}
	if err := yamlx.Join(errs); err != nil {
		return nil, err
	}
	return v, nil
}
