package offences

import (
	"errors"
	"testing"
	"testing/fstest"

	"github.com/offencemap/offencemap/internal/yamlx"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestDefaultVocabulary(t *testing.T) {
	v := DefaultVocabulary()
	// ICCS v1.0 has 11 sections.
	for _, s := range []Category{"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11"} {
		assert.True(t, v.HasCategory(s), s)
	}
	// The European arrest warrant list has 32 categories (FD 2002/584/JHA Art 2(2)).
	lists := v.ListCategories()
	require.Len(t, lists, 32)
	assert.Equal(t, ListCategory("criminal_organisation"), lists[0].Key)
	assert.Equal(t, ListCategory("sabotage"), lists[31].Key)
	for _, e := range []Element{"violence", "threat", "deception", "gain", "loss", "public_official", "computer_system",
		"without_right", "minor_victim", "organised_group", "public", "intent"} {
		assert.True(t, v.HasElement(e), e)
	}
	corruption, err := v.ListCategory("corruption")
	require.NoError(t, err)
	text, tag := corruption.Labels.Get(language.German)
	assert.Equal(t, "Korruption", text, "German text of FD 2002/584/JHA Art 2(2), item 7")
	assert.Equal(t, language.German, tag)
	text, _ = corruption.Labels.Get(language.MustParse("es-MX"))
	assert.Equal(t, "corrupción", text, "Spanish text, item 7; es-MX falls back to es")
	text, _ = corruption.Labels.Get(language.Polish)
	assert.Equal(t, "corruption", text, "no Polish text read yet: English")
	info, err := v.Category("08.tax")
	require.NoError(t, err)
	assert.True(t, info.Fiscal)
	assert.True(t, info.Extension)
	_, err = v.Category("0799")
	assert.ErrorIs(t, err, ErrUnknown)
}

func TestLoadVocabularyReportsEveryProblem(t *testing.T) {
	fsys := fstest.MapFS{
		TaxonomyFile: {Data: []byte(`categories:
  - {code: "07", labels: {en: "Fraud and corruption"}, source: s}
  - {code: "07", labels: {en: "again"}, source: s}
  - {code: "0801", labels: {en: "no section"}, source: s}
  - {code: "07.x", labels: {fr: "sans anglais"}, source: s}
  - {code: "0701", labels: {en: "no source"}}
`)},
		ElementsFile:       {Data: []byte("elements:\n  - {name: intent, labels: {en: intent}, colour: red}\n")},
		ListCategoriesFile: {Data: []byte("list_categories:\n  - {key: fraud, number: 0, labels: {en: fraud}}\n")},
	}
	_, err := LoadVocabulary(fsys)
	require.Error(t, err)
	var problems []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var ye *yamlx.Error
		require.True(t, errors.As(e, &ye))
		problems = append(problems, ye.Error())
	}
	assert.Contains(t, problems, `taxonomy.yaml:3: category "07" defined twice`)
	assert.Contains(t, problems, `taxonomy.yaml:4: category "0801" lies in section "08", which is not defined`)
	assert.Contains(t, problems, `taxonomy.yaml:5: no English label`)
	assert.Contains(t, problems, `taxonomy.yaml:5: extension "07.x" needs a note saying why ICCS is too coarse`)
	assert.Contains(t, problems, `taxonomy.yaml:6: category "0701" has no source`)
	assert.Contains(t, problems, `elements.yaml:2: unknown key "colour" (known: name, labels, source)`)
	assert.Contains(t, problems, `list_categories.yaml:2: list category "fraud" needs a unique positive number`)
}
