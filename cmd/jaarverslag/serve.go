package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"jaarverslag/cmd/jaarverslag/portal"
	"jaarverslag/output"
	"jaarverslag/report"
	"jaarverslag/sources"
	"jaarverslag/sources/store"
)

// Server timeouts: a 50 MB workbook over a slow line still arrives, a
// client that sends its headers byte by byte does not hold a connection.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 10 * time.Minute
	writeTimeout      = 10 * time.Minute
	idleTimeout       = 2 * time.Minute
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) (int, error) {
	fl := newFlags("serve", "[--addr ADRES] [--data MAP] [--url URL] [opties]", stdout, stderr)
	var in inputFlags
	in.register(fl)
	addr := fl.String("addr", "127.0.0.1:8080", "`ADRES` waarop het portaal luistert; standaard alleen deze computer")
	data := fl.String("data", "jaarverslag-data", "`MAP` met de database en de geüploade bestanden")
	public := fl.String("url", "", "het adres waarop gebruikers het portaal bereiken, bijvoorbeeld https://jaarverslag.gemeente.nl achter een reverse proxy (standaard http://ADRES)")
	var lf lookFlags
	lf.register(fl)
	importDir := fl.String("import", "", "sla de werkmappen in `MAP` op als uploads: een bestand met het blad Rapport bij F&C, elk ander bij een afdeling met de naam van het bestand")
	rest, err := fl.parse(args)
	if err != nil {
		return 0, err
	}
	if len(rest) > 0 {
		fl.Usage()
		return 0, errUsage
	}
	lk, err := lf.read(stderr)
	if err != nil {
		return 0, err
	}
	base := strings.TrimRight(*public, "/")
	if base == "" {
		base = "http://" + *addr
	}

	st, err := store.Open(*data, in.options())
	if err != nil {
		return 0, err
	}
	defer st.Close()
	// Nothing is under way yet: what an interrupted run left goes now.
	if removed, err := st.Sweep(ctx); err != nil {
		return 0, err
	} else if len(removed) > 0 {
		fmt.Fprintf(stderr, "jaarverslag: %d onvoltooide bestanden van een onderbroken upload of build opgeruimd\n", len(removed))
	}
	if err := st.SetSetting(ctx, settingURL, base); err != nil {
		return 0, err
	}
	if *importDir != "" {
		if err := importSet(ctx, st, *importDir, stderr); err != nil {
			return 0, err
		}
	}
	if err := firstLink(ctx, st, base, stdout); err != nil {
		return 0, err
	}

	write := func(ctx context.Context, r *report.Report, dir string) ([]string, int, error) {
		res, err := output.Write(ctx, output.Job{Report: r, Build: report.NewBuild(r, lk.epoch, toolVersion(), lk.extra...), Layout: lk.layout, Dir: dir})
		return res.Paths, res.Pages, err
	}
	logger := log.New(stderr, "jaarverslag: ", log.LstdFlags)
	srv, err := portal.New(portal.Config{
		Store: st, Write: write, MaxSize: in.options().MaxFileSize,
		Secure: strings.HasPrefix(base, "https://"), BaseURL: base, Log: logger,
	})
	if err != nil {
		return 0, err
	}
	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          logger,
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return 0, fmt.Errorf("luisteren op %s: %w", *addr, err)
	}
	fmt.Fprintf(stderr, "jaarverslag: portaal op %s (luistert op %s; stoppen met Ctrl+C)\n", base, ln.Addr())
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return 0, err
	case <-ctx.Done():
	}
	// Let uploads under way finish; their rows commit or they leave nothing.
	shutdown, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return 0, err
	}
	fmt.Fprintln(stderr, "jaarverslag: portaal gestopt")
	return exitOK, nil
}

// settingURL stores the portal's address for jaarverslag toegang.
const settingURL = "url"

// firstLink prints a link for F&C when F&C has none yet, so a first start
// needs nothing else.
func firstLink(ctx context.Context, st *store.Store, base string, stdout io.Writer) error {
	ds, err := st.Departments(ctx, store.Terminal)
	if err != nil {
		return err
	}
	if len(ds) > 0 && ds[0].Admin && ds[0].Links > 0 {
		return nil
	}
	l, err := st.NewLink(ctx, store.Terminal, store.AdminName)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Link voor F&C: %s/toegang/%s\n", base, l.Secret)
	return nil
}

// importSet stores the workbooks in dir as uploads: a file with the
// Rapport sheet in F&C's space, every other file in a department named
// after it (gezondheid-en-welzijn.xlsx: "Gezondheid en welzijn"). A file
// whose current version has the same bytes is left alone, so importing
// twice adds nothing.
func importSet(ctx context.Context, st *store.Store, dir string, stderr io.Writer) error {
	paths, err := filepath.Glob(filepath.Join(dir, "*.xlsx"))
	if err != nil {
		return err
	}
	sort.Strings(paths)
	if len(paths) == 0 {
		return fmt.Errorf("%s: geen werkmappen (.xlsx) gevonden", dir)
	}
	for _, p := range paths {
		file := filepath.Base(p)
		r, fs := sources.Read([]string{p}, sources.Options{})
		if fs.Unreadable() {
			return fmt.Errorf("%s: %s", p, fs[0].Message)
		}
		name := store.AdminName
		if r.Meta.Src.Sheet == "" {
			name = departmentName(file)
		}
		d, err := st.EnsureDepartment(ctx, store.Terminal, name)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		sp, _, err := st.Space(ctx, store.Terminal, d.ID)
		if err != nil {
			return err
		}
		if same(sp, file, r) {
			continue
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		staged, err := st.Stage(file, f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		up, err := st.Upload(ctx, store.Terminal, d.ID, "jaarverslag serve --import", []*store.Staged{staged})
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		fmt.Fprintf(stderr, "jaarverslag: %s opgeslagen als versie %d van %s\n", p, up.Versions[0].Number, up.Versions[0].Name())
	}
	return nil
}

// same reports whether the space's current version of file has the bytes r was read from.
func same(sp store.Space, file string, r *report.Report) bool {
	for _, f := range sp.Files {
		if strings.EqualFold(f.File, file) && len(r.Files) == 1 && f.SHA256 == r.Files[0].SHA256 {
			return true
		}
	}
	return false
}

// departmentName makes "Gezondheid en welzijn" of "gezondheid-en-welzijn.xlsx".
func departmentName(file string) string {
	s := strings.TrimSuffix(file, filepath.Ext(file))
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' || r == ' ' }), " ")
	if s == "" {
		return file
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
