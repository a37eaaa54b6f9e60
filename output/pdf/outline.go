package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"unicode/utf16"
)

// outlineItem is a bookmark: a heading and where it is.
type outlineItem struct {
	title string
	level int // 0 chapter, 1 under the chapter before it
	page  int // 0-based
	y     float64
}

func (rd *renderer) outline() []outlineItem {
	out := make([]outlineItem, 0, len(rd.d.marks))
	for _, m := range rd.d.marks {
		out = append(out, outlineItem{title: m.title, level: m.level, page: m.page, y: m.y})
	}
	return out
}

// finish adds what maroto cannot: the outline (bookmarks), the document
// language and "show the title, not the file name". gofpdf writes the
// catalog as the last object before a classic xref table, so the catalog
// is rewritten in place, the outline objects follow it and the xref is
// written anew. Nothing here depends on the clock: the same input gives
// the same bytes (pdfcpu would stamp a time and a file ID).
func finish(pdf []byte, items []outlineItem, lang string) ([]byte, error) {
	x, err := parseXref(pdf)
	if err != nil {
		return nil, fmt.Errorf("outline: %w", err)
	}
	catStart := x.offsets[x.root]
	catalog := pdf[catStart:x.start]
	end := bytes.LastIndex(catalog, []byte(">>\nendobj\n"))
	if !bytes.HasPrefix(catalog, []byte(strconv.Itoa(x.root)+" 0 obj\n")) || end < 0 ||
		bytes.Contains(catalog, []byte("/Outlines")) {
		return nil, errors.New("outline: catalog is not the last object as gofpdf writes it")
	}
	for _, o := range x.offsets[1:] {
		if o > catStart {
			return nil, errors.New("outline: an object follows the catalog")
		}
	}
	pages, err := pageObjects(pdf, x.offsets[1])
	if err != nil {
		return nil, fmt.Errorf("outline: %w", err)
	}

	var out bytes.Buffer
	out.Grow(len(pdf) + 200*len(items) + 256)
	// /Lang and /DisplayDocTitle are PDF 1.4; the header keeps its length.
	head := pdf[:catStart]
	if bytes.HasPrefix(head, []byte("%PDF-1.3")) {
		out.WriteString("%PDF-1.4")
		head = head[len("%PDF-1.4"):]
	}
	out.Write(head)
	offsets := append([]int(nil), x.offsets...)

	next := x.size // first free object number
	root := next
	objs := outlineObjects(items, pages, root)

	offsets[x.root] = out.Len()
	out.Write(catalog[:end])
	if len(objs) > 0 {
		fmt.Fprintf(&out, "/Outlines %d 0 R\n/PageMode /UseOutlines\n", root)
	}
	if lang != "" {
		fmt.Fprintf(&out, "/Lang %s\n", pdfString(lang))
	}
	out.WriteString("/ViewerPreferences <</DisplayDocTitle true>>\n")
	out.Write(catalog[end:])

	for i, o := range objs {
		offsets = append(offsets, out.Len())
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", root+i, o)
	}

	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(offsets))
	for _, o := range offsets[1:] {
		fmt.Fprintf(&out, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&out, "trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n>>\nstartxref\n%d\n%%%%EOF\n",
		len(offsets), x.root, x.info, xref)
	return out.Bytes(), nil
}

type xrefTable struct {
	start   int   // offset of "xref"
	size    int   // /Size
	offsets []int // by object number; [0] unused
	root    int
	info    int
}

var (
	reStartxref = regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n?$`)
	reSection   = regexp.MustCompile(`^xref\n0 (\d+)\n`)
	reRoot      = regexp.MustCompile(`/Root (\d+) 0 R`)
	reInfo      = regexp.MustCompile(`/Info (\d+) 0 R`)
	reEncrypt   = regexp.MustCompile(`/Encrypt`)
	reKids      = regexp.MustCompile(`/Kids \[([0-9 R]*)\]`)
)

// parseXref reads the one classic xref section gofpdf writes.
func parseXref(pdf []byte) (xrefTable, error) {
	var x xrefTable
	m := reStartxref.FindSubmatch(pdf)
	if m == nil {
		return x, errors.New("no startxref")
	}
	x.start, _ = strconv.Atoi(string(m[1]))
	if x.start <= 0 || x.start >= len(pdf) {
		return x, errors.New("startxref out of range")
	}
	sec := pdf[x.start:]
	h := reSection.FindSubmatch(sec)
	if h == nil {
		return x, errors.New("not a single classic xref section")
	}
	x.size, _ = strconv.Atoi(string(h[1]))
	rest := sec[len(h[0]):]
	const entry = 20
	if len(rest) < x.size*entry {
		return x, errors.New("xref truncated")
	}
	x.offsets = make([]int, x.size)
	for i := 1; i < x.size; i++ {
		e := rest[i*entry : (i+1)*entry]
		if e[17] != 'n' {
			return x, fmt.Errorf("xref entry %d is not in use", i)
		}
		x.offsets[i], _ = strconv.Atoi(string(e[:10]))
	}
	trailer := rest[x.size*entry:]
	if reEncrypt.Match(trailer) {
		return x, errors.New("encrypted")
	}
	r, in := reRoot.FindSubmatch(trailer), reInfo.FindSubmatch(trailer)
	if r == nil || in == nil {
		return x, errors.New("trailer without /Root or /Info")
	}
	x.root, _ = strconv.Atoi(string(r[1]))
	x.info, _ = strconv.Atoi(string(in[1]))
	if x.root <= 0 || x.root >= x.size || x.info <= 0 || x.info >= x.size {
		return x, errors.New("trailer refers outside the xref")
	}
	return x, nil
}

// pageObjects lists the page object numbers in order, from the page tree root.
func pageObjects(pdf []byte, at int) ([]int, error) {
	end := bytes.Index(pdf[at:], []byte("endobj"))
	if end < 0 {
		return nil, errors.New("page tree not found")
	}
	m := reKids.FindSubmatch(pdf[at : at+end])
	if m == nil {
		return nil, errors.New("page tree without /Kids")
	}
	var pages []int
	f := bytes.Fields(m[1])
	if len(f)%3 != 0 {
		return nil, errors.New("bad /Kids")
	}
	for i := 0; i < len(f); i += 3 {
		n, err := strconv.Atoi(string(f[i]))
		if err != nil || string(f[i+1]) != "0" || string(f[i+2]) != "R" {
			return nil, errors.New("bad /Kids")
		}
		pages = append(pages, n)
	}
	return pages, nil
}

// outlineObjects builds the outline dictionary (object root) and one item
// per heading: chapters at the top, their domains below them, closed so
// the sidebar starts as a list of chapters.
func outlineObjects(items []outlineItem, pages []int, root int) []string {
	if len(items) == 0 {
		return nil
	}
	type node struct {
		it       outlineItem
		parent   int // index in nodes, -1 for the root
		children []int
	}
	var nodes []node
	var top []int
	last := -1
	for _, it := range items {
		if it.page < 0 || it.page >= len(pages) {
			continue
		}
		i := len(nodes)
		if it.level > 0 && last >= 0 {
			nodes = append(nodes, node{it: it, parent: last})
			nodes[last].children = append(nodes[last].children, i)
			continue
		}
		nodes = append(nodes, node{it: it, parent: -1})
		top = append(top, i)
		last = i
	}
	if len(nodes) == 0 {
		return nil
	}
	obj := func(i int) int { return root + 1 + i }
	objs := make([]string, 1+len(nodes))
	objs[0] = fmt.Sprintf("<</Type /Outlines /First %d 0 R /Last %d 0 R /Count %d>>", obj(top[0]), obj(top[len(top)-1]), len(top))
	siblings := func(n node) []int {
		if n.parent < 0 {
			return top
		}
		return nodes[n.parent].children
	}
	for i, n := range nodes {
		var b bytes.Buffer
		parent := root
		if n.parent >= 0 {
			parent = obj(n.parent)
		}
		fmt.Fprintf(&b, "<</Title %s /Parent %d 0 R", pdfText(n.it.title), parent)
		sib := siblings(n)
		for k, s := range sib {
			if s != i {
				continue
			}
			if k > 0 {
				fmt.Fprintf(&b, " /Prev %d 0 R", obj(sib[k-1]))
			}
			if k+1 < len(sib) {
				fmt.Fprintf(&b, " /Next %d 0 R", obj(sib[k+1]))
			}
		}
		if len(n.children) > 0 {
			fmt.Fprintf(&b, " /First %d 0 R /Last %d 0 R /Count -%d", obj(n.children[0]), obj(n.children[len(n.children)-1]), len(n.children))
		}
		// Land a little above the heading; y is mm from the top of the page.
		top := (pageH - n.it.y + 4) * 72 / 25.4
		fmt.Fprintf(&b, " /Dest [%d 0 R /XYZ 0 %.2f null]>>", pages[n.it.page], min(top, pageH*72/25.4))
		objs[1+i] = b.String()
	}
	return objs
}

// pdfText is a text string in UTF-16BE with a byte order mark, as hex.
func pdfText(s string) string {
	var b bytes.Buffer
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

// pdfString is an ASCII literal string.
func pdfString(s string) string {
	var b bytes.Buffer
	b.WriteByte('(')
	for _, c := range []byte(s) {
		if c == '(' || c == ')' || c == '\\' {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	b.WriteByte(')')
	return b.String()
}
