package annex

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"
)

// canonicalZip copies the package to w with its parts in a fixed order.
// excelize writes streamed sheets, and the image types in
// [Content_Types].xml, in map order, so without this two runs on the same
// input would give different bytes. Parts are copied still compressed;
// [Content_Types].xml goes first, as tools that sniff the format expect.
func canonicalZip(w io.Writer, data []byte) error {
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
