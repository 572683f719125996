package jurisdictions

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/offencemap/offencemap/internal/catalog"
	"github.com/offencemap/offencemap/internal/yamlx"
	"github.com/offencemap/offencemap/offences"
	"golang.org/x/text/language"
)

// The raw shapes of a jurisdiction file; see docs/data-format.md.
type rawJurisdiction struct {
	Code        string              `yaml:"code"`
	Parent      string              `yaml:"parent"`
	Names       map[string]string   `yaml:"names"`
	Languages   []string            `yaml:"languages"`
	Source      string              `yaml:"source"`
	Assessment  *rawAssessment      `yaml:"dual_criminality_date"`
	Covers      []*rawCoverage      `yaml:"covers"`
	Acts        map[string][]string `yaml:"acts"`
	Memberships []*rawMembership    `yaml:"memberships"`
	Offences    []*rawOffence       `yaml:"offences"`
	NonOffences []*rawNonOffence    `yaml:"non_offences"`
	Gaps        []*rawGap           `yaml:"gaps"`
	Unverified  []string            `yaml:"unverified"`
	line        int
}

func (r *rawJurisdiction) SetLine(n int) { r.line = n }

type rawAssessment struct {
	At     string `yaml:"at"`
	Source string `yaml:"source"`
	line   int
}

func (r *rawAssessment) SetLine(n int) { r.line = n }

type rawCoverage struct {
	Category offences.Category `yaml:"category"`
	From     offences.Date     `yaml:"from"`
	To       offences.Date     `yaml:"to"`
	Note     string            `yaml:"note"`
	line     int
}

func (r *rawCoverage) SetLine(n int) { r.line = n }

type rawGap struct {
	Conduct   offences.Category `yaml:"conduct"`
	Reference string            `yaml:"reference"`
	Reason    string            `yaml:"reason"`
	line      int
}

func (r *rawGap) SetLine(n int) { r.line = n }

type rawMembership struct {
	Instrument   string        `yaml:"instrument"`
	Side         string        `yaml:"side"`
	From         offences.Date `yaml:"from"`
	To           offences.Date `yaml:"to"`
	Reservations []string      `yaml:"reservations"`
	// ConductFrom and ListWaiverConductFrom limit the instrument, and its
	// list waiver, to conduct from a date when this state is requested.
	ConductFrom           offences.Date `yaml:"conduct_from"`
	ListWaiverConductFrom offences.Date `yaml:"list_waiver_conduct_from"`
	Source                string        `yaml:"source"`
	line                  int
}

func (r *rawMembership) SetLine(n int) { r.line = n }

type rawOffence struct {
	ID           string                `yaml:"id"`
	Citation     string                `yaml:"citation"`
	Aliases      []string              `yaml:"aliases"`
	URL          string                `yaml:"url"`
	Labels       map[string]string     `yaml:"labels"`
	Categories   []offences.Category   `yaml:"categories"`
	Elements     []offences.Element    `yaml:"elements"`
	ListCategory offences.ListCategory `yaml:"list_category"`
	Source       string                `yaml:"source"`
	Versions     []*rawVersion         `yaml:"versions"`
	line         int
}

func (r *rawOffence) SetLine(n int) { r.line = n }

type rawVersion struct {
	From     offences.Date      `yaml:"from"`
	To       offences.Date      `yaml:"to"`
	Max      offences.Penalty   `yaml:"max"`
	Min      offences.Penalty   `yaml:"min"`
	Elements []offences.Element `yaml:"elements"`
	Source   string             `yaml:"source"`
	line     int
}

func (r *rawVersion) SetLine(n int) { r.line = n }

type rawNonOffence struct {
	ID         string              `yaml:"id"`
	Categories []offences.Category `yaml:"categories"`
	From       offences.Date       `yaml:"from"`
	To         offences.Date       `yaml:"to"`
	Citation   string              `yaml:"citation"`
	Labels     map[string]string   `yaml:"labels"`
	Note       string              `yaml:"note"`
	Unless     []offences.Element  `yaml:"unless"`
	Source     string              `yaml:"source"`
	line       int
}

func (r *rawNonOffence) SetLine(n int) { r.line = n }

var (
	codePattern = regexp.MustCompile(`^([A-Z]{2})(-[A-Z0-9]{1,3})?$`)
	idPattern   = regexp.MustCompile(`^([A-Z]{2}(?:-[A-Z0-9]{1,3})?)/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.()-]+)$`)
)

// MaxFiles bounds the number of jurisdiction files read from one fs.FS.
const MaxFiles = 10000

// LoadOnly reads the jurisdiction files (*.yaml at the root of fsys) and
// builds a registry of them alone, written in vocabulary vocab (the default
// vocabulary when nil). Every problem in the dataset is reported, each as a
// *yamlx.Error with file and line, joined into one error that also matches
// ErrInvalidDataset.
func LoadOnly(fsys fs.FS, vocab *offences.Vocabulary) (*Registry, error) {
	files, err := readDir(fsys)
	if err != nil {
		return nil, err
	}
	return build(files, vocab)
}

// Load reads the jurisdiction files of fsys on top of the default dataset:
// a file whose code the default dataset has replaces that jurisdiction, the
// others are added. Problems are reported as by LoadOnly.
func Load(fsys fs.FS) (*Registry, error) {
	base, err := readDir(defaultFS())
	if err != nil {
		return nil, err
	}
	user, err := readDir(fsys)
	if err != nil {
		return nil, err
	}
	return build(append(base, user...), nil)
}

type file struct {
	name string
	data []byte
}

func readDir(fsys fs.FS) ([]file, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidDataset, err)
	}
	if len(names) > MaxFiles {
		return nil, fmt.Errorf("%w: %d files, more than the limit of %d", ErrInvalidDataset, len(names), MaxFiles)
	}
	files := make([]file, 0, len(names))
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrInvalidDataset, n, err)
		}
		files = append(files, file{name: n, data: b})
	}
	return files, nil
}

// build decodes and validates files; a later file with the same code
// replaces an earlier one. Files are independent until they meet in the
// registry, so each is decoded and validated on its own goroutine (YAML
// decoding is most of a load's cost).
func build(files []file, vocab *offences.Vocabulary) (*Registry, error) {
	if vocab == nil {
		vocab = offences.DefaultVocabulary()
	}
	results := make([]fileResult, len(files))
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i, f := range files {
		wg.Go(func() {
			slots <- struct{}{}
			defer func() { <-slots }()
			results[i] = loadFile(f, vocab)
		})
	}
	wg.Wait()

	var errs []*yamlx.Error
	byCode := map[string]*Jurisdiction{}
	for _, res := range results {
		errs = append(errs, res.errs...)
		if res.j != nil {
			byCode[res.j.Code()] = res.j
		}
	}
	if len(errs) > 0 {
		slices.SortStableFunc(errs, func(a, b *yamlx.Error) int {
			if c := strings.Compare(a.File, b.File); c != 0 {
				return c
			}
			return a.Line - b.Line
		})
		return nil, datasetError(errs)
	}
	r := &Registry{vocab: vocab, byCode: byCode}
	r.search = sync.OnceValue(func() *searchIndex { return buildSearchIndex(r) })
	for code := range byCode {
		r.codes = append(r.codes, code)
	}
	slices.Sort(r.codes)
	return r, nil
}

// fileResult is what one file brings to a registry: its jurisdiction when
// the file is valid, else its problems.
type fileResult struct {
	j    *Jurisdiction
	errs []*yamlx.Error
}

// loadFile decodes and validates one jurisdiction file.
func loadFile(f file, vocab *offences.Vocabulary) fileResult {
	var raw rawJurisdiction
	decodeErrs := yamlx.Decode(f.name, f.data, &raw)
	if raw.line == 0 {
		return fileResult{errs: decodeErrs} // not even a mapping: nothing to validate
	}
	v := &validator{file: f.name, vocab: vocab}
	if len(decodeErrs) > 0 {
		// Validate what could be decoded too, so that one run reports every
		// problem; lines that already failed to decode are not reported twice.
		v.jurisdiction(&raw)
		return fileResult{errs: append(decodeErrs, withoutLines(v.errs, decodeErrs)...)}
	}
	if want := strings.TrimSuffix(path.Base(f.name), ".yaml"); raw.Code != want {
		return fileResult{errs: []*yamlx.Error{{File: f.name, Line: raw.line,
			Msg: fmt.Sprintf("code %q does not match the file name (want %q)", raw.Code, want)}}}
	}
	j := v.jurisdiction(&raw)
	if len(v.errs) > 0 {
		return fileResult{errs: v.errs}
	}
	return fileResult{j: j}
}

// withoutLines drops the problems on lines that already have one.
func withoutLines(errs, seen []*yamlx.Error) []*yamlx.Error {
	lines := map[int]bool{}
	for _, e := range seen {
		lines[e.Line] = true
	}
	var out []*yamlx.Error
	for _, e := range errs {
		if !lines[e.Line] {
			out = append(out, e)
		}
	}
	return out
}

// datasetError joins the problems and marks them with ErrInvalidDataset.
func datasetError(errs []*yamlx.Error) error {
	list := make([]error, 0, len(errs)+1)
	list = append(list, ErrInvalidDataset)
	for _, e := range errs {
		list = append(list, e)
	}
	return &DatasetError{Problems: errs, joined: errors.Join(list...)}
}

// DatasetError lists every problem found in a dataset, each with its file
// and line. It matches ErrInvalidDataset with errors.Is, and each problem
// is a *yamlx.Error reachable with errors.As.
type DatasetError struct {
	Problems []*yamlx.Error
	joined   error
}

// Error lists the problems, one a line.
func (e *DatasetError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%v: %d problem(s)", ErrInvalidDataset, len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n\t")
		b.WriteString(p.Error())
	}
	return b.String()
}

// Unwrap returns ErrInvalidDataset and the problems.
func (e *DatasetError) Unwrap() []error { return e.joined.(interface{ Unwrap() []error }).Unwrap() }

type validator struct {
	file  string
	vocab *offences.Vocabulary
	errs  []*yamlx.Error
}

func (v *validator) bad(line int, format string, args ...any) {
	v.errs = append(v.errs, &yamlx.Error{File: v.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (v *validator) labels(line int, what string, m map[string]string) offences.Labels {
	l, err := offences.NewLabels(m)
	if err != nil {
		v.bad(line, "%s: %v", what, err)
		return offences.Labels{}
	}
	if l.English() == "" {
		v.bad(line, "%s has no English label", what)
	}
	return l
}

func (v *validator) categories(line int, what string, cs []offences.Category) {
	if len(cs) == 0 {
		v.bad(line, "%s has no categories", what)
	}
	for _, c := range cs {
		if !v.vocab.HasCategory(c) {
			v.bad(line, "%s: category %q is not in the taxonomy", what, c)
		}
	}
}

func (v *validator) jurisdiction(raw *rawJurisdiction) *Jurisdiction {
	j := &Jurisdiction{code: raw.Code, parent: raw.Parent, file: v.file, source: raw.Source,
		byID: map[string][]*offences.Offence{}, resolver: newResolver()}
	if !codePattern.MatchString(raw.Code) {
		v.bad(raw.line, "code %q is neither ISO 3166-1 alpha-2 nor a sub-state code like GB-EAW", raw.Code)
	} else if _, err := language.ParseRegion(raw.Code[:2]); err != nil {
		v.bad(raw.line, "code %q does not start with an ISO 3166-1 region", raw.Code)
	}
	if raw.Parent != "" && !codePattern.MatchString(raw.Parent) {
		v.bad(raw.line, "parent %q is not a jurisdiction code", raw.Parent)
	}
	j.names = v.labels(raw.line, "names", raw.Names)
	if len(raw.Languages) == 0 {
		v.bad(raw.line, "no official languages")
	}
	for _, l := range raw.Languages {
		tag, err := language.Parse(l)
		if err != nil {
			v.bad(raw.line, "language %q is not a valid language tag", l)
			continue
		}
		j.languages = append(j.languages, tag)
	}
	if a := raw.Assessment; a != nil {
		switch a.At {
		case "conduct":
			j.assessment.At = AtConduct
		case "decision":
			j.assessment.At = AtDecision
		default:
			v.bad(a.line, "dual_criminality_date.at must be conduct or decision, not %q", a.At)
		}
		if a.Source == "" {
			v.bad(a.line, "dual_criminality_date has no source")
		}
		j.assessment.Source = a.Source
	}
	var coverLines []int
	for _, c := range raw.Covers {
		if !v.vocab.HasCategory(c.Category) {
			v.bad(c.line, "covers: category %q is not in the taxonomy", c.Category)
		}
		val := offences.Validity{From: c.From, To: c.To}
		if !val.Valid() {
			v.bad(c.line, "covers: %s ends before it starts", c.Category)
		}
		j.covers = append(j.covers, Coverage{Category: c.Category, Validity: val, Note: c.Note})
		coverLines = append(coverLines, c.line)
	}
	for _, g := range raw.Gaps {
		if rec, ok := v.gap(g); ok {
			if _, dup := j.Gap(g.Conduct); dup {
				v.bad(g.line, "gaps: %s has two notes; write one", g.Conduct)
				continue
			}
			j.gaps = append(j.gaps, rec)
		}
	}
	for _, m := range raw.Memberships {
		j.memberships = append(j.memberships, v.membership(m))
	}
	for act, names := range raw.Acts {
		j.resolver.addAct(act, names...)
	}
	var offs []*offences.Offence
	seen := map[string]int{}
	for _, o := range raw.Offences {
		if first, dup := seen[o.ID]; dup {
			v.bad(o.line, "offence %q is defined twice (first on line %d); list its versions under one record", o.ID, first)
			continue
		}
		seen[o.ID] = o.line
		versions := v.offence(raw.Code, o)
		if len(versions) > 0 {
			j.byID[o.ID] = versions
			offs = append(offs, versions...)
			j.resolver.addAct(versions[0].Act)
			j.resolver.addOffence(o.ID, versions[0].Act, versions[0].Provision, o.Citation, o.Aliases)
		}
	}
	var non []*offences.NonOffence
	for _, n := range raw.NonOffences {
		if _, dup := seen[n.ID]; dup {
			v.bad(n.line, "ID %q is used twice", n.ID)
			continue
		}
		seen[n.ID] = n.line
		if rec := v.nonOffence(raw.Code, n); rec != nil {
			non = append(non, rec)
		}
	}
	j.index = catalog.Build(offs, non)
	for i, c := range j.covers {
		if day, ok := unsupportedClaim(j.index, c); !ok {
			when := "on " + day.String() + " no offence or non-offence record of it is in force"
			if day == 0 {
				when = "no offence or non-offence record of it exists"
			}
			v.bad(coverLines[i], "covers: %s is claimed complete, but %s; record the law (or that there is none) or narrow the claim", c.Category, when)
		}
	}
	return j
}

// unsupportedClaim checks that a claim of a complete catalogue rests on
// records: on every day a record of the category starts or ends within the
// claim, and on its first day, some offence or non-offence record of the
// category is in force. It returns a day that fails.
func unsupportedClaim(ix *catalog.Index, c Coverage) (offences.Date, bool) {
	days := []offences.Date{c.Validity.From}
	claimed := []offences.Category{c.Category}
	for _, o := range ix.Offences() {
		if relation(o.Categories, claimed) != unrelated {
			days = append(days, o.Validity.From, o.Validity.To)
		}
	}
	for _, n := range ix.NonOffences() {
		if relation(n.Categories, claimed) != unrelated {
			days = append(days, n.Validity.From, n.Validity.To)
		}
	}
	if len(days) == 1 {
		return c.Validity.From, false // no record of the category at all
	}
	for _, d := range days {
		if d == 0 || !c.Validity.Contains(d) {
			continue
		}
		covered := false
		ix.Match(c.Category, d, func(*offences.Offence, catalog.Relation) bool { covered = true; return false })
		if !covered && ix.NonOffence(c.Category, d) == nil {
			return d, false
		}
	}
	return 0, true
}

func (v *validator) membership(m *rawMembership) Membership {
	if m.Instrument == "" {
		v.bad(m.line, "membership without an instrument")
	}
	val := offences.Validity{From: m.From, To: m.To}
	if !val.Valid() {
		v.bad(m.line, "membership of %s ends (%s) before it starts (%s)", m.Instrument, m.To, m.From)
	}
	if m.Source == "" {
		v.bad(m.line, "membership of %s has no source", m.Instrument)
	}
	if m.ConductFrom != 0 && m.ListWaiverConductFrom != 0 && m.ListWaiverConductFrom < m.ConductFrom {
		v.bad(m.line, "membership of %s: list_waiver_conduct_from (%s) is before conduct_from (%s)", m.Instrument, m.ListWaiverConductFrom, m.ConductFrom)
	}
	return Membership{Instrument: m.Instrument, Side: m.Side, Validity: val, Reservations: m.Reservations,
		ConductFrom: m.ConductFrom, ListWaiverConductFrom: m.ListWaiverConductFrom, Source: m.Source, File: v.file, Line: m.line}
}

func (v *validator) offence(jur string, o *rawOffence) []*offences.Offence {
	before := len(v.errs)
	m := idPattern.FindStringSubmatch(o.ID)
	if m == nil {
		v.bad(o.line, "offence ID %q is not of the form JUR/ACT/PROVISION", o.ID)
		return nil
	}
	if m[1] != jur {
		v.bad(o.line, "offence %q belongs to %s, not to this file's %s", o.ID, m[1], jur)
	}
	what := "offence " + o.ID
	if o.Citation == "" {
		v.bad(o.line, "%s has no citation", what)
	}
	if o.Source == "" {
		v.bad(o.line, "%s has no source", what)
	}
	labels := v.labels(o.line, what, o.Labels)
	v.categories(o.line, what, o.Categories)
	v.elements(o.line, what, o.Elements)
	if o.ListCategory != "" && !v.vocab.HasListCategory(o.ListCategory) {
		v.bad(o.line, "%s: list category %q is not in the vocabulary", what, o.ListCategory)
	}
	if len(o.Versions) == 0 {
		v.bad(o.line, "%s has no versions (each version gives dates and a maximum penalty)", what)
	}
	var out []*offences.Offence
	for _, ver := range o.Versions {
		val := offences.Validity{From: ver.From, To: ver.To}
		if !val.Valid() {
			v.bad(ver.line, "%s: version ends (%s) before it starts (%s)", what, ver.To, ver.From)
		}
		if ver.Max.IsZero() {
			v.bad(ver.line, "%s: version %s has no maximum penalty", what, val)
		}
		if ver.Source == "" {
			v.bad(ver.line, "%s: version %s has no source", what, val)
		}
		if !ver.Min.IsZero() && !ver.Max.IsZero() && ver.Max.Kind == offences.Custodial &&
			(ver.Min.Kind != offences.Custodial || ver.Min.Months > ver.Max.Months) {
			v.bad(ver.line, "%s: minimum %s exceeds maximum %s", what, ver.Min, ver.Max)
		}
		elements := o.Elements
		if ver.Elements != nil {
			v.elements(ver.line, what, ver.Elements)
			elements = ver.Elements
		}
		for _, prev := range out {
			if prev.Validity.Overlaps(val) {
				v.bad(ver.line, "%s: version %s overlaps version %s", what, val, prev.Validity)
			}
		}
		out = append(out, &offences.Offence{
			ID: o.ID, Jurisdiction: jur, Act: m[2], Provision: m[3], Citation: o.Citation,
			Aliases: o.Aliases, URL: o.URL, Labels: labels, Categories: o.Categories,
			Elements: elements, ListCategory: o.ListCategory, Max: ver.Max, Min: ver.Min,
			Validity: val, Source: o.Source, PenaltySource: ver.Source,
		})
	}
	if len(v.errs) > before {
		return nil
	}
	slices.SortFunc(out, func(a, b *offences.Offence) int { return int(a.Validity.From) - int(b.Validity.From) })
	return out
}

func (v *validator) elements(line int, what string, es []offences.Element) {
	for _, e := range es {
		if !v.vocab.HasElement(e) {
			v.bad(line, "%s: element %q is not in the vocabulary", what, e)
		}
	}
}

func (v *validator) nonOffence(jur string, n *rawNonOffence) *offences.NonOffence {
	before := len(v.errs)
	what := "non-offence " + n.ID
	if !strings.HasPrefix(n.ID, jur+"/") {
		v.bad(n.line, "non-offence ID %q must start with %s/", n.ID, jur)
	}
	v.categories(n.line, what, n.Categories)
	v.elements(n.line, what, n.Unless)
	val := offences.Validity{From: n.From, To: n.To}
	if !val.Valid() {
		v.bad(n.line, "%s ends (%s) before it starts (%s)", what, n.To, n.From)
	}
	if n.Source == "" {
		v.bad(n.line, "%s has no source", what)
	}
	if n.Citation == "" && n.Note == "" {
		v.bad(n.line, "%s needs a citation or a note saying why the conduct is not an offence", what)
	}
	labels := v.labels(n.line, what, n.Labels)
	if len(v.errs) > before {
		return nil
	}
	cite := n.Citation
	if cite == "" {
		cite = n.Note
	}
	return &offences.NonOffence{ID: n.ID, Jurisdiction: jur, Categories: n.Categories, Citation: cite,
		Labels: labels, Validity: val, Unless: n.Unless, Source: n.Source}
}

// gap checks a note on unrecorded conduct: a taxonomy category, what the
// reference offered and why nothing was encoded.
func (v *validator) gap(g *rawGap) (Gap, bool) {
	ok := true
	if !v.vocab.HasCategory(g.Conduct) {
		v.bad(g.line, "gaps: category %q is not in the taxonomy", g.Conduct)
		ok = false
	}
	if strings.TrimSpace(g.Reference) == "" {
		v.bad(g.line, "gaps: %s has no reference (write \"none\" if the reference had no lead)", g.Conduct)
		ok = false
	}
	if strings.TrimSpace(g.Reason) == "" {
		v.bad(g.line, "gaps: %s has no reason", g.Conduct)
		ok = false
	}
	return Gap{Conduct: g.Conduct, Reference: g.Reference, Reason: g.Reason, Line: g.line}, ok
}
