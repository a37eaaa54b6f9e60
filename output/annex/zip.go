package annex

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"regexp"
	"slices"
	"strings"
)

// canonicalZip copies the package to w with its parts in a fixed order.
// excelize writes streamed sheets, and the image types in
// [Content_Types].xml, in map order, so without this two runs on the same
// input would give different bytes. Parts are copied still compressed;
// [Content_Types].xml goes first, as tools that sniff the format expect.
// Charts get the values they show (see withCaches).
func canonicalZip(w io.Writer, data []byte, cache chartCache) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return fmt.Errorf("reread package: %w", err)
	}
	files := slices.Clone(zr.File)
	rank := func(name string) int {
		switch name {
		case "[Content_Types].xml":
			return 0
		case "_rels/.rels":
			return 1
		}
		return 2
	}
	slices.SortFunc(files, func(a, b *zip.File) int {
		if d := rank(a.Name) - rank(b.Name); d != 0 {
			return d
		}
		return strings.Compare(a.Name, b.Name)
	})
	zw := zip.NewWriter(w)
	for _, f := range files {
		if f.Name == "[Content_Types].xml" {
			if err := writeContentTypes(zw, f); err != nil {
				return err
			}
			continue
		}
		if strings.HasPrefix(f.Name, "xl/charts/chart") {
			if err := writeChart(zw, f, cache); err != nil {
				return err
			}
			continue
		}
		fh := f.FileHeader
		part, err := zw.CreateRaw(&fh)
		if err != nil {
			return err
		}
		raw, err := f.OpenRaw()
		if err != nil {
			return err
		}
		if _, err := io.Copy(part, raw); err != nil {
			return err
		}
	}
	return zw.Close()
}

// writeContentTypes rewrites [Content_Types].xml with its Default entries
// sorted by extension.
func writeContentTypes(zw *zip.Writer, f *zip.File) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	data, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		return err
	}
	var types contentTypes
	if err := xml.Unmarshal(data, &types); err != nil {
		return fmt.Errorf("read content types: %w", err)
	}
	slices.SortFunc(types.Default, func(a, b contentDefault) int { return strings.Compare(a.Extension, b.Extension) })
	out, err := xml.Marshal(types)
	if err != nil {
		return err
	}
	w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
	if err != nil {
		return err
	}
	if _, err := w.Write([]byte(xml.Header)); err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

type contentTypes struct {
	XMLName  xml.Name `xml:"http://schemas.openxmlformats.org/package/2006/content-types Types"`
	Default  []contentDefault
	Override []struct {
		PartName    string `xml:",attr"`
		ContentType string `xml:",attr"`
	}
}

type contentDefault struct {
	Extension   string `xml:",attr"`
	ContentType string `xml:",attr"`
}

// writeChart rewrites a chart part with its caches filled in.
func writeChart(zw *zip.Writer, f *zip.File, cache chartCache) error {
	data, err := readPart(f)
	if err != nil {
		return err
	}
	out, err := withCaches(data, cache)
	if err != nil {
		return fmt.Errorf("%s: %w", f.Name, err)
	}
	w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

func readPart(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

var (
	strRef = regexp.MustCompile(`<strRef><f>([^<]*)</f></strRef>`)
	numRef = regexp.MustCompile(`<numRef><f>([^<]*)</f><numCache><formatCode></formatCode></numCache></numRef>`)
)

// withCaches fills in the caches excelize leaves out of a chart: the
// series names and categories (strCache) and the values (numCache) of
// every range the chart reads, as the cells hold them. A viewer that does
// not calculate (a file preview, Excel's protected view) draws the chart
// from these; without them it draws an empty chart. Every range must be in
// cache, so a chart never goes out half filled.
func withCaches(chart []byte, cache chartCache) ([]byte, error) {
	var missing []string
	fill := func(re *regexp.Regexp, b []byte, cached func(ref string, vs []string) string) []byte {
		return re.ReplaceAllFunc(b, func(m []byte) []byte {
			ref := html.UnescapeString(string(re.FindSubmatch(m)[1]))
			vs, ok := cache[ref]
			if !ok {
				missing = append(missing, ref)
				return m
			}
			return []byte(cached(ref, vs))
		})
	}
	points := func(vs []string) string {
		var b strings.Builder
		fmt.Fprintf(&b, `<ptCount val="%d"></ptCount>`, len(vs))
		for i, v := range vs {
			fmt.Fprintf(&b, `<pt idx="%d"><v>%s</v></pt>`, i, html.EscapeString(v))
		}
		return b.String()
	}
	chart = fill(strRef, chart, func(ref string, vs []string) string {
		return "<strRef><f>" + html.EscapeString(ref) + "</f><strCache>" + points(vs) + "</strCache></strRef>"
	})
	chart = fill(numRef, chart, func(ref string, vs []string) string {
		return "<numRef><f>" + html.EscapeString(ref) + "</f><numCache><formatCode>General</formatCode>" + points(vs) + "</numCache></numRef>"
	})
	if len(missing) > 0 {
		return nil, fmt.Errorf("no values for the chart ranges %s", strings.Join(missing, ", "))
	}
	return chart, nil
}
