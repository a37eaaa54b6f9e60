package html

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"jaarverslag/output/browser/browsertest"
	"jaarverslag/templates"
)

func init() {
	model.ConfigPath = "disable" // pdfcpu must not write a config dir during tests
}

// TestTaggedPDF prints the sample's page and reads the result back the
// way assistive software and a validator do: tagged, in Dutch, headings
// and tables in the structure tree, bookmarks, embedded fonts, page
// numbers, valid, and the same bytes on a second print.
func TestTaggedPDF(t *testing.T) {
	chromium := browsertest.Chromium(t)
	pdfinfo := browsertest.Tool(t, "pdfinfo")
	r, b := groningen()
	page, _ := render(t, r, b, templates.DefaultLayout())
	doc := parse(t, page)

	start := time.Now()
	out, err := TaggedPDF(t.Context(), chromium, page, r, b)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("printed in %v", time.Since(start))
	path := filepath.Join(t.TempDir(), "toegankelijk.pdf")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}

	info := run(t, pdfinfo, path)
	pages, err := api.PageCount(bytes.NewReader(out), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Tagged:          yes", fmt.Sprintf("Pages:           %d", pages), "Title:           " + line(r.Meta.Title),
		"CreationDate:    Thu Jan 15 08:00:00 2026 UTC", "ModDate:         Thu Jan 15 08:00:00 2026 UTC"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	if pages < 20 {
		t.Errorf("%d pages", pages)
	}

	// The structure tree has the page's headings and tables.
	tree := run(t, pdfinfo, "-struct", path)
	count := func(tag string) int {
		return len(regexp.MustCompile(`(?m)^\s*`+tag+`\b`).FindAllString(tree, -1))
	}
	for tag, want := range map[string]int{
		"H1": 1, "H2": len(all(doc, tag("h2"))), "H3": len(all(doc, tag("h3"))), "H4": len(all(doc, tag("h4"))),
		"Table": len(all(doc, tag("table"))), "Caption": len(all(doc, tag("caption", "figcaption"))),
		"TR": len(all(doc, tag("tr"))), "TH": len(all(doc, tag("th"))), "TD": len(all(doc, tag("td"))),
	} {
		if got := count(tag); got != want {
			t.Errorf("structure tree has %d %s, the page %d", got, tag, want)
		}
	}
	for _, want := range []string{"/Scope /Column", "/Scope /Row", "LI", "Link", "Figure"} {
		if !strings.Contains(tree, want) {
			t.Errorf("structure tree lacks %s", want)
		}
	}
	// The chart's alternative text has its numbers.
	if !bytes.Contains(out, []byte("/Alt (Acties per domein naar status Per domein het aantal acties")) ||
		!bytes.Contains(out, []byte(`Publieke gezondheid: 5 acties \(2 gereed en 3 op schema\)`)) {
		t.Error("the chart's /Alt lacks its description")
	}

	// The document language, and valid as far as pdfcpu's relaxed mode goes
	// (Chromium writes PDF 1.4 in the header but uses /Tabs of 1.5).
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	if err := api.Validate(bytes.NewReader(out), conf); err != nil {
		t.Errorf("pdfcpu validation (relaxed): %v", err)
	}
	ctx, err := api.ReadContext(bytes.NewReader(out), conf)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := ctx.Catalog()
	if err != nil {
		t.Fatal(err)
	}
	if lang := cat["Lang"]; lang == nil || lang.String() != "(nl)" {
		t.Errorf("catalog /Lang %v, want (nl)", lang)
	}

	// Bookmarks: every heading below the title, in page order (Chromium
	// leaves the one h1 out: it is the document's title).
	bms, err := api.Bookmarks(bytes.NewReader(out), nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	var walk func([]pdfcpu.Bookmark)
	walk = func(bs []pdfcpu.Bookmark) {
		for _, b := range bs {
			got = append(got, strings.Join(strings.Fields(b.Title), " "))
			walk(b.Kids)
		}
	}
	walk(bms)
	var want []string
	for _, h := range all(doc, tag("h2", "h3", "h4", "h5", "h6")) {
		want = append(want, text(h))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("bookmarks:\n%s\nheadings:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// Fonts embedded; page numbers in the footer.
	fonts := run(t, browsertest.Tool(t, "pdffonts"), path)
	for _, l := range strings.Split(fonts, "\n")[2:] {
		if f := strings.Fields(l); len(f) > 4 && f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
	text := strings.Split(run(t, browsertest.Tool(t, "pdftotext"), "-layout", path, "-"), "\f")
	for i := 0; i < pages; i++ {
		if want := fmt.Sprintf("pagina %d van %d", i+1, pages); !strings.Contains(text[i], want) {
			t.Errorf("page %d lacks %q", i+1, want)
		}
	}

	again, err := TaggedPDF(t.Context(), chromium, page, r, b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, again) {
		t.Error("two prints of the same page differ")
	}
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

func TestFixDates(t *testing.T) {
	in := []byte("<</Producer (Skia/PDF m156)\n/CreationDate (D:20261202100449+00'00')\n/ModDate (D:20261202100449+00'00')>>")
	got := string(fixDates(in, built))
	want := "<</Producer (Skia/PDF m156)\n/CreationDate (D:20260115080000+00'00')\n/ModDate (D:20260115080000+00'00')>>"
	if got != want {
		t.Errorf("fixDates:\n%s\nwant\n%s", got, want)
	}
	// Written another way, a date stays as it is: the length must not change.
	odd := []byte("/CreationDate (D:20261202100449Z)")
	if got := fixDates(odd, built); !bytes.Equal(got, odd) {
		t.Errorf("a date of another length was rewritten: %s", got)
	}
}

func TestRenumberNodes(t *testing.T) {
	in := []byte("/ID (node00000205)>> /Headers [(node00000205) (node00000201)] /Names [(node00000201) 5 0 R (node00000205) 6 0 R]")
	want := "/ID (node00000002)>> /Headers [(node00000002) (node00000001)] /Names [(node00000001) 5 0 R (node00000002) 6 0 R]"
	if got := string(renumberNodes(in)); got != want {
		t.Errorf("renumberNodes:\n%s\nwant\n%s", got, want)
	}
}
