package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"jaarverslag/sources"
	"jaarverslag/sources/store"
)

const toegangSynopsis = `[--data MAP] [--url URL] beheer | afdeling NAAM | intrekken NAAM

  beheer            maak een nieuwe link voor F&C
  afdeling NAAM     maak een nieuwe link voor afdeling NAAM (nieuw of bestaand)
  intrekken NAAM    trek alle links van afdeling NAAM in ("intrekken beheer": die van F&C)`

// runToegang makes and revokes the portal's links from the server's terminal.
func runToegang(ctx context.Context, args []string, stdout, stderr io.Writer) (int, error) {
	fl := newFlags("toegang", toegangSynopsis, stdout, stderr)
	data := fl.String("data", "jaarverslag-data", "`MAP` met de gegevens van het portaal")
	public := fl.String("url", "", "adres van het portaal in de link (standaard wat serve laatst gebruikte, anders http://127.0.0.1:8080)")
	rest, err := fl.parse(args)
	if err != nil {
		return 0, err
	}
	var action, name string
	switch {
	case len(rest) == 1 && rest[0] == "beheer":
		action, name = "link", store.AdminName
	case len(rest) >= 2 && rest[0] == "afdeling":
		action, name = "link", strings.Join(rest[1:], " ")
	case len(rest) >= 2 && rest[0] == "intrekken":
		action, name = "intrekken", strings.Join(rest[1:], " ")
	default:
		fl.Usage()
		return 0, errUsage
	}
	st, err := store.Open(*data, sources.Options{})
	if err != nil {
		return 0, err
	}
	defer st.Close()

	if action == "intrekken" {
		n, err := st.Revoke(ctx, store.Terminal, name)
		if err != nil {
			return 0, toegangError(err, name, stderr)
		}
		fmt.Fprintf(stdout, "%d %s ingetrokken\n", n, plural(n, "link", "links"))
		return exitOK, nil
	}
	base := strings.TrimRight(*public, "/")
	if base == "" {
		if base, err = st.Setting(ctx, settingURL); err != nil {
			return 0, err
		}
	}
	if base == "" {
		base = "http://127.0.0.1:8080"
	}
	l, err := st.NewLink(ctx, store.Terminal, name)
	if err != nil {
		return 0, toegangError(err, name, stderr)
	}
	fmt.Fprintf(stdout, "%s/toegang/%s\n", base, l.Secret)
	return exitOK, nil
}

// toegangError makes a wrong name a usage error with its reason.
func toegangError(err error, name string, stderr io.Writer) error {
	switch {
	case errors.Is(err, store.ErrNotFound):
		fmt.Fprintf(stderr, "jaarverslag: er is geen afdeling %q\n", name)
		return errUsage
	case errors.Is(err, store.ErrInvalid):
		fmt.Fprintf(stderr, "jaarverslag: %v\n", err)
		return errUsage
	}
	return err
}
