// Package yamlx decodes YAML documents strictly into Go values, reporting
// every problem with its file and line instead of stopping at the first one.
//
// The standard yaml.v3 decoder either ignores unknown keys or stops at the
// first one, and it cannot tell a caller on which line a record started. The
// datasets of this module are edited by hand, so the loader wants all
// problems at once, each with a position; this package walks the yaml.Node
// tree itself to give that.
package yamlx

import (
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// MaxDepth bounds the nesting of a document, so that hostile input cannot
// exhaust the stack.
const MaxDepth = 64

// MaxSize bounds the size of one document in bytes.
const MaxSize = 8 << 20

// MaxNodes bounds the number of nodes decoded from one document, counting
// every expansion of an alias, so that aliases referring to large lists
// cannot make decoding quadratic.
const MaxNodes = 1 << 20

// Error is one problem in a YAML document, at a position.
type Error struct {
	File string // name of the file as given by the caller
	Line int    // 1-based line, 0 when unknown
	Msg  string // what is wrong, without the position
}

// Error implements error as "file:line: message".
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Positioned is implemented by records that want to know the line they
// start on. The decoder calls SetLine after decoding the record.
type Positioned interface {
	SetLine(line int)
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
var positioned = reflect.TypeFor[Positioned]()

var lineInMessage = regexp.MustCompile(`line (\d+)`)

// Decode parses data as one YAML document and decodes it into v, which must
// be a non-nil pointer. It returns every problem found; a nil result means v
// was decoded completely.
func Decode(file string, data []byte, v any) []*Error {
	if len(data) > MaxSize {
		return []*Error{{File: file, Msg: fmt.Sprintf("document is %d bytes, more than the limit of %d", len(data), MaxSize)}}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		e := &Error{File: file, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
		if m := lineInMessage.FindStringSubmatch(e.Msg); m != nil {
			e.Line, _ = strconv.Atoi(m[1])
			e.Msg = strings.TrimSpace(lineInMessage.ReplaceAllString(e.Msg, ""))
			e.Msg = strings.TrimPrefix(e.Msg, ": ")
			if strings.HasPrefix(e.Msg, "did not find expected") {
				e.Line++ // yaml.v3 reports parser errors with 0-based lines (go-yaml/yaml#205)
			}
		}
		return []*Error{e}
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return []*Error{{File: file, Msg: "internal: Decode needs a non-nil pointer"}}
	}
	if doc.Kind == 0 {
		return []*Error{{File: file, Msg: "empty document"}}
	}
	d := &decoder{file: file}
	node := &doc
	if doc.Kind == yaml.DocumentNode {
		if len(doc.Content) == 0 {
			return []*Error{{File: file, Msg: "empty document"}}
		}
		node = doc.Content[0]
	}
	d.value(node, rv.Elem(), 0)
	return d.errs
}

// Join turns a list of problems into one error (nil for none) that still
// exposes each *Error to errors.As through Unwrap() []error.
func Join(errs []*Error) error {
	if len(errs) == 0 {
		return nil
	}
	list := make([]error, len(errs))
	for i, e := range errs {
		list[i] = e
	}
	return errors.Join(list...)
}

type decoder struct {
	file     string
	errs     []*Error
	nodes    int
	overflow bool
}

func (d *decoder) fail(n *yaml.Node, format string, args ...any) {
	d.errs = append(d.errs, &Error{File: d.file, Line: n.Line, Msg: fmt.Sprintf(format, args...)})
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

func (d *decoder) value(n *yaml.Node, v reflect.Value, depth int) {
	if depth > MaxDepth {
		d.fail(n, "nested deeper than %d levels", MaxDepth)
		return
	}
	if d.nodes++; d.nodes > MaxNodes {
		if !d.overflow {
			d.overflow = true
			d.fail(n, "more than %d values (counting each use of an alias); the document is too large", MaxNodes)
		}
		return
	}
	if n.Kind == yaml.AliasNode {
		if n.Alias == nil {
			d.fail(n, "unresolved alias")
			return
		}
		d.value(n.Alias, v, depth+1)
		return
	}
	if isNull(n) {
		return // leave the zero value: optional fields may be written as null
	}
	if v.CanAddr() && v.Addr().Type().Implements(textUnmarshaler) {
		if n.Kind != yaml.ScalarNode {
			d.fail(n, "expected a single value, found %s", kindName(n))
			return
		}
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(n.Value)); err != nil {
			d.fail(n, "%v", err)
		}
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.value(n, v.Elem(), depth+1)
	case reflect.Struct:
		d.structValue(n, v, depth)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.fail(n, "expected a list, found %s", kindName(n))
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, c := range n.Content {
			el := s.Index(i)
			d.value(c, el, depth+1)
			if el.Kind() == reflect.Pointer && el.IsNil() {
				// An empty list item ("-") becomes an empty record, so that
				// callers validate it instead of meeting a nil pointer.
				el.Set(reflect.New(el.Type().Elem()))
				if p, ok := el.Interface().(Positioned); ok {
					p.SetLine(c.Line)
				}
			}
		}
		v.Set(s)
	case reflect.Map:
		d.mapValue(n, v, depth)
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			d.fail(n, "expected a text value, found %s", kindName(n))
			return
		}
		v.SetString(n.Value)
	case reflect.Int, reflect.Int64, reflect.Int32:
		if n.Kind != yaml.ScalarNode {
			d.fail(n, "expected a whole number, found %s", kindName(n))
			return
		}
		i, err := strconv.ParseInt(n.Value, 10, 32)
		if err != nil {
			d.fail(n, "expected a whole number, found %q", n.Value)
			return
		}
		v.SetInt(i)
	case reflect.Bool:
		switch {
		case n.Kind == yaml.ScalarNode && n.Value == "true":
			v.SetBool(true)
		case n.Kind == yaml.ScalarNode && n.Value == "false":
			v.SetBool(false)
		default:
			d.fail(n, "expected true or false, found %q", n.Value)
		}
	default:
		d.fail(n, "internal: cannot decode into %s", v.Type())
	}
}

func (d *decoder) structValue(n *yaml.Node, v reflect.Value, depth int) {
	if n.Kind != yaml.MappingNode {
		d.fail(n, "expected a mapping of keys to values, found %s", kindName(n))
		return
	}
	fields := fieldsOf(v.Type())
	seen := make(map[string]bool, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		idx, ok := fields[k.Value]
		if !ok {
			d.fail(k, "unknown key %q (known: %s)", k.Value, knownKeys(v.Type()))
			continue
		}
		if seen[k.Value] {
			d.fail(k, "key %q given twice", k.Value)
			continue
		}
		seen[k.Value] = true
		d.value(val, v.Field(idx), depth+1)
	}
	if v.CanAddr() && v.Addr().Type().Implements(positioned) {
		v.Addr().Interface().(Positioned).SetLine(n.Line)
	}
}

func (d *decoder) mapValue(n *yaml.Node, v reflect.Value, depth int) {
	if n.Kind != yaml.MappingNode {
		d.fail(n, "expected a mapping, found %s", kindName(n))
		return
	}
	if v.Type().Key().Kind() != reflect.String {
		d.fail(n, "internal: map keys must be strings")
		return
	}
	m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		key := reflect.New(v.Type().Key()).Elem()
		key.SetString(k.Value)
		if m.MapIndex(key).IsValid() {
			d.fail(k, "key %q given twice", k.Value)
			continue
		}
		elem := reflect.New(v.Type().Elem()).Elem()
		d.value(val, elem, depth+1)
		m.SetMapIndex(key, elem)
	}
	v.Set(m)
}

var fieldCache sync.Map // reflect.Type → map[string]int

// fieldsOf maps yaml key names to field indexes. Fields without a yaml tag
// or tagged "-" are not decoded. The maps are cached per type.
func fieldsOf(t reflect.Type) map[string]int {
	if m, ok := fieldCache.Load(t); ok {
		return m.(map[string]int)
	}
	m := fieldsOfUncached(t)
	fieldCache.Store(t, m)
	return m
}

func fieldsOfUncached(t reflect.Type) map[string]int {
	m := make(map[string]int, t.NumField())
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name == "" || name == "-" || !t.Field(i).IsExported() {
			continue
		}
		m[name] = i
	}
	return m
}

func knownKeys(t reflect.Type) string {
	var keys []string
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name != "" && name != "-" && t.Field(i).IsExported() {
			keys = append(keys, name)
		}
	}
	return strings.Join(keys, ", ")
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("%q", n.Value)
	default:
		return "something else"
	}
}
