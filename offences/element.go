package offences

import "fmt"

// Element is a named fact that an offence definition requires, from the
// controlled vocabulary of the dataset (for example "violence", "deception",
// "public_official"). A charge asserts elements as present or absent, or
// leaves them unknown.
type Element string

// ParseElement checks the syntax of an element name: lower-case letters,
// digits and underscores. Whether the vocabulary defines it is checked by
// Vocabulary.Element.
func ParseElement(s string) (Element, error) {
	if !isSlug(s) {
		return "", fmt.Errorf("%w: %q is not an element name (lower-case letters, digits, _)", ErrInvalid, s)
	}
	return Element(s), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseElement.
func (e *Element) UnmarshalText(b []byte) error {
	v, err := ParseElement(string(b))
	if err != nil {
		return err
	}
	*e = v
	return nil
}

// ListCategory is a key of one of the offence categories that a cooperation
// instrument lists for waiving the dual-criminality check (for example the
// 32 categories of Article 2(2) of the European arrest warrant Framework
// Decision): "fraud", "corruption", "computer_crime".
type ListCategory string

// ParseListCategory checks the syntax of a list-category key.
func ParseListCategory(s string) (ListCategory, error) {
	if !isSlug(s) {
		return "", fmt.Errorf("%w: %q is not a list-category key (lower-case letters, digits, _)", ErrInvalid, s)
	}
	return ListCategory(s), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseListCategory.
func (c *ListCategory) UnmarshalText(b []byte) error {
	v, err := ParseListCategory(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

func isSlug(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '_' {
			return false
		}
	}
	return true
}
