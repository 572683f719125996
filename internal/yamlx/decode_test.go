package yamlx

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type item struct {
	Name  string            `yaml:"name"`
	Count int               `yaml:"count"`
	On    bool              `yaml:"on"`
	Tags  []string          `yaml:"tags"`
	Attrs map[string]string `yaml:"attrs"`
	line  int
}

func (i *item) SetLine(n int) { i.line = n }

type doc struct {
	Items []*item `yaml:"items"`
}

func TestDecode(t *testing.T) {
	src := "items:\n  - name: a\n    count: 2\n    on: true\n    tags: [x, y]\n    attrs: {k: v}\n  - name: b\n"
	var d doc
	require.Empty(t, Decode("f.yaml", []byte(src), &d))
	require.Len(t, d.Items, 2)
	assert.Equal(t, item{Name: "a", Count: 2, On: true, Tags: []string{"x", "y"}, Attrs: map[string]string{"k": "v"}, line: 2}, *d.Items[0])
	assert.Equal(t, 7, d.Items[1].line)
}

func TestDecodeReportsEveryProblem(t *testing.T) {
	src := "items:\n  - name: a\n    colour: red\n    count: many\n  - name: [b]\n    on: yes\n    name: c\n"
	var d doc
	errs := Decode("f.yaml", []byte(src), &d)
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	assert.Equal(t, []string{
		`f.yaml:3: unknown key "colour" (known: name, count, on, tags, attrs)`,
		`f.yaml:4: expected a whole number, found "many"`,
		`f.yaml:5: expected a text value, found a list`,
		`f.yaml:6: expected true or false, found "yes"`,
		`f.yaml:7: key "name" given twice`,
	}, got)
}

func TestDecodeSyntaxAndLimits(t *testing.T) {
	var d doc
	errs := Decode("bad.yaml", []byte("items:\n  - name: a\n   bad indent: x\n"), &d)
	require.Len(t, errs, 1)
	assert.Equal(t, "bad.yaml", errs[0].File)
	assert.NotZero(t, errs[0].Line)

	errs = Decode("empty.yaml", nil, &d)
	require.Len(t, errs, 1)
	assert.Equal(t, "empty.yaml: empty document", errs[0].Error())

	big := make([]byte, MaxSize+1)
	errs = Decode("big.yaml", big, &d)
	require.Len(t, errs, 1)
	assert.Contains(t, errs[0].Msg, "more than the limit")

	var deep node
	nested := repeat("{v: ", 100) + "{}" + repeat("}", 100)
	errs = Decode("deep.yaml", []byte(nested), &deep)
	require.NotEmpty(t, errs)
	assert.Contains(t, errs[0].Msg, "nested deeper than")
}

type node struct {
	V *node `yaml:"v"`
}

func repeat(s string, n int) string {
	out := ""
	for range n {
		out += s
	}
	return out
}

func TestEmptyListItemsBecomeEmptyRecords(t *testing.T) {
	var d doc
	require.Empty(t, Decode("f.yaml", []byte("items:\n  -\n  - name: b\n"), &d))
	require.Len(t, d.Items, 2)
	require.NotNil(t, d.Items[0], "callers must never meet a nil record")
	assert.Equal(t, 2, d.Items[0].line)
	assert.Empty(t, d.Items[0].Name)
}

func TestAliasExpansionIsBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("list: &s [")
	for i := range 3000 {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("x")
	}
	b.WriteString("]\nrefs: [")
	for i := range 3000 {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("*s")
	}
	b.WriteString("]\n")
	var v struct {
		List []string   `yaml:"list"`
		Refs [][]string `yaml:"refs"`
	}
	errs := Decode("bomb.yaml", []byte(b.String()), &v)
	require.Len(t, errs, 1)
	assert.Contains(t, errs[0].Msg, "too large")
}

func TestSyntaxErrorLines(t *testing.T) {
	tests := []struct {
		src  string
		line int
	}{
		{"a: 1\nb: {c: 1\nd: 2\n", 2}, // parser error: unclosed flow mapping opened on line 2
		{"a: 1\n- b\n", 2},            // parser error
		{"a: 1\nb: 2\n  c: 3\n", 3},   // scanner error
		{"a: 1\nb:\n\t- x\n", 3},      // scanner error: tab
	}
	for _, tt := range tests {
		var v map[string]any
		errs := Decode("s.yaml", []byte(tt.src), &v)
		require.Len(t, errs, 1, tt.src)
		assert.Equal(t, tt.line, errs[0].Line, "%q: %s", tt.src, errs[0].Msg)
	}
}
