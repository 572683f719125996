package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/offencemap/offencemap/dualcrim"
	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/jurisdictions/names"
	"github.com/offencemap/offencemap/offences"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Limits on what a client may send.
const (
	maxBodyBytes = 64 << 10 // POST /v1/check body
	maxCharges   = 100      // charges in one request
	maxQueryLen  = 200      // runes of q in GET /v1/offences
)

// problemTypeBase prefixes the problem type URIs of this service. The
// .example domain is reserved (RFC 2606): a team copying this server should
// replace it with a URI it controls, ideally one that documents the types.
const problemTypeBase = "https://offencemap.example/problems/"

// server is the HTTP handler. It holds no mutable state after newServer and
// is safe for concurrent use.
type server struct {
	checker *dualcrim.Checker
	reg     *jurisdictions.Registry
	mux     *http.ServeMux
	log     *slog.Logger
	// now gives the current time (the default as_of); tests replace it
	// before serving.
	now func() time.Time

	explainTags    []language.Tag
	explainMatcher language.Matcher
}

// newServer returns the service's handler over checker (dualcrim.Default()
// when nil).
func newServer(checker *dualcrim.Checker) http.Handler {
	if checker == nil {
		checker = dualcrim.Default()
	}
	tags := dualcrim.Languages()
	s := &server{
		checker:        checker,
		reg:            checker.Registry(),
		mux:            http.NewServeMux(),
		log:            slog.Default(),
		now:            time.Now,
		explainTags:    tags,
		explainMatcher: language.NewMatcher(tags),
	}
	// Methods are checked by allow rather than by method patterns
	// ("POST /v1/check") so that 405 answers are problem details too.
	s.mux.HandleFunc("/v1/check", s.allow(s.handleCheck, http.MethodPost))
	s.mux.HandleFunc("/v1/jurisdictions", s.allow(s.handleJurisdictions, http.MethodGet, http.MethodHead))
	s.mux.HandleFunc("/v1/offences", s.allow(s.handleOffences, http.MethodGet, http.MethodHead))
	s.mux.HandleFunc("/v1/search", s.allow(s.handleSearch, http.MethodGet, http.MethodHead))
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeProblem(w, problem{Status: http.StatusNotFound, Detail: fmt.Sprintf("no resource at %s", r.URL.Path)})
	})
	return s
}

// ServeHTTP implements http.Handler: it routes the request and turns a
// panic into a 500 problem instead of a dropped connection.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler { // let net/http abort the response as documented
				panic(v)
			}
			s.log.Error("panic serving request", "method", r.Method, "path", r.URL.Path, "panic", v)
			writeProblem(w, problem{Status: http.StatusInternalServerError, Detail: "internal error"})
		}
	}()
	s.mux.ServeHTTP(w, r)
}

// allow wraps h so that only the given methods reach it: OPTIONS gets 204
// and other methods 405, both with an Allow header.
func (s *server) allow(h http.HandlerFunc, methods ...string) http.HandlerFunc {
	allowed := strings.Join(append(slices.Clone(methods), http.MethodOptions), ", ")
	return func(w http.ResponseWriter, r *http.Request) {
		switch {
		case slices.Contains(methods, r.Method):
			h(w, r)
		case r.Method == http.MethodOptions:
			w.Header().Set("Allow", allowed)
			w.WriteHeader(http.StatusNoContent)
		default:
			w.Header().Set("Allow", allowed)
			writeProblem(w, problem{Status: http.StatusMethodNotAllowed,
				Detail: fmt.Sprintf("%s is not allowed on %s; allowed: %s", r.Method, r.URL.Path, allowed)})
		}
	}
}

// ---- POST /v1/check ----

// checkRequest is the JSON body of POST /v1/check.
type checkRequest struct {
	Kind       string        `json:"kind"`
	Purpose    string        `json:"purpose"`
	From       string        `json:"from"`
	To         string        `json:"to"`
	Instrument string        `json:"instrument,omitempty"`
	Decided    string        `json:"decided"`
	Charges    []chargeInput `json:"charges"`
}

// chargeInput is one charge of a checkRequest.
type chargeInput struct {
	Offence         string          `json:"offence"`
	Conduct         []string        `json:"conduct,omitempty"`
	Facts           map[string]bool `json:"facts,omitempty"`
	Committed       string          `json:"committed"`
	SentenceMonths  int             `json:"sentence_months,omitempty"`
	RemainingMonths int             `json:"remaining_months,omitempty"`
}

func (s *server) handleCheck(w http.ResponseWriter, r *http.Request) {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
			writeProblem(w, problem{Status: http.StatusUnsupportedMediaType,
				Detail: fmt.Sprintf("Content-Type %q is not JSON; send application/json", ct)})
			return
		}
	}
	var in checkRequest
	if p, ok := decodeJSON(w, r, &in); !ok {
		writeProblem(w, p)
		return
	}
	req, p, ok := in.toRequest()
	if !ok {
		writeProblem(w, p)
		return
	}
	res, err := s.checker.Check(req)
	if err != nil {
		p := checkProblem(err)
		if p.Status == http.StatusInternalServerError {
			s.log.Error("check failed", "err", err)
		}
		writeProblem(w, p)
		return
	}
	_, i, _ := s.explainMatcher.Match(acceptLanguage(r)...)
	tag := s.explainTags[i]
	exp := dualcrim.Explain(res, tag)
	writeJSON(w, http.StatusOK, exp, exp.Language)
}

// decodeJSON reads exactly one JSON value from the body into v, with
// unknown fields rejected and the body limited to maxBodyBytes.
func decodeJSON(w http.ResponseWriter, r *http.Request, v any) (problem, bool) {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		// Anything after the value, other than white space, is an error.
		if err = dec.Decode(&struct{}{}); err == io.EOF {
			return problem{}, true
		}
		if err == nil {
			err = errors.New("trailing data after the JSON object")
		}
	}
	var (
		tooBig  *http.MaxBytesError
		syntax  *json.SyntaxError
		typeErr *json.UnmarshalTypeError
	)
	bad := problem{Status: http.StatusBadRequest, Type: problemTypeBase + "malformed-json", Title: "Malformed JSON body"}
	switch {
	case errors.As(err, &tooBig):
		return problem{Status: http.StatusRequestEntityTooLarge,
			Detail: fmt.Sprintf("the body exceeds %d bytes", tooBig.Limit)}, false
	case errors.Is(err, io.EOF):
		bad.Detail = "the body is empty; send a JSON object"
	case errors.Is(err, io.ErrUnexpectedEOF):
		bad.Detail = "the body ends in the middle of a JSON value"
	case errors.As(err, &syntax):
		bad.Detail = fmt.Sprintf("invalid JSON at byte %d: %v", syntax.Offset, err)
	case errors.As(err, &typeErr):
		bad.Field = typeErr.Field
		bad.Detail = fmt.Sprintf("%s: expected %s, got JSON %s", typeErr.Field, typeErr.Type, typeErr.Value)
	default:
		// encoding/json reports an unknown field only as text:
		// `json: unknown field "name"`.
		msg := err.Error()
		if _, name, ok := strings.Cut(msg, "unknown field "); ok {
			if f, err := strconv.Unquote(name); err == nil {
				bad.Field = f
			}
			bad.Detail = "unknown field " + name + "; see the request schema"
		} else {
			bad.Detail = msg
		}
	}
	return bad, false
}

// toRequest converts the JSON body into a dualcrim.Request, checking what
// the checker would not phrase for an HTTP client (date syntax, sizes). The
// checker validates everything else.
func (in *checkRequest) toRequest() (dualcrim.Request, problem, bool) {
	invalid := func(field, detail string) (dualcrim.Request, problem, bool) {
		return dualcrim.Request{}, problem{Status: http.StatusBadRequest, Type: problemTypeBase + "invalid-request",
			Title: "Invalid request", Detail: detail, Field: field}, false
	}
	req := dualcrim.Request{Kind: dualcrim.Kind(in.Kind), Purpose: dualcrim.Purpose(in.Purpose),
		From: in.From, To: in.To, Instrument: in.Instrument}
	var err error
	if req.Decided, err = parseDate(in.Decided); err != nil {
		return invalid("decided", err.Error())
	}
	if len(in.Charges) > maxCharges {
		return invalid("charges", fmt.Sprintf("%d charges; at most %d per request", len(in.Charges), maxCharges))
	}
	for i, c := range in.Charges {
		ch := dualcrim.Charge{Offence: c.Offence, SentenceMonths: c.SentenceMonths, RemainingMonths: c.RemainingMonths}
		if ch.Committed, err = parseDate(c.Committed); err != nil {
			return invalid(fmt.Sprintf("charges[%d].committed", i), err.Error())
		}
		for _, k := range c.Conduct {
			ch.Conduct = append(ch.Conduct, offences.Category(k))
		}
		if len(c.Facts) > 0 {
			ch.Facts = make(map[offences.Element]bool, len(c.Facts))
			for e, v := range c.Facts {
				ch.Facts[offences.Element(e)] = v
			}
		}
		req.Charges = append(req.Charges, ch)
	}
	return req, problem{}, true
}

// parseDate parses YYYY-MM-DD; "" gives the zero Date, which the checker
// reports as missing.
func parseDate(s string) (offences.Date, error) {
	if s == "" {
		return 0, nil
	}
	d, err := offences.ParseDate(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a date of the form YYYY-MM-DD", s)
	}
	return d, nil
}

// checkProblem maps an error of Checker.Check to a problem. Unknown
// jurisdictions, offences and instruments, and requests no instrument
// governs, are 422: the body is well-formed, but the dataset cannot answer
// it.
func checkProblem(err error) problem {
	p := problem{Detail: err.Error()}
	var re *dualcrim.RequestError
	if errors.As(err, &re) {
		p.Field = re.Field
		if re.Msg != "" {
			p.Detail = re.Msg
		} else if re.Err != nil {
			p.Detail = re.Err.Error()
		}
	}
	set := func(status int, slug, title string) problem {
		p.Status, p.Type, p.Title = status, problemTypeBase+slug, title
		return p
	}
	switch {
	case errors.Is(err, dualcrim.ErrInvalidRequest):
		return set(http.StatusBadRequest, "invalid-request", "Invalid request")
	case errors.Is(err, jurisdictions.ErrUnknownJurisdiction):
		return set(http.StatusUnprocessableEntity, "unknown-jurisdiction", "Unknown jurisdiction")
	case errors.Is(err, jurisdictions.ErrUnknownOffence):
		return set(http.StatusUnprocessableEntity, "unknown-offence", "Unknown offence")
	case errors.Is(err, jurisdictions.ErrNotInForce):
		return set(http.StatusUnprocessableEntity, "offence-not-in-force", "Offence not in force")
	case errors.Is(err, dualcrim.ErrNoInstrument):
		return set(http.StatusUnprocessableEntity, "no-instrument", "No instrument governs the request")
	case errors.Is(err, dualcrim.ErrUnknownInstrument):
		return set(http.StatusUnprocessableEntity, "unknown-instrument", "Unknown instrument")
	case errors.Is(err, dualcrim.ErrInstrumentNotApplicable):
		return set(http.StatusUnprocessableEntity, "instrument-not-applicable", "Instrument does not apply")
	default:
		return problem{Status: http.StatusInternalServerError, Detail: "internal error"}
	}
}

// ---- GET /v1/jurisdictions ----

type jurisdictionsResponse struct {
	Jurisdictions []jurisdictionJSON `json:"jurisdictions"`
}

type jurisdictionJSON struct {
	Code   string `json:"code"`
	Parent string `json:"parent,omitempty"`
	// Name is the name in the negotiated language, NameLanguage that
	// language; Names has every language.
	Name         string          `json:"name"`
	NameLanguage string          `json:"name_language"`
	Names        offences.Labels `json:"names"`
	Languages    []string        `json:"languages"`
	// Offences is the number of distinct offences in the catalogue, over
	// every version.
	Offences int `json:"offences"`
}

func (s *server) handleJurisdictions(w http.ResponseWriter, r *http.Request) {
	if p, ok := checkParams(r.URL.Query()); !ok {
		writeProblem(w, p)
		return
	}
	reader := firstLanguage(acceptLanguage(r))
	var used []language.Tag
	out := jurisdictionsResponse{Jurisdictions: []jurisdictionJSON{}}
	for _, j := range names.Sorted(s.reg.Jurisdictions(), reader) { // by name, in the reader's collation
		name, tag := names.Of(j, reader)
		used = append(used, tag)
		x := jurisdictionJSON{Code: j.Code(), Parent: j.Parent(), Name: name, NameLanguage: tag.String(),
			Names: j.Names(), Languages: []string{}, Offences: countOffences(j)}
		for _, l := range j.Languages() {
			x.Languages = append(x.Languages, l.String())
		}
		out.Jurisdictions = append(out.Jurisdictions, x)
	}
	writeJSON(w, http.StatusOK, out, contentLanguage(used))
}

// countOffences counts the distinct offence IDs of j over every version.
func countOffences(j *jurisdictions.Jurisdiction) int {
	n, last := 0, ""
	for _, o := range j.Offences(0) { // ordered by ID, then date
		if o.ID != last {
			n, last = n+1, o.ID
		}
	}
	return n
}

// ---- GET /v1/offences ----

type offencesResponse struct {
	Jurisdiction string        `json:"jurisdiction"`
	AsOf         string        `json:"as_of"`
	Query        string        `json:"query,omitempty"`
	Count        int           `json:"count"`
	Offences     []offenceJSON `json:"offences"`
}

type offenceJSON struct {
	ID            string              `json:"id"`
	Citation      string              `json:"citation"`
	Label         string              `json:"label"`
	LabelLanguage string              `json:"label_language"`
	Categories    []offences.Category `json:"categories"`
	Max           penaltyJSON         `json:"max"`
	Validity      offences.Validity   `json:"validity"`
	Source        string              `json:"source"`
	URL           string              `json:"url,omitempty"`
}

// penaltyJSON gives a penalty in the dataset notation ("5y", "life") and
// in English ("5 years", "life imprisonment").
type penaltyJSON struct {
	Notation string `json:"notation"`
	Text     string `json:"text"`
}

func (s *server) handleOffences(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if p, ok := checkParams(q, "jurisdiction", "q", "as_of"); !ok {
		writeProblem(w, p)
		return
	}
	badParam := func(field, detail string) { writeBadParam(w, field, detail) }
	code := q.Get("jurisdiction")
	if code == "" {
		badParam("jurisdiction", "the jurisdiction parameter is required (e.g. jurisdiction=DE)")
		return
	}
	asOf := offences.DateOf(s.now().UTC())
	if v := q.Get("as_of"); v != "" {
		d, err := parseDate(v)
		if err != nil {
			badParam("as_of", err.Error())
			return
		}
		asOf = d
	}
	query := q.Get("q")
	if n := len([]rune(query)); n > maxQueryLen {
		badParam("q", fmt.Sprintf("q has %d characters; at most %d", n, maxQueryLen))
		return
	}
	j, err := s.reg.Jurisdiction(code)
	if err != nil {
		if errors.Is(err, jurisdictions.ErrUnknownJurisdiction) {
			// 404: the catalogue asked for does not exist. (POST
			// /v1/check answers 422 for the same error in a body.)
			writeProblem(w, problem{Status: http.StatusNotFound, Type: problemTypeBase + "unknown-jurisdiction",
				Title: "Unknown jurisdiction", Detail: err.Error(), Field: "jurisdiction"})
			return
		}
		s.log.Error("jurisdiction lookup failed", "err", err)
		writeProblem(w, problem{Status: http.StatusInternalServerError, Detail: "internal error"})
		return
	}
	needle := foldText(strings.TrimSpace(query))
	prefs := acceptLanguage(r)
	var used []language.Tag
	out := offencesResponse{Jurisdiction: j.Code(), AsOf: asOf.String(), Query: query, Offences: []offenceJSON{}}
	for _, o := range j.Offences(asOf) {
		if needle != "" && !matches(o, needle) {
			continue
		}
		label, tag := o.Labels.Get(prefs...)
		used = append(used, tag)
		out.Offences = append(out.Offences, offenceJSON{ID: o.ID, Citation: o.Citation, Label: label,
			LabelLanguage: tag.String(), Categories: append([]offences.Category{}, o.Categories...),
			Max: penaltyJSON{Notation: o.Max.Notation(), Text: dualcrim.PenaltyText(o.Max, firstLanguage(prefs))}, Validity: o.Validity,
			Source: o.Source, URL: o.URL})
	}
	out.Count = len(out.Offences)
	writeJSON(w, http.StatusOK, out, contentLanguage(used))
}

// matches reports whether the folded needle occurs in the offence's ID,
// citation, aliases or labels (any language).
func matches(o offences.Offence, needle string) bool {
	hay := []string{o.ID, o.Citation}
	hay = append(hay, o.Aliases...)
	o.Labels.Each(func(_ language.Tag, text string) { hay = append(hay, text) })
	for _, h := range hay {
		if strings.Contains(foldText(h), needle) {
			return true
		}
	}
	return false
}

// foldText removes diacritics and folds case: "Körperverletzung",
// "KORPERVERLETZUNG" and "korperverletzung" fold alike, as do "ß" and "ss".
// The transformer is built per call: x/text transformers keep state and
// must not be shared between goroutines.
func foldText(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), cases.Fold(), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return strings.ToLower(s)
	}
	return out
}

// checkParams rejects query parameters other than those allowed, and
// repeated ones: a typo ("jurisdicton=DE") should not silently list
// nothing.
func checkParams(q url.Values, allowed ...string) (problem, bool) {
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if !slices.Contains(allowed, k) {
			detail := fmt.Sprintf("unknown query parameter %q", k)
			if len(allowed) > 0 {
				detail += "; allowed: " + strings.Join(allowed, ", ")
			}
			return problem{Status: http.StatusBadRequest, Type: problemTypeBase + "invalid-parameter",
				Title: "Invalid query parameter", Detail: detail, Field: k}, false
		}
		if len(q[k]) > 1 {
			return problem{Status: http.StatusBadRequest, Type: problemTypeBase + "invalid-parameter",
				Title: "Invalid query parameter", Detail: fmt.Sprintf("query parameter %q is repeated", k), Field: k}, false
		}
	}
	return problem{}, true
}

// ---- language negotiation ----

// acceptLanguage returns the reader's languages, best first. A malformed
// header counts as no preference: the answer is then in English.
// writeBadParam answers 400 for a bad query parameter.
func writeBadParam(w http.ResponseWriter, field, detail string) {
	writeProblem(w, problem{Status: http.StatusBadRequest, Type: problemTypeBase + "invalid-parameter",
		Title: "Invalid query parameter", Detail: detail, Field: field})
}

// firstLanguage is the reader's preferred language, English when none.
func firstLanguage(prefs []language.Tag) language.Tag {
	if len(prefs) == 0 {
		return language.English
	}
	return prefs[0]
}

// ---- GET /v1/search ----

type searchResponse struct {
	Query string    `json:"query"`
	Count int       `json:"count"`
	Hits  []hitJSON `json:"hits"`
}

type hitJSON struct {
	Jurisdiction  string `json:"jurisdiction,omitempty"`
	Offence       string `json:"offence,omitempty"`
	Category      string `json:"category,omitempty"`
	Label         string `json:"label"`
	LabelLanguage string `json:"label_language"`
	Direct        bool   `json:"direct"`
	Score         int    `json:"score"`
}

// handleSearch finds offences and categories by name in any language
// (q), ranked, with their equivalents in other jurisdictions; optional
// jurisdiction (repeatable), as_of and limit (default 50, at most 500).
func (s *server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if p, ok := checkParams(q, "q", "jurisdiction", "as_of", "limit"); !ok {
		writeProblem(w, p)
		return
	}
	badParam := func(field, detail string) { writeBadParam(w, field, detail) }
	query := strings.TrimSpace(q.Get("q"))
	switch n := len([]rune(query)); {
	case n == 0:
		badParam("q", "the q parameter is required (e.g. q=Betrug)")
		return
	case n > maxQueryLen:
		badParam("q", fmt.Sprintf("q has %d characters; at most %d", n, maxQueryLen))
		return
	}
	opts := jurisdictions.SearchOptions{Jurisdictions: q["jurisdiction"], Language: firstLanguage(acceptLanguage(r)), Limit: 50}
	for _, code := range opts.Jurisdictions {
		if _, err := s.reg.Jurisdiction(code); err != nil {
			badParam("jurisdiction", err.Error())
			return
		}
	}
	if v := q.Get("as_of"); v != "" {
		d, err := parseDate(v)
		if err != nil {
			badParam("as_of", err.Error())
			return
		}
		opts.At = d
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 500 {
			badParam("limit", fmt.Sprintf("limit %q is not a number from 1 to 500", v))
			return
		}
		opts.Limit = n
	}
	out := searchResponse{Query: query, Hits: []hitJSON{}}
	var used []language.Tag
	for _, h := range s.reg.Search(query, opts) {
		used = append(used, h.Tag)
		out.Hits = append(out.Hits, hitJSON{Jurisdiction: h.Jurisdiction, Offence: h.OffenceID, Category: string(h.Category),
			Label: h.Label, LabelLanguage: h.Tag.String(), Direct: h.Direct, Score: h.Score})
	}
	out.Count = len(out.Hits)
	writeJSON(w, http.StatusOK, out, contentLanguage(used))
}

func acceptLanguage(r *http.Request) []language.Tag {
	tags, _, err := language.ParseAcceptLanguage(r.Header.Get("Accept-Language"))
	if err != nil {
		return nil
	}
	return tags
}

// contentLanguage lists the distinct languages used, in order of first use,
// for a Content-Language header ("" when none).
func contentLanguage(used []language.Tag) string {
	var out []string
	for _, t := range used {
		if t == language.Und {
			continue
		}
		if s := t.String(); !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return strings.Join(out, ", ")
}

// ---- responses ----

// problem is an RFC 9457 problem details object. Field is an extension
// member naming the request field at fault.
type problem struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail,omitempty"`
	Field  string `json:"field,omitempty"`
}

// writeProblem writes p as application/problem+json. A problem without a
// type is "about:blank", titled with the HTTP status text.
func writeProblem(w http.ResponseWriter, p problem) {
	if p.Type == "" {
		p.Type, p.Title = "about:blank", http.StatusText(p.Status)
	}
	if p.Title == "" {
		p.Title = http.StatusText(p.Status)
	}
	body, err := json.Marshal(p)
	if err != nil { // cannot happen for this struct
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/problem+json")
	h.Set("Content-Language", "en")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	writeBody(w, p.Status, append(body, '\n'))
}

// writeJSON writes v as JSON. It encodes first, so that an encoding error
// becomes a 500 problem rather than half an answer.
func writeJSON(w http.ResponseWriter, status int, v any, contentLang string) {
	body, err := json.Marshal(v)
	if err != nil {
		slog.Error("encoding response", "err", err)
		writeProblem(w, problem{Status: http.StatusInternalServerError, Detail: "internal error"})
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Vary", "Accept-Language")
	h.Set("X-Content-Type-Options", "nosniff")
	if contentLang != "" {
		h.Set("Content-Language", contentLang)
	}
	writeBody(w, status, append(body, '\n'))
}

func writeBody(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write(body) // a failed write means the client went away
}
