package sources

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"unicode"

	"jaarverslag/report"
)

// Limits of one run; see Options.
const (
	DefaultMaxFileSize = 50 << 20 // bytes
	DefaultMaxRows     = 100_000  // data rows per sheet
	// A workbook may unpack to unzipFactor × MaxFileSize. Real workbooks
	// compress 5 to 10 times; a zip bomb compresses thousands of times.
	unzipFactor = 10
)

// Options limit what Read accepts, so a wrong or hostile file fails fast
// with a clear finding instead of filling memory.
type Options struct {
	MaxFileSize int64 // bytes per file; DefaultMaxFileSize when 0
	MaxRows     int   // data rows per sheet; DefaultMaxRows when 0
	Strict      bool  // Load: warnings count as errors
	// Previous is last year's annex (--vorig-jaar): Load checks the
	// Terugblik against its plans. "" for none.
	Previous string
	// Cache, when set, keeps what each workbook gave, so a workbook read
	// again (the portal reads every current file for each upload) is
	// parsed once.
	Cache *Cache
}

func (o Options) withDefaults() Options {
	if o.MaxFileSize <= 0 {
		o.MaxFileSize = DefaultMaxFileSize
	}
	if o.MaxRows <= 0 {
		o.MaxRows = DefaultMaxRows
	}
	return o
}

// Read reads every workbook in paths (files, or folders whose .xlsx and
// .xlsm files are read, not recursively) into one report. Sheets with the
// same name are merged across files in file-name order; Meta comes from the
// first file by name that has a Rapport sheet.
//
// Problems are findings, never panics or errors: a file that cannot be read
// at all is a finding with rule report.RuleUnreadable, which the caller
// maps to exit code 3. Positions are 1-based rows and columns as Excel
// shows them; Row 0 means the whole sheet, an empty Sheet the whole file.
// Findings come back sorted.
func Read(paths []string, opts Options) (*report.Report, report.Findings) {
	var findings report.Findings
	inputs := collect(paths, &findings)
	r, fs := readAll(inputs, opts)
	findings = append(findings, fs...)
	markUnread(r, findings)
	findings.Sort()
	return r, findings
}

// Input is one workbook held somewhere else than in a folder of inputs (the
// portal's store): Path is where its bytes are, Name how findings and the
// provenance name it.
type Input struct {
	Path string
	Name string
}

// ReadInputs reads the given workbooks like Read reads files, in the order
// given; names should be unique.
func ReadInputs(ins []Input, opts Options) (*report.Report, report.Findings) {
	inputs := make([]input, len(ins))
	for i, in := range ins {
		inputs[i] = input{path: in.Path, name: in.Name}
	}
	r, fs := readAll(inputs, opts)
	markUnread(r, fs)
	fs.Sort()
	return r, fs
}

// markUnread records files that could not be read: they may have held rows
// of any sheet, so rules that need every row are not checked.
func markUnread(r *report.Report, fs report.Findings) {
	for _, f := range fs {
		if f.Rule == report.RuleUnreadable {
			r.Unread = append(r.Unread, report.Unread{Pos: f.Pos})
		}
	}
}

// readAll reads the inputs into one report.
func readAll(inputs []input, opts Options) (*report.Report, report.Findings) {
	opts = opts.withDefaults()
	var findings report.Findings

	// Files are read in parallel and merged in name order, so the result
	// does not depend on which file finishes first.
	results := make([]fileResult, len(inputs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(inputs)) {
		wg.Go(func() {
			for i := range jobs {
				results[i] = readFile(inputs[i], opts)
			}
		})
	}
	for i := range inputs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	r := &report.Report{}
	haveMeta := false
	for _, res := range results {
		findings = append(findings, res.findings...)
		if res.book == nil {
			continue
		}
		r.Unread = append(r.Unread, res.book.Unread...)
		r.Files = append(r.Files, res.file)
		if res.book.Meta.Src.Sheet != "" && !haveMeta {
			r.Meta, haveMeta = res.book.Meta, true
		}
		appendSections(r, res.book)
	}
	return r, findings
}

// fileResult is what one workbook adds to the report; book is nil when the
// file could not be read.
type fileResult struct {
	file     report.SourceFile
	book     *report.Report
	findings report.Findings
}

// readFile reads one workbook. When the file cannot be read at all, its
// result is that one finding: partial data from a damaged file would only
// add confusing findings to a run that fails anyway.
func readFile(in input, opts Options) fileResult {
	res, err := readBook(in, opts)
	if err != nil {
		pos := report.Pos{File: in.name}
		var u *sheetError
		if errors.As(err, &u) {
			pos.Sheet = u.sheet
		}
		return fileResult{findings: report.Findings{{Severity: report.Error, Rule: report.RuleUnreadable, Pos: pos, Message: err.Error()}}}
	}
	return res
}

// sheetError places an unreadable part at its sheet.
type sheetError struct {
	sheet string
	error
}

func (e *sheetError) Unwrap() error { return e.error }

func readBook(in input, opts Options) (fileResult, error) {
	f, err := os.Open(in.path)
	if err != nil {
		return fileResult{}, unreadablef(err, "%s", openReason(err))
	}
	defer f.Close()
	fi, err := f.Stat()
	switch {
	case err != nil:
		return fileResult{}, unreadablef(err, "%s", openReason(err))
	case !fi.Mode().IsRegular():
		return fileResult{}, unreadablef(nil, "dit is geen gewoon bestand")
	}
	return readFrom(f, fi.Size(), in.name, opts)
}

// readFrom reads the workbook of size bytes in r. It is apart from
// readBook so that the fuzzer can read from memory.
func readFrom(r io.ReaderAt, size int64, name string, opts Options) (fileResult, error) {
	sum, err := checkedSum(r, size, opts)
	if err != nil {
		return fileResult{}, err
	}
	if res, ok := opts.Cache.get(name, sum, opts.MaxRows); ok {
		return res, nil
	}
	wb, err := openWorkbook(r, size, unzipFactor*opts.MaxFileSize)
	if err != nil {
		return fileResult{}, err
	}
	res, err := readSheets(wb, name, opts.MaxRows)
	if err != nil {
		return fileResult{}, err
	}
	res.file.SHA256, res.file.Size, res.file.Modified = sum, size, wb.modified
	opts.Cache.put(name, sum, opts.MaxRows, res)
	return res, nil
}

// openChecked opens a workbook within the limits of opts and returns it
// with the SHA-256 of its bytes. Every error is *unreadable.
func openChecked(r io.ReaderAt, size int64, opts Options) (*workbook, string, error) {
	sum, err := checkedSum(r, size, opts)
	if err != nil {
		return nil, "", err
	}
	wb, err := openWorkbook(r, size, unzipFactor*opts.MaxFileSize)
	if err != nil {
		return nil, "", err
	}
	return wb, sum, nil
}

// checkedSum is the SHA-256 of a file within the size limit of opts.
func checkedSum(r io.ReaderAt, size int64, opts Options) (string, error) {
	switch {
	case size == 0:
		return "", unreadablef(nil, msgEmpty)
	case size > opts.MaxFileSize:
		return "", unreadablef(nil, msgTooBig, megabytes(opts.MaxFileSize), megabytes(size))
	}
	h := sha256.New()
	if _, err := io.Copy(h, io.NewSectionReader(r, 0, size)); err != nil {
		return "", unreadablef(err, "het bestand kan niet gelezen worden: %v", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// readSheets reads the contract sheets of an opened workbook.
func readSheets(wb *workbook, name string, maxRows int) (fileResult, error) {
	res := fileResult{file: report.SourceFile{Name: name, Rows: map[string]int{}}, book: &report.Report{}}
	add := func(sev report.Severity, rule string, sheet, format string, args ...any) {
		res.findings.Add(sev, rule, report.Pos{File: name, Sheet: sheet}, "", format, args...)
	}
	for _, ref := range wb.sheets {
		schema, ok := Lookup(ref.name)
		switch {
		case !ok && (report.Fold(ref.name) == report.Fold(GuideSheet) || report.Fold(ref.name) == report.Fold(ListSheet)):
			continue // the template's instructions and dropdown lists
		case !ok && ref.part == "":
			if !ref.hidden {
				add(report.Warning, report.RuleUnknownSheet, ref.name, "blad is geen werkblad (maar bijvoorbeeld een grafiekblad) en wordt overgeslagen")
			}
			continue
		case !ok:
			m := meantSheet(wb, ref)
			switch {
			case m.sheet != "":
				// Its rows were meant as input: skipping them would leave
				// figures out of the report without a word.
				pos := report.Pos{File: name, Sheet: ref.name}
				msg := m.message(ref.name, wb.has(m.sheet))
				if ref.hidden {
					msg += " (het blad is verborgen; maak het zichtbaar met een rechtermuisklik op een bladtab › Zichtbaar maken)"
				}
				res.findings.Add(report.Error, report.RuleSheetName, pos, "", "%s", msg)
				res.book.Unread = append(res.book.Unread, report.Unread{Sheet: m.sheet, Pos: pos})
			case !ref.hidden:
				// Hidden sheets (dropdown lists) are not input.
				add(report.Warning, report.RuleUnknownSheet, ref.name, "%s", "blad hoort niet bij het invoerformaat en wordt overgeslagen"+m.hint)
			}
			continue
		}
		if _, twice := res.file.Rows[schema.Name]; twice && (schema.Name == report.SheetReport || schema.Name == report.SheetDomains) {
			rule := report.RuleReportSheet
			if schema.Name == report.SheetDomains {
				rule = report.RuleDomainsSheet
			}
			add(report.Error, rule, ref.name, "tweede blad %s in dit bestand; er mag er maar één zijn", schema.Name)
			continue
		}
		sr, err := readSheet(wb, name, ref, schema, maxRows)
		if err != nil {
			return fileResult{}, &sheetError{sheet: ref.name, error: err}
		}
		res.findings = append(res.findings, sr.findings...)
		if sr.unread != nil {
			res.book.Unread = append(res.book.Unread, report.Unread{Sheet: schema.Name, Pos: *sr.unread})
		}
		res.file.Rows[schema.Name] += sr.count
		if sr.meta != nil {
			res.book.Meta = *sr.meta
			continue
		}
		appendRows(reflect.ValueOf(res.book).Elem().Field(sections[schema.row]), sr.rows)
	}
	return res, nil
}

// meant is the contract sheet an unknown sheet was meant to be.
type meant struct {
	sheet    string // "" when none
	byHeader bool   // found by its header row, not by its name
	headers  []string
	rows     int    // data rows under that header (1 when found by name)
	hint     string // for a sheet that is not meant: what it resembles
}

// meantSheet finds the contract sheet an unknown sheet stands for: one whose
// name is a near miss (Resultaat) or holds the contract name as words
// (Kerncijfers 2025, Coalitie akkoord), or, under another name, one whose
// required columns are all in the header row above at least one row.
func meantSheet(wb *workbook, ref sheetRef) meant {
	names := sheetNames()
	if near := report.Closest(ref.name, names); near != "" {
		return meant{sheet: near}
	}
	for _, n := range names {
		if holdsName(ref.name, n) {
			return meant{sheet: n}
		}
	}
	head, rows := wb.headerOf(ref.part)
	if len(head) == 0 {
		return meant{}
	}
	have := map[string]bool{}
	for _, h := range head {
		have[report.Fold(h)] = true
	}
	for _, s := range Schema {
		columns := s.Columns
		if s.KeyValue {
			columns = keyValueColumns
		}
		var required []string
		all := true
		for _, c := range columns {
			if c.Required {
				required = append(required, c.Header)
				all = all && have[report.Fold(c.Header)]
			}
		}
		switch {
		case !all:
		case rows == 0:
			return meant{hint: fmt.Sprintf(" (het heeft de kolommen van het blad %s, maar geen rijen)", s.Name)}
		default:
			return meant{sheet: s.Name, byHeader: true, headers: required, rows: rows}
		}
	}
	return meant{}
}

// message says why the sheet stops the run and what to do.
func (m meant) message(name string, exists bool) string {
	do := fmt.Sprintf("noem het blad %q", m.sheet)
	if exists {
		do = fmt.Sprintf("zet de rijen op het blad %q", m.sheet)
	}
	if m.byHeader {
		return fmt.Sprintf("het blad %q heeft de kolommen van het blad %s (%s) en %s met gegevens, maar een andere naam, dus de rijen zijn niet gelezen; %s, of haal het blad weg als het geen invoer is",
			name, m.sheet, strings.Join(m.headers, ", "), rowCount(m.rows), do)
	}
	return fmt.Sprintf("het blad %q lijkt het blad %q, maar heeft een andere naam, dus de rijen zijn niet gelezen; %s, of haal het blad weg als het geen invoer is",
		name, m.sheet, do)
}

func rowCount(n int) string {
	if n == 1 {
		return "1 rij"
	}
	return thousands(n) + " rijen"
}

// holdsName reports whether a sheet name holds a contract sheet's name as
// whole words, written apart or together: "Kerncijfers 2025", "Coalitie
// akkoord", "financiën_jeugd"; not "Werkplannen".
func holdsName(name, contract string) bool {
	words := strings.FieldsFunc(report.Fold(name), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	want := strings.ReplaceAll(report.Fold(contract), " ", "")
	for i := range words {
		joined := ""
		for _, w := range words[i:] {
			joined += w
			if joined == want {
				return true
			}
			if len(joined) >= len(want) {
				break
			}
		}
	}
	return false
}

func sheetNames() []string {
	names := make([]string, len(Schema))
	for i, s := range Schema {
		names[i] = s.Name
	}
	return names
}

// sections maps a row type to the index of its slice in report.Report.
var sections = func() map[reflect.Type]int {
	m := map[reflect.Type]int{}
	t := reflect.TypeFor[report.Report]()
	for i := range t.NumField() {
		if f := t.Field(i); f.Type.Kind() == reflect.Slice {
			m[f.Type.Elem()] = i
		}
	}
	return m
}()

// appendSections appends every section of one file's rows to r.
func appendSections(r, book *report.Report) {
	dst, src := reflect.ValueOf(r).Elem(), reflect.ValueOf(book).Elem()
	for _, s := range Schema {
		if i, ok := sections[s.row]; ok {
			appendRows(dst.Field(i), src.Field(i))
		}
	}
}

// appendRows appends the slice src to the slice dst, taking src over when
// dst is empty: most sections come from one file, and copying 100,000 rows
// twice is waste.
func appendRows(dst, src reflect.Value) {
	switch {
	case src.Len() == 0:
		return
	case dst.Len() == 0:
		dst.Set(src)
	default:
		dst.Set(reflect.AppendSlice(dst, src))
	}
}
