package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"

	"jaarverslag/output/pyramid"
	"jaarverslag/report"
	"jaarverslag/templates"
)

var (
	// A filled trapezoid and a stroked line as pathOps writes them.
	reTrapezoid = regexp.MustCompile(`(?m)^(?:[\d.]+ ){3}rg\n[\d.]+ [\d.]+ m\n(?:[\d.]+ [\d.]+ l\n){3}h f$`)
	reLeader    = regexp.MustCompile(`(?m)^[\d.]+ [\d.]+ m\n[\d.]+ [\d.]+ l\nS$`)
)

// TestPyramidDrawn: the Resultaten page carries the pyramid as vector
// paths (read back with pdfcpu, not with our own writer's helpers), the
// layers in the layout's colours, and the nine level names each with the
// number of results counted here from the rows themselves.
func TestPyramidDrawn(t *testing.T) {
	r, b := groningen()
	out, _ := render(t, r, b, templates.DefaultLayout())
	rd := laidOut(groningen())
	page := -1
	for _, m := range rd.d.marks {
		if m.level == 0 && strings.HasPrefix(m.title, "Resultaten") {
			page = m.page + 1
		}
	}
	if page < 0 {
		t.Fatal("no Resultaten chapter")
	}
	ctx, err := api.ReadContext(bytes.NewReader(out), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := api.ValidateContext(ctx); err != nil { // also counts the pages
		t.Fatal(err)
	}
	content := func(n int) string {
		d, _, _, err := ctx.PageDict(n, false)
		if err != nil {
			t.Fatal(err)
		}
		c, err := ctx.PageContent(d)
		if err != nil {
			t.Fatal(err)
		}
		return string(c)
	}
	c := content(page)
	// The figure's nine layers and the small pyramid of Fundament, whose
	// section starts on the same page.
	if n := len(reTrapezoid.FindAllString(c, -1)); n < 2*len(report.PyramidLevels) {
		t.Errorf("page %d: %d filled trapezoids, want at least %d", page, n, 2*len(report.PyramidLevels))
	}
	if n := len(reLeader.FindAllString(c, -1)); n != len(report.PyramidLevels) {
		t.Errorf("page %d: %d leader lines, want %d", page, n, len(report.PyramidLevels))
	}
	if !strings.HasPrefix(c, "q\n") {
		t.Error("the drawing does not come first, under the text")
	}
	l := templates.DefaultLayout().Colors.Pyramid
	for name, col := range map[string]templates.Color{"layer": l.Layer, "highlight": l.Highlight} {
		op := fmt.Sprintf("%.2f %.2f %.2f rg\n", float64(col.R)/255, float64(col.G)/255, float64(col.B)/255)
		if !strings.Contains(c, op) {
			t.Errorf("no fill in the %s colour %s (%q)", name, col, op)
		}
	}
	// No vector art on pages that have no pyramid: the contents page.
	if n := len(reTrapezoid.FindAllString(content(2), -1)); n != 0 {
		t.Errorf("%d trapezoids on the contents page", n)
	}

	pages := pdftext(t, out)
	if pages == nil {
		return
	}
	text := pages[page-1]
	for _, level := range report.PyramidLevels {
		n := 0
		for _, a := range r.Achievements {
			if a.Level == level {
				n++
			}
		}
		line := regexp.MustCompile(`(?m)^\s*` + fmt.Sprint(n) + `\s+` + regexp.QuoteMeta(string(level)) + `\s*$`)
		if !line.MatchString(text) {
			t.Errorf("page %d lacks %q with its count %d on one line", page, level, n)
		}
	}
}

// TestPyramidSections: every level's section opens with a small pyramid
// whose highlighted layer is that level's.
func TestPyramidSections(t *testing.T) {
	rd := laidOut(groningen())
	hl := rd.st.pyramidHighlight
	var icons [][]placedShape // layers of each small pyramid, in order
	var cur []placedShape
	for _, s := range rd.d.shapes {
		if s.fill == nil {
			continue
		}
		cur = append(cur, s)
		if len(cur) == len(report.PyramidLevels) {
			icons, cur = append(icons, cur), nil
		}
	}
	// The first is the full figure, without highlight.
	if len(icons) != 1+len(report.PyramidLevels) {
		t.Fatalf("%d pyramids, want the figure and one per level", len(icons))
	}
	for i, icon := range icons {
		for j, layer := range icon {
			if got, want := *layer.fill == hl, i > 0 && j == i-1; got != want {
				t.Errorf("pyramid %d, layer %d: highlighted = %v, want %v", i, j, got, want)
			}
		}
	}
	// Each icon sits on the page of its level's heading, beside it.
	var levels []mark
	for _, m := range rd.d.marks {
		if m.level == 1 && report.PyramidLevel(m.title).Rank() >= 0 {
			levels = append(levels, m)
		}
	}
	for i, m := range levels {
		icon := icons[i+1]
		top := icon[len(icon)-1].points[2].Y
		if icon[0].page != m.page || top < m.y || top > m.y+iconH {
			t.Errorf("%s: icon on page %d at %.1f mm, heading on page %d at %.1f mm", m.title, icon[0].page+1, top, m.page+1, m.y)
		}
	}
}

// TestPyramidFits: every level name fits its label's room, and a count of
// any realistic size fits its layer.
func TestPyramidFits(t *testing.T) {
	rd := laidOut(groningen())
	st := rd.st
	fig := pyramid.Shapes(contentW, figureH, len(report.PyramidLevels), figureLabelW)
	for i, level := range report.PyramidLevels {
		ls := para(string(level), st.pyramidLabel, st.pyramidLabel, fig.Labels[i].Width)
		if h := linesHeight(ls); h > fig.Labels[i].Height {
			t.Errorf("%s: label %.1f mm high, room %.1f", level, h, fig.Labels[i].Height)
		}
		for _, n := range []string{"9", "1.234", "123.456"} {
			f := fitFont(st.pyramidCount, n, fig.Layers[i].Room-1.5, st)
			if w := width(n, f.style, f.size); w > fig.Layers[i].Room-1.5 {
				t.Errorf("%s: count %s is %.1f mm wide, room %.1f", level, n, w, fig.Layers[i].Room)
			}
			if f.pitch() > fig.Labels[i].Height {
				t.Errorf("%s: count taller than its layer", level)
			}
		}
	}
}
