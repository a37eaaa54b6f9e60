package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jaarverslag/output"
	"jaarverslag/report"
	"jaarverslag/templates"
)

// write builds the way the portal does: through output.Write.
func write(ctx context.Context, r *report.Report, dir string) ([]string, int, error) {
	res, err := output.Write(ctx, output.Job{Report: r, Build: report.NewBuild(r, nil, "test"), Layout: templates.DefaultLayout(), Dir: dir})
	return res.Paths, res.Pages, err
}

func TestBuild(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	ctx := context.Background()
	deps := loadSample(t, s)

	b, err := s.Build(ctx, Terminal, write)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Files) < 2 || b.Pages < 10 || len(b.Inputs) != len(sampleDepartments) {
		t.Fatalf("build %+v", b)
	}
	for _, in := range b.Inputs {
		want := sampleDepartments[filepath.Base(strings.SplitN(in.Name, " › ", 2)[1])]
		if want == "" {
			want = "F&C"
		}
		if !strings.HasPrefix(in.Name, want+" › ") || len(in.SHA256) != 64 {
			t.Errorf("input %+v", in)
		}
	}
	for _, name := range b.Files {
		p, err := s.BuildFile(ctx, Terminal, b.ID, name)
		if err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := s.BuildFile(ctx, Terminal, b.ID, "../jaarverslag.db"); !errors.Is(err, ErrNotFound) {
		t.Errorf("a path as output name: %v", err)
	}

	// An error in one department's file refuses the build, naming it.
	if _, err := upload(t, s, deps["jeugd.xlsx"], "jeugd.xlsx", spoil(t, "jeugd.xlsx", "Resultaten", "C2", "Bovenste trede")); err != nil {
		t.Fatal(err)
	}
	_, err = s.Build(ctx, Terminal, write)
	var fe *FindingsError
	if !errors.As(err, &fe) || !errors.Is(err, ErrBlocked) || len(fe.Findings) != 1 || !strings.HasPrefix(fe.Findings[0].Pos.String(), "Jeugd › jeugd.xlsx › Resultaten!C2") {
		t.Fatalf("build with an error: %v %v", err, fe)
	}
	s.Close()

	// A restart keeps the build and its files.
	s = open(t, dir)
	bs, err := s.Builds(ctx, Terminal)
	if err != nil || len(bs) != 1 || bs[0].ID != b.ID || len(bs[0].Inputs) != len(b.Inputs) {
		t.Fatalf("builds after restart: %+v, %v", bs, err)
	}
	if removed, err := s.Sweep(ctx); err != nil || len(removed) != 0 {
		t.Errorf("sweep removed %v, %v from a clean store", removed, err)
	}
	log, _ := s.Log(ctx, Terminal, 100)
	var actions []string
	for _, e := range log {
		actions = append(actions, e.Action)
	}
	for _, want := range []string{"verslag geweigerd", "verslag gemaakt", "upload", "link gemaakt", "afdeling aangemaakt"} {
		if !strings.Contains(strings.Join(actions, ","), want) {
			t.Errorf("audit log lacks %q: %v", want, actions)
		}
	}
}

// TestBuildKeepsEveryOutput: whatever the writer returns is listed and
// downloadable, also a file in a folder of its own (an edition of several
// files); a path outside the build's folder is refused.
func TestBuildKeepsEveryOutput(t *testing.T) {
	s := open(t, t.TempDir())
	ctx := context.Background()
	loadSample(t, s)
	editions := 0 // files output.Write wrote
	nested := func(ctx context.Context, r *report.Report, dir string) ([]string, int, error) {
		paths, pages, err := write(ctx, r, dir)
		editions = len(paths)
		extra := filepath.Join(dir, "html", "index.html")
		if err == nil {
			err = os.MkdirAll(filepath.Dir(extra), 0o755)
		}
		if err == nil {
			err = os.WriteFile(extra, []byte("<!doctype html>"), 0o644)
		}
		return append(paths, extra), pages, err
	}
	b, err := s.Build(ctx, Terminal, nested)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Files) != editions+1 || b.Files[editions] != "html/index.html" {
		t.Fatalf("files %v", b.Files)
	}
	p, err := s.BuildFile(ctx, Terminal, b.ID, "html/index.html")
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(p); string(got) != "<!doctype html>" {
		t.Errorf("%s: %q", p, got)
	}
	outside := func(ctx context.Context, r *report.Report, dir string) ([]string, int, error) {
		return []string{filepath.Join(dir, "..", "weg.pdf")}, 1, nil
	}
	if _, err := s.Build(ctx, Terminal, outside); err == nil {
		t.Error("an output outside the build's folder was accepted")
	}
}
