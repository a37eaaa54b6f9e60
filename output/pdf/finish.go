package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"sync"
)

// finish rewrites the file gofpdf wrote, object by object, to add what
// maroto cannot: the outline (bookmarks), the document language, "show the
// title, not the file name", links from the contents to the chapters, vector
// art (the care pyramid) under a page's text, and compressed page contents.
//
// Compression is ours because gofpdf allocates a new zlib writer for every
// page, which at a thousand pages costs as much as drawing them; here the
// writers are reused and the pages compressed in parallel. Nothing depends on
// the clock or on scheduling: the same input gives the same bytes (pdfcpu
// would stamp a time and a file ID).
func finish(pdf []byte, items []mark, links []jump, shapes []placedShape, lang string) ([]byte, error) {
	x, err := parseXref(pdf)
	if err != nil {
		return nil, fmt.Errorf("rewrite: %w", err)
	}
	pages, err := pageObjects(pdf, x.offsets[1])
	if err != nil {
		return nil, fmt.Errorf("rewrite: %w", err)
	}

	// Objects in file order; each runs to the next one, the last to the xref.
	order := make([]int, 0, x.size-1)
	for n := 1; n < x.size; n++ {
		order = append(order, n)
	}
	slices.SortFunc(order, func(a, b int) int { return x.offsets[a] - x.offsets[b] })
	if order[len(order)-1] != x.root {
		return nil, errors.New("rewrite: the catalog is not the last object")
	}
	bodies := make(map[int][]byte, len(order))
	for i, n := range order {
		end := x.start
		if i+1 < len(order) {
			end = x.offsets[order[i+1]]
		}
		bodies[n] = pdf[x.offsets[n]:end]
	}

	// Vector art per page, drawn first so that the text lies on top.
	art := map[int][]shape{}
	for _, s := range shapes {
		if s.page < 0 || s.page >= len(pages) {
			return nil, fmt.Errorf("rewrite: a drawing on page %d of %d", s.page+1, len(pages))
		}
		art[s.page] = append(art[s.page], s.shape)
	}

	// Page contents that gofpdf left uncompressed.
	var streams []int
	raw := map[int][]byte{}
	for i, p := range pages {
		m := reContents.FindSubmatch(bodies[p])
		if m == nil {
			return nil, fmt.Errorf("rewrite: page %d without /Contents", p)
		}
		c, _ := strconv.Atoi(string(m[1]))
		data, ok := plainStream(bodies[c], c)
		if !ok {
			if art[i] != nil {
				return nil, fmt.Errorf("rewrite: page %d is compressed already; cannot add its drawing", i+1)
			}
			continue // already compressed
		}
		streams = append(streams, c)
		if art[i] != nil {
			data = append(pathOps(art[i]), data...)
		}
		raw[c] = data
	}
	packed := deflateAll(streams, raw)

	// Link annotations per page object.
	annots := map[int]*bytes.Buffer{}
	for _, j := range links {
		if j.page < 0 || j.page >= len(pages) || j.to < 0 || j.to >= len(pages) {
			continue
		}
		p := pages[j.page]
		if annots[p] == nil {
			annots[p] = &bytes.Buffer{}
		}
		fmt.Fprintf(annots[p], "<</Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] /Dest [%d 0 R /XYZ 0 %.2f null]>>",
			pt(marginX), pt(pageH-j.y-j.h), pt(marginX+contentW), pt(pageH-j.y), pages[j.to], destY(j.toY))
	}

	var out bytes.Buffer
	out.Grow(len(pdf)/3 + 200*len(items) + 4096)
	head := pdf[:x.offsets[order[0]]]
	// /Lang and /DisplayDocTitle are PDF 1.4.
	if bytes.HasPrefix(head, []byte("%PDF-1.3")) {
		out.WriteString("%PDF-1.4")
		head = head[len("%PDF-1.3"):]
	}
	out.Write(head)
	offsets := make([]int, x.size)
	root := x.size // first free object number: the outline root
	objs := outlineObjects(items, pages, root)
	for _, n := range order {
		offsets[n] = out.Len()
		b := bodies[n]
		switch {
		case packed[n] != nil:
			fmt.Fprintf(&out, "%d 0 obj\n<</Filter /FlateDecode /Length %d>>\nstream\n", n, len(packed[n]))
			out.Write(packed[n])
			out.WriteString("\nendstream\nendobj\n")
		case annots[n] != nil:
			if i := bytes.Index(b, []byte("/Annots [")); i >= 0 {
				i += len("/Annots [")
				out.Write(b[:i])
				out.Write(annots[n].Bytes())
				out.Write(b[i:])
			} else if i := bytes.Index(b, []byte("/Contents ")); i >= 0 {
				out.Write(b[:i])
				fmt.Fprintf(&out, "/Annots [%s]\n", annots[n].Bytes())
				out.Write(b[i:])
			} else {
				return nil, fmt.Errorf("rewrite: page %d without /Contents", n)
			}
		case n == x.root:
			end := bytes.LastIndex(b, []byte(">>\nendobj\n"))
			if end < 0 || bytes.Contains(b, []byte("/Outlines")) {
				return nil, errors.New("rewrite: catalog not as gofpdf writes it")
			}
			out.Write(b[:end])
			if len(objs) > 0 {
				fmt.Fprintf(&out, "/Outlines %d 0 R\n/PageMode /UseOutlines\n", root)
			}
			if lang != "" {
				fmt.Fprintf(&out, "/Lang %s\n", pdfString(lang))
			}
			out.WriteString("/ViewerPreferences <</DisplayDocTitle true>>\n")
			out.Write(b[end:])
		default:
			out.Write(b)
		}
	}
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

var (
	reContents = regexp.MustCompile(`/Contents (\d+) 0 R`)
	rePlain    = regexp.MustCompile(`^(\d+) 0 obj\n<</Length (\d+)>>\nstream\n`)
)

// pt converts mm to PDF points.
func pt(mm float64) float64 { return mm * 72 / 25.4 }

// destY is where a jump to a heading at y mm lands: a little above it.
func destY(y float64) float64 { return pt(min(pageH, pageH-y+4)) }

// plainStream returns the data of an uncompressed stream object n.
func plainStream(b []byte, n int) ([]byte, bool) {
	m := rePlain.FindSubmatch(b)
	if m == nil || string(m[1]) != strconv.Itoa(n) {
		return nil, false
	}
	l, _ := strconv.Atoi(string(m[2]))
	start := len(m[0])
	if start+l > len(b) || !bytes.HasPrefix(b[start+l:], []byte("\nendstream\nendobj\n")) {
		return nil, false
	}
	return b[start : start+l], true
}

// deflateAll compresses streams in parallel, one reused writer per worker.
func deflateAll(ids []int, raw map[int][]byte) map[int][]byte {
	out := make([][]byte, len(ids))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(ids)/8))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var buf bytes.Buffer
			zw, _ := zlib.NewWriterLevel(&buf, zlib.BestSpeed)
			for i := w; i < len(ids); i += workers {
				buf.Reset()
				zw.Reset(&buf)
				zw.Write(raw[ids[i]])
				zw.Close()
				out[i] = bytes.Clone(buf.Bytes())
			}
		}(w)
	}
	wg.Wait()
	m := make(map[int][]byte, len(ids))
	for i, id := range ids {
		m[id] = out[i]
	}
	return m
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
