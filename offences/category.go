package offences

import (
	"fmt"
	"strings"
)

// Category is a node of the conduct taxonomy: a UNODC ICCS 2015 code
// (section "07", division "0701", group "07011", class "070111") or a library
// extension below an ICCS node, written as the parent code, a dot and a
// lower-case slug ("0701.computer", "02.defamation.head_of_state").
// Extensions exist where ICCS is too coarse for a legal distinction.
type Category string

// ParseCategory checks the syntax of a category code. It does not check that
// the taxonomy defines it; see Taxonomy.Lookup.
func ParseCategory(s string) (Category, error) {
	c := Category(s)
	if !c.wellFormed() {
		return "", fmt.Errorf("%w: %q is not a category code (ICCS digits such as \"0701\", or an extension such as \"0701.computer\")", ErrInvalid, s)
	}
	return c, nil
}

func (c Category) wellFormed() bool {
	base, ext, hasExt := strings.Cut(string(c), ".")
	switch len(base) {
	case 2, 4, 5, 6:
	default:
		return false
	}
	for _, r := range base {
		if r < '0' || r > '9' {
			return false
		}
	}
	if !hasExt {
		return true
	}
	for slug := range strings.SplitSeq(ext, ".") {
		if slug == "" {
			return false
		}
		for _, r := range slug {
			if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '_' {
				return false
			}
		}
	}
	return true
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseCategory.
func (c *Category) UnmarshalText(b []byte) error {
	v, err := ParseCategory(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// IsExtension reports whether the code is a library extension rather than
// an ICCS code.
func (c Category) IsExtension() bool { return strings.Contains(string(c), ".") }

// Parent returns the code one level up, or "" for an ICCS section.
func (c Category) Parent() Category {
	if i := strings.LastIndexByte(string(c), '.'); i >= 0 {
		return c[:i]
	}
	switch len(c) {
	case 6:
		return c[:5]
	case 5:
		return c[:4]
	case 4:
		return c[:2]
	default:
		return ""
	}
}

// Within reports whether c lies within (or is) the category outer.
func (c Category) Within(outer Category) bool {
	for x := c; x != ""; x = x.Parent() {
		if x == outer {
			return true
		}
	}
	return false
}

// WithinAny reports whether c lies within (or is) one of the categories.
func (c Category) WithinAny(outer []Category) bool {
	for _, k := range outer {
		if c.Within(k) {
			return true
		}
	}
	return false
}

// Section returns the ICCS section (two digits) the code belongs to.
func (c Category) Section() Category {
	if len(c) < 2 {
		return c
	}
	return c[:2]
}
