package pdf

import (
	"os"
	"testing"

	"jaarverslag/templates"
)

func TestZZTry(t *testing.T) {
	dir := os.Getenv("TRYDIR")
	if dir == "" {
		t.Skip()
	}
	r, b := groningen()
	out, _ := render(t, r, b, templates.DefaultLayout())
	os.WriteFile(dir+"/groningen.pdf", out, 0o644)
	r, b = longRows()
	out, _ = render(t, r, b, templates.DefaultLayout())
	os.WriteFile(dir+"/long.pdf", out, 0o644)
	r, b = scaled(100)
	out, _ = render(t, r, b, templates.DefaultLayout())
	os.WriteFile(dir+"/scaled.pdf", out, 0o644)
	l := templates.DefaultLayout()
	l.LogoPNG = testLogo()
	r, b = groningen()
	out, _ = render(t, r, b, l)
	os.WriteFile(dir+"/logo.pdf", out, 0o644)
}

func TestZZHostile(t *testing.T) {
	dir := os.Getenv("TRYDIR")
	if dir == "" {
		t.Skip()
	}
	r, b := groningen()
	weird := "emoji \U0001F642, U+10000 \U00010000, nul \x00, tab\there, " +
		"x" + string(make([]byte, 0)) + "Heelerglangwoordzonderspatiesdatnietpastindekolomvandetabel https://www.example.org/" + "averyveryverylonghostnamepieceaaaaaaaaaaaaaaaaaaaaa/pad/pad/pad?x=1&y=2"
	r.Actions[9].Action = weird
	r.Actions[9].Explanation = weird
	r.Actions[9].Links = []string{"https://x.nl/(a)"}
	out, _ := render(t, r, b, templates.DefaultLayout())
	os.WriteFile(dir+"/hostile.pdf", out, 0o644)
}
