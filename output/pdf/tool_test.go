package pdf

import (
	"regexp"
	"strings"
	"testing"

	"jaarverslag/templates"
)

// TestToolName: with a version the PDF names it; without one it says
// plain "jaarverslag", in the Creator field and on the Verantwoording page.
func TestToolName(t *testing.T) {
	space := regexp.MustCompile(`\s+`)
	for tool, want := range map[string]string{"0eb0ce6": "jaarverslag 0eb0ce6", "": "jaarverslag"} {
		r, b := groningen()
		b.Tool = tool
		out, _ := render(t, r, b, templates.DefaultLayout())
		if got := infoField(out, "Creator"); got != want {
			t.Errorf("Tool %q: Creator %q, want %q", tool, got, want)
		}
		pages := pdftext(t, out)
		if pages == nil {
			continue // pdftotext missing; the Creator is checked
		}
		all := space.ReplaceAllString(strings.Join(pages, " "), " ")
		if !strings.Contains(all, "Gemaakt met "+want+". De versie") {
			t.Errorf("Tool %q: the text lacks %q", tool, "Gemaakt met "+want+".")
		}
	}
}
