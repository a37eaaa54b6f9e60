package html

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"

	"jaarverslag/output/pyramid"
	"jaarverslag/report"
	"jaarverslag/templates"
)

// TestPyramid: Resultaten opens with the care pyramid the PDF draws (the
// layers of output/pyramid, in each layer its number of results from
// report.LevelCounts, the names beside it) and a table with the same
// numbers; each level's section opens with the small pyramid with that
// level highlighted. Numbers and names stay inside their room, also with
// the large counts of scale 100.
func TestPyramid(t *testing.T) {
	for name, mk := range map[string]func() (*report.Report, report.Build){
		"groningen":  groningen,
		"scaled-100": func() (*report.Report, report.Build) { return scaled(100) },
		"empty":      empty,
	} {
		t.Run(name, func(t *testing.T) {
			r, b := mk()
			doc := parse(t, must(render(t, r, b, templates.DefaultLayout())))
			figs := all(doc, func(n *xhtml.Node) bool { return n.Data == "figure" && attrOf(n, "class") == "pyramid" })
			if len(figs) != 1 {
				t.Fatalf("%d pyramid figures, want 1", len(figs))
			}
			svg := all(figs[0], tag("svg"))[0]
			counts := r.LevelCounts()
			var wantNumbers, wantNames, wantRows []string
			for _, c := range counts {
				wantNumbers = append(wantNumbers, report.FormatInt(c.Count))
				wantNames = append(wantNames, string(c.Level))
				wantRows = append(wantRows, string(c.Level)+" "+report.FormatInt(c.Count))
			}
			var numbers []string
			for _, n := range all(svg, func(n *xhtml.Node) bool { return attrOf(n, "class") == "count" }) {
				numbers = append(numbers, text(n))
				if w := float64(len(text(n))) * digitW * attrFloat(t, n, "font-size"); w > layerRoom(t, svg, n) {
					t.Errorf("number %s, about %.0f wide, does not fit its layer", text(n), w)
				}
			}
			if !slices.Equal(numbers, wantNumbers) {
				t.Errorf("numbers in the layers %v, want %v (report.LevelCounts, bottom up)", numbers, wantNumbers)
			}
			if got := labelNames(t, svg); !slices.Equal(got, wantNames) {
				t.Errorf("names %q, want %q", got, wantNames)
			}
			fig := pyramid.Shapes(pyramidW, pyramidH, len(counts), pyramidLabelW)
			for i, p := range all(svg, tag("polygon")) {
				if want := points(fig.Layers[i].Corners[:]); attrOf(p, "points") != want {
					t.Errorf("layer %d at %s, want output/pyramid's %s", i+1, attrOf(p, "points"), want)
				}
			}
			var rows []string
			for _, tr := range all(all(figs[0], tag("tbody"))[0], tag("tr")) {
				rows = append(rows, text(tr))
			}
			if !slices.Equal(rows, wantRows) {
				t.Errorf("table %q, want %q", rows, wantRows)
			}

			// Every level: the small pyramid, its own layer highlighted.
			levels := all(doc, func(n *xhtml.Node) bool { return n.Data == "div" && attrOf(n, "class") == "level" })
			if len(levels) != len(report.PyramidLevels) {
				t.Fatalf("%d level headings, want %d", len(levels), len(report.PyramidLevels))
			}
			for i, lv := range levels {
				if h := headingTitle(all(lv, tag("h3"))[0]); h != string(report.PyramidLevels[i]) {
					t.Errorf("level %d is %q", i+1, h)
				}
				var lit []int
				for j, p := range all(lv, tag("polygon")) {
					if attrOf(p, "class") == "highlight" {
						lit = append(lit, j)
					}
				}
				if !slices.Equal(lit, []int{i}) {
					t.Errorf("%s highlights layers %v, want [%d]", report.PyramidLevels[i], lit, i)
				}
			}
		})
	}
}

func attrFloat(t *testing.T, n *xhtml.Node, key string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(attrOf(n, key), 64)
	if err != nil {
		t.Fatalf("%s=%q: %v", key, attrOf(n, key), err)
	}
	return v
}

// layerRoom is the width of the layer just before the number n, at its
// middle.
func layerRoom(t *testing.T, svg, n *xhtml.Node) float64 {
	t.Helper()
	var layer *xhtml.Node
	for p := n.PrevSibling; p != nil && layer == nil; p = p.PrevSibling {
		if p.Type == xhtml.ElementNode && p.Data == "polygon" {
			layer = p
		}
	}
	if layer == nil {
		t.Fatalf("number %s outside a layer", text(n))
	}
	var xs []float64
	for _, pt := range strings.Fields(attrOf(layer, "points")) {
		x, _, _ := strings.Cut(pt, ",")
		v, _ := strconv.ParseFloat(x, 64)
		xs = append(xs, v)
	}
	// Corners: bottom left, bottom right, top right, top left.
	return ((xs[1] - xs[0]) + (xs[2] - xs[3])) / 2
}

// labelNames are the names beside the layers, each put together from its
// lines, which must fit the label's room.
func labelNames(t *testing.T, svg *xhtml.Node) []string {
	t.Helper()
	var names []string
	for _, line := range all(svg, tag("line")) {
		var parts []string
		for p := line.NextSibling; p != nil; p = p.NextSibling {
			if p.Type != xhtml.ElementNode {
				continue
			}
			if p.Data != "text" {
				break
			}
			parts = append(parts, text(p))
			if w := float64(len([]rune(text(p)))) * charW * attrFloat(t, p, "font-size"); w > pyramidLabelW {
				t.Errorf("name line %q, about %.0f wide, runs out of its %d", text(p), w, pyramidLabelW)
			}
		}
		names = append(names, strings.Join(parts, " "))
	}
	return names
}
