package main

import (
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/offencemap/offencemap/dualcrim"
	"golang.org/x/text/language"
)

// Geometry of the verdict matrix, in SVG user units (CSS pixels).
const (
	rowHeadW = 146
	colHeadH = 52
	cellW    = 88
	cellH    = 58
)

// view is the matrix with what the template needs precomputed: the
// positions of the SVG cells and the texts of the tooltips.
type view struct {
	matrix
	Width, Height int
	CellW, CellH  int
	AxisY         int // baseline of the requesting-axis label
	Cols          []colView
	Rows          []rowView
	Statuses      []Status // in legend order
	Covers        []Cover
	Title         string
	Subtitle      string
	KindLine      string
	CoverageHead  string
	Footer        string
}

type colView struct {
	X, Y int // centre of the header text
	Code string
	Name string
}

type rowView struct {
	Y                 int
	Code, Name, Label string
	FullLabel         string // Label before shortening, for its tooltip
	NameLang          string
	Cells             []cellView
}

type cellView struct {
	cell
	Blank        bool // the diagonal
	X, Y, CX     int
	Letter, Word string
	Tooltip      string
}

var legendStatuses = []Status{StatusSatisfied, StatusWaived, StatusNotSatisfied, StatusUndetermined, StatusNoInstrument, StatusNoOffence}
var legendCovers = []Cover{CoverOffence, CoverNotOffence, CoverAbsent, CoverUnknown}

// render writes m as a self-contained HTML page.
func render(w io.Writer, m matrix) error {
	t := m.Text
	n := len(m.Jurisdictions)
	if len(m.Cells) != n {
		return fmt.Errorf("matrix has %d rows for %d jurisdictions", len(m.Cells), n)
	}
	v := view{
		matrix:   m,
		Width:    rowHeadW + n*cellW + 4,
		Height:   colHeadH + n*cellH + 4,
		CellW:    cellW,
		CellH:    cellH,
		AxisY:    colHeadH - 10,
		Statuses: legendStatuses,
		Covers:   legendCovers,
		Title:    fmt.Sprintf(t.Title, m.Category.Label.Text, m.Category.Code),
		Subtitle: fmt.Sprintf(t.Subtitle, m.Committed, m.Decided),
		Footer:   fmt.Sprintf(t.Footer, m.DataVersion),
	}
	v.CoverageHead = fmt.Sprintf(t.Coverage, m.Committed)
	if m.Fallback != "" {
		v.KindLine = fmt.Sprintf(t.Fallback, m.Kind, m.Fallback)
	} else {
		v.KindLine = fmt.Sprintf(t.Kind, m.Kind)
	}
	for k, j := range m.Jurisdictions {
		v.Cols = append(v.Cols, colView{X: rowHeadW + k*cellW + cellW/2, Y: colHeadH - 10, Code: j.Code, Name: j.Name.Text})
	}
	for i, j := range m.Jurisdictions {
		if len(m.Cells[i]) != n {
			return fmt.Errorf("matrix row %s has %d cells for %d jurisdictions", j.Code, len(m.Cells[i]), n)
		}
		r := rowView{Y: colHeadH + i*cellH, Code: j.Code, Name: j.Name.Text, NameLang: j.Name.Lang.String()}
		if j.Offence != "" {
			r.FullLabel = t.Charge + " " + j.Offence
		} else {
			r.FullLabel = t.NoCharge
		}
		r.Label = shorten(r.FullLabel, maxRowLabel)
		for k, c := range m.Cells[i] {
			x := rowHeadW + k*cellW
			cv := cellView{cell: c, Blank: c.Status == StatusSelf, X: x, Y: r.Y, CX: x + cellW/2,
				Letter: t.Letters[c.Status], Word: t.Verdicts[c.Status]}
			if !cv.Blank {
				cv.Tooltip = tooltip(t, c)
			}
			r.Cells = append(r.Cells, cv)
		}
		v.Rows = append(v.Rows, r)
	}
	return page.Execute(w, v)
}

// maxRowLabel is the number of characters of a row's charge that fit
// under its name.
const maxRowLabel = 25

// shorten cuts s to at most n characters, marking the cut with an
// ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// tooltip is the text of a cell's <title>.
func tooltip(t texts, c cell) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s → %s: %s", c.From, c.To, t.Verdicts[c.Status])
	switch c.Status {
	case StatusNoOffence:
		return b.String()
	case StatusNoInstrument:
		fmt.Fprintf(&b, "\n%s: %s", t.Offence, c.Offence)
		return b.String()
	}
	eq := c.Equivalent
	if eq == "" {
		eq = t.None
	}
	fmt.Fprintf(&b, "\n%s: %s\n%s: %s\n%s: %s\n%s: %s", t.Instrument, c.Instrument, t.KindOf, c.Kind, t.Offence, c.Offence, t.Equivalent, eq)
	return b.String()
}

var funcs = template.FuncMap{
	"lang": func(t language.Tag) string { return t.String() },
	"fallback": func(c cellView) bool {
		return c.Kind != "" && c.Kind == dualcrim.Extradition
	},
	"add": func(a, b int) int { return a + b },
}

var page = template.Must(template.New("page").Funcs(funcs).Parse(`<!DOCTYPE html>
<html lang="{{lang .Lang}}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{{.Title}}</title>
<style>
body { font: 14px/1.4 "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: #111; background: #fff; margin: 14px 18px; }
h1 { font-size: 21px; margin: 0 0 2px; }
h2 { font-size: 15px; margin: 0 0 6px; }
p { margin: 0 0 4px; }
.sub { color: #333; font-size: 13px; }
.grid { display: flex; flex-wrap: wrap; gap: 20px 20px; align-items: flex-start; margin-top: 10px; }
.col { flex: 0 0 auto; }
.left { width: auto; }
.right { width: 630px; }
.sp { margin-top: 12px; }
svg text { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; }
.hd { font-size: 13px; font-weight: bold; fill: #111; }
.nm { font-size: 11px; fill: #333; }
.ch { font-size: 10px; fill: #444; }
.ax { font-size: 11px; fill: #555; font-style: italic; }
.cell rect { stroke: #fff; stroke-width: 2; }
.cell .l { font-size: 18px; font-weight: bold; }
.cell .w { font-size: 10px; }
.cell .i { font-size: 9.5px; }
.v-satisfied rect, .k.v-satisfied { fill: #009E73; background: #009E73; color: #000; }
.v-satisfied text { fill: #000; }
.v-not_satisfied rect, .k.v-not_satisfied { fill: #D55E00; background: #D55E00; color: #000; }
.v-not_satisfied text { fill: #000; }
.v-waived rect, .k.v-waived { fill: #0072B2; background: #0072B2; color: #fff; }
.v-waived text { fill: #fff; }
.v-undetermined rect, .k.v-undetermined { fill: #F0E442; background: #F0E442; color: #000; }
.v-undetermined text { fill: #000; }
.v-no_instrument rect, .v-no_offence rect, .k.v-no_instrument, .k.v-no_offence { fill: #DDDDDD; background: #DDDDDD; color: #444; }
.v-no_instrument text, .v-no_offence text { fill: #444; }
.legend { border-collapse: collapse; margin-top: 6px; font-size: 12px; }
.legend td { padding: 2px 6px; vertical-align: middle; }
.k { display: inline-block; width: 26px; height: 20px; line-height: 20px; text-align: center; font-weight: bold; border-radius: 3px; }
.note { font-size: 12px; color: #333; }
table.cov { border-collapse: separate; border-spacing: 2px; font-size: 11px; table-layout: fixed; width: 630px; }
.cov th { font-size: 12px; padding: 2px 4px; text-align: center; }
.cov th.cat { text-align: left; font-weight: normal; font-size: 11.5px; line-height: 1.25; width: 205px; }
.cov th.cat code { color: #555; font-size: 10.5px; }
.cov td { line-height: 1.2; text-align: center; padding: 2px 2px; border: 2px solid transparent; }
.cov td.complete { border: 2px solid #000; }
.c-offence { background: #56B4E9; color: #000; }
.c-not_offence { background: #E69F00; color: #000; }
.c-absent { background: #CC79A7; color: #000; }
.c-unknown { background: #EEEEEE; color: #555; }
.mk { font-weight: bold; }
.cm { display: block; font-size: 9.5px; font-weight: bold; }
footer { margin-top: 10px; font-size: 11px; color: #555; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<p class="sub">{{.Subtitle}} {{.KindLine}}</p>
<div class="grid">
<div class="col left">
<svg xmlns="http://www.w3.org/2000/svg" width="{{.Width}}" height="{{.Height}}" viewBox="0 0 {{.Width}} {{.Height}}" role="img" aria-labelledby="mtitle">
<title id="mtitle">{{.Title}}</title>
<text class="ax" x="{{add .Width -4}}" y="14" text-anchor="end">{{.Text.Requested}} →</text>
<text class="ax" x="6" y="{{.AxisY}}">{{.Text.Requesting}} ↓</text>
{{range .Cols}}<text class="hd" x="{{.X}}" y="{{.Y}}" text-anchor="middle">{{.Code}}<title>{{.Name}}</title></text>
{{end}}{{range .Rows}}<g class="row">
<text class="hd" x="6" y="{{add .Y 18}}">{{.Code}}</text>
<text class="nm" x="6" y="{{add .Y 33}}">{{.Name}}</text>
<text class="ch" x="6" y="{{add .Y 47}}">{{.Label}}<title>{{.FullLabel}}</title></text>
{{range .Cells}}{{if not .Blank}}<g class="cell v-{{.Status}}">
<title>{{.Tooltip}}</title>
<rect x="{{.X}}" y="{{.Y}}" width="{{$.CellW}}" height="{{$.CellH}}" rx="5"/>
<text class="l" x="{{.CX}}" y="{{add .Y 22}}" text-anchor="middle">{{.Letter}}</text>
<text class="w" x="{{.CX}}" y="{{add .Y 37}}" text-anchor="middle">{{.Word}}</text>
{{if .Instrument}}<text class="i" x="{{.CX}}" y="{{add .Y 50}}" text-anchor="middle">{{.Instrument}}{{if fallback .}} {{$.Text.FallbackMark}}{{end}}</text>
{{end}}</g>
{{end}}{{end}}</g>
{{end}}</svg>
<h2>{{.Text.Legend}}</h2>
<table class="legend">
{{range .Statuses}}<tr><td><span class="k v-{{.}}">{{index $.Text.Letters .}}</span></td><td><b>{{index $.Text.Verdicts .}}</b></td><td>{{index $.Text.Help .}}</td></tr>
{{end}}{{if .Fallback}}<tr><td></td><td><b>{{.Text.FallbackMark}}</b></td><td>{{.Text.FallbackHelp}}</td></tr>
{{end}}</table>
<p class="note">{{.Text.TooltipNote}}</p>
<h2 class="sp">{{.Text.CoverLegend}}</h2>
<table class="legend">
{{range .Covers}}<tr><td><span class="k c-{{.}}">{{index $.Text.CoverLetters .}}</span></td><td><b>{{index $.Text.Covers .}}</b></td><td>{{index $.Text.CoverHelp .}}</td></tr>
{{end}}<tr><td><span class="k" style="border: 2px solid #000; width: 22px; height: 16px; line-height: 16px;"></span></td><td><b>{{.Text.Complete}}</b></td><td>{{.Text.CompleteHelp}}</td></tr>
</table>
</div>
<div class="col right">
<h2>{{.CoverageHead}}</h2>
<p class="note">{{.Text.CoverageNote}}</p>
<table class="cov">
<thead><tr><th class="cat">{{.Text.CategoryHead}}</th>{{range .Jurisdictions}}<th title="{{.Name.Text}}">{{.Code}}</th>{{end}}</tr></thead>
<tbody>
{{range $k, $c := .Categories}}<tr><th class="cat" scope="row"><span lang="{{lang $c.Label.Lang}}">{{$c.Label.Text}}</span> <code>{{$c.Code}}</code></th>{{range $i, $j := $.Jurisdictions}}{{with index (index $.Coverage $i) $k}}<td class="c-{{.Status}}{{if .Complete}} complete{{end}}" title="{{$j.Code}} · {{$c.Code}}: {{index $.Text.Covers .Status}}{{if .Citation}} ({{.Citation}}){{end}}{{if .Complete}} · {{$.Text.Complete}}{{end}}"><span class="mk">{{index $.Text.CoverLetters .Status}}</span> {{index $.Text.Covers .Status}}{{if .Complete}}<span class="cm">{{$.Text.Complete}}</span>{{end}}</td>{{end}}{{end}}</tr>
{{end}}</tbody>
</table>
</div>
</div>
<footer>{{.Footer}}</footer>
</body>
</html>
`))
