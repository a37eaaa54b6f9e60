package portal

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
	_ "time/tzdata" // Dutch time on machines without a zone database

	"jaarverslag/report"
	"jaarverslag/sources/store"
)

//go:embed templates
var templateFiles embed.FS

// pages are the parsed page templates by file name, each with the layout.
type pages map[string]*template.Template

func parsePages() (pages, error) {
	funcs := template.FuncMap{
		"when":     when,
		"size":     size,
		"cell":     cell,
		"sheets":   sheets,
		"plural":   plural,
		"severity": func(s report.Severity) string { return upperFirst(s.String()) },
	}
	layout, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFiles, "templates/layout.html", "templates/findings.html")
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(templateFiles, "templates/*.html")
	if err != nil {
		return nil, err
	}
	p := pages{}
	for _, n := range names {
		base := path.Base(n)
		if base == "layout.html" || base == "findings.html" {
			continue
		}
		t, err := template.Must(layout.Clone()).ParseFS(templateFiles, n)
		if err != nil {
			return nil, err
		}
		p[base] = t
	}
	return p, nil
}

// base is what every page shows: its title and who is signed in.
type base struct {
	Title  string
	Access store.Access
}

func (b base) SignedIn() bool { return b.Access.Known() }

// render writes a page; it is rendered into memory first, so a template
// error becomes a clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, data any) {
	var buf bytes.Buffer
	if err := s.pages[name].Execute(&buf, data); err != nil {
		if s.cfg.Log != nil {
			s.cfg.Log.Printf("pagina %s: %v", name, err)
		}
		http.Error(w, "Er ging op de server iets mis.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

// errorPage shows an error, with the findings that caused it.
func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, code int, msg string, fe *store.FindingsError) {
	data := struct {
		base
		Code    int
		Message string
		Files   []fileFindings
	}{base: base{Title: http.StatusText(code), Access: access(r)}, Code: code, Message: msg}
	switch code {
	case http.StatusUnauthorized:
		data.Title = "Geen toegang"
	case http.StatusForbidden:
		data.Title = "Niet toegestaan"
	case http.StatusNotFound:
		data.Title = "Niet gevonden"
	case http.StatusRequestEntityTooLarge:
		data.Title = "Bestand te groot"
	case http.StatusBadRequest:
		data.Title = "Niet gelukt"
	case http.StatusUnprocessableEntity:
		data.Title = "Bestand niet te lezen"
	case http.StatusConflict:
		data.Title = "Verslag niet gemaakt"
	default:
		data.Title = "Fout op de server"
	}
	if fe != nil {
		data.Files = byFile(fe.Findings)
	}
	s.render(w, r, code, "error.html", data)
}

// fileFindings are one file's findings by sheet.
type fileFindings struct {
	File   string
	Sheets []sheetFindings
}

// sheetFindings are one sheet's findings, in position order.
type sheetFindings struct {
	Sheet    string // "" for the file as a whole
	Findings report.Findings
}

func byFile(fs report.Findings) []fileFindings {
	var out []fileFindings
	var own []report.Findings
	index := map[string]int{}
	for _, f := range fs {
		i, ok := index[f.Pos.File]
		if !ok {
			i = len(out)
			index[f.Pos.File] = i
			out = append(out, fileFindings{File: f.Pos.File})
			own = append(own, nil)
		}
		own[i] = append(own[i], f)
	}
	for i := range out {
		out[i].Sheets = sheets(own[i])
	}
	return out
}

// sheets groups findings by sheet, file-wide ones first, each sheet in the
// order of its first finding.
func sheets(fs report.Findings) []sheetFindings {
	var out []sheetFindings
	index := map[string]int{}
	for _, f := range fs {
		i, ok := index[f.Pos.Sheet]
		if !ok {
			i = len(out)
			index[f.Pos.Sheet] = i
			out = append(out, sheetFindings{Sheet: f.Pos.Sheet})
		}
		out[i].Findings = append(out[i].Findings, f)
	}
	return out
}

// cell is where in its sheet a finding is, as staff look for it in Excel.
func cell(p report.Pos) string {
	switch {
	case p.Cell() != "":
		return p.Cell()
	case p.Row > 0:
		return fmt.Sprintf("rij %d", p.Row)
	case p.Sheet != "":
		return "hele blad"
	}
	return "hele bestand"
}

var (
	amsterdam, _ = time.LoadLocation("Europe/Amsterdam")
	months       = []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}
)

// when writes a moment in Dutch, in Dutch time: "14 januari 2026, 09:05".
func when(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.In(amsterdam)
	return fmt.Sprintf("%d %s %d, %02d:%02d", t.Day(), months[t.Month()-1], t.Year(), t.Hour(), t.Minute())
}

// size writes a file size in Dutch: "12,3 kB".
func size(n int64) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d bytes", n)
	case n < 1000*1000:
		return strings.Replace(fmt.Sprintf("%.1f kB", float64(n)/1000), ".", ",", 1)
	}
	return strings.Replace(fmt.Sprintf("%.1f MB", float64(n)/1e6), ".", ",", 1)
}

func plural(n int, one, more string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, more)
}
