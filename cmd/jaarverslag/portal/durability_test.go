package portal

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"jaarverslag/sources"
	"jaarverslag/sources/store"
)

// TestConcurrentUploadsLoseNothing: 50 uploads from 11 departments at once
// give 50 versions, each with exactly the bytes sent; after a restart they
// are all still there.
func TestConcurrentUploadsLoseNothing(t *testing.T) {
	dir := t.TempDir()
	p := start(t, dir, sources.DefaultMaxFileSize)
	p.withSample()
	// Eleven departments: the six of the sample and five new ones.
	type job struct {
		secret, file string
		data         []byte
	}
	var departments []struct{ secret, file string }
	for _, f := range sample[1:] {
		departments = append(departments, struct{ secret, file string }{p.secrets[f.department], f.file})
	}
	for i := range 5 {
		departments = append(departments, struct{ secret, file string }{p.link(fmt.Sprintf("Afdeling %d", i+1)), ""})
	}
	if len(departments) != 11 {
		t.Fatalf("%d departments", len(departments))
	}
	blank := blankWorkbook(t)
	var jobs []job
	for i := range 50 {
		d := departments[i%len(departments)]
		// Each upload has bytes of its own: the Toelichting title differs.
		file, name := d.file, d.file
		if file == "" {
			file, name = "", fmt.Sprintf("leeg-%d.xlsx", i)
		}
		var data []byte
		if file == "" {
			data = spoilBytes(t, blank, map[string]string{"Toelichting!A1": fmt.Sprintf("Upload %d", i)})
		} else {
			data = spoil(t, file, map[string]string{"Toelichting!A1": fmt.Sprintf("Upload %d", i)})
		}
		jobs = append(jobs, job{d.secret, name, data})
	}
	before := len(p.versions(p.secrets[store.AdminName]))

	sent := map[int64][]byte{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Go(func() {
			res, body := p.upload(j.secret, map[string][]byte{j.file: j.data})
			if res.StatusCode != http.StatusCreated {
				t.Errorf("%s: %s %s", j.file, res.Status, body)
				return
			}
			a := decode[uploadAnswer](t, body)
			mu.Lock()
			sent[a.Uploads[0].ID] = j.data
			mu.Unlock()
		})
	}
	wg.Wait()
	if len(sent) != 50 {
		t.Fatalf("%d versions for 50 uploads", len(sent))
	}
	check := func(p *portal) {
		t.Helper()
		all := p.versions(p.secrets[store.AdminName])
		if len(all) != before+50 {
			t.Errorf("%d versions, want %d", len(all), before+50)
		}
		for id, data := range sent {
			res, got := p.do("GET", fmt.Sprintf("/api/uploads/%d/bestand", id), p.secrets[store.AdminName], "", nil)
			if res.StatusCode != 200 || hash(got) != hash(data) {
				t.Errorf("version %d: %s, bytes %s, sent %s", id, res.Status, hash(got), hash(data))
			}
		}
		// Version numbers per file run 1, 2, 3, … without gaps or doubles.
		numbers := map[string][]int{}
		for _, v := range all {
			k := v.Afdeling + "/" + v.Bestand
			numbers[k] = append(numbers[k], v.Versie)
		}
		for k, ns := range numbers {
			for i, n := range ns {
				if n != len(ns)-i {
					t.Errorf("%s: version numbers %v", k, ns)
					break
				}
			}
		}
	}
	check(p)
	p.stop()
	check(start(t, dir, sources.DefaultMaxFileSize).withSecrets(p.secrets))
}

// versions lists what the holder of secret sees.
func (p *portal) versions(secret string) []struct {
	ID        int64  `json:"id"`
	Afdeling  string `json:"afdeling"`
	Bestand   string `json:"bestand"`
	SHA256    string `json:"sha256"`
	Versie    int    `json:"versie"`
	Ontvangen string `json:"ontvangen"`
} {
	p.t.Helper()
	res, body := p.do("GET", "/api/uploads", secret, "", nil)
	if res.StatusCode != 200 {
		p.t.Fatalf("%s %s", res.Status, body)
	}
	return decode[uploadAnswer](p.t, body).Uploads
}

func (p *portal) withSecrets(secrets map[string]string) *portal {
	p.secrets = secrets
	return p
}

// TestStopBetweenBytesAndCommit stops an upload on the server after its
// bytes are on disk and before its row commits, as a kill would: the
// client gets an error, no version appears, and a restart keeps everything
// that was there.
func TestStopBetweenBytesAndCommit(t *testing.T) {
	dir := t.TempDir()
	p := start(t, dir, sources.DefaultMaxFileSize)
	p.withSample()
	jeugd, fc := p.secrets["Jeugd"], p.secrets[store.AdminName]
	before := p.versions(fc)

	reached := make(chan struct{})
	p.store.Hook = func(point string) error {
		if point == "bestanden" {
			close(reached)
			return errors.New("gestopt")
		}
		return nil
	}
	data := spoil(t, "jeugd.xlsx", map[string]string{"Toelichting!A1": "Onderbroken"})
	res, _ := p.upload(jeugd, map[string][]byte{"jeugd.xlsx": data})
	<-reached
	if res.StatusCode != http.StatusInternalServerError {
		t.Errorf("stopped upload answered %s", res.Status)
	}
	// The bytes were written before the stop.
	if _, err := os.Stat(filepath.Join(dir, "bestanden", hash(data))); err != nil {
		t.Fatalf("the bytes were not on disk at the stop: %v", err)
	}
	p.stop()

	// Restart as serve does: sweep first.
	st, err := store.Open(dir, sources.Options{})
	if err != nil {
		t.Fatal(err)
	}
	removed, err := st.Sweep(context.Background())
	st.Close()
	if err != nil || len(removed) != 1 || filepath.Base(removed[0]) != hash(data) {
		t.Errorf("sweep removed %v, %v; want the stopped upload's bytes", removed, err)
	}
	q := start(t, dir, sources.DefaultMaxFileSize).withSecrets(p.secrets)
	after := q.versions(fc)
	if len(after) != len(before) {
		t.Fatalf("%d versions after the restart, want %d", len(after), len(before))
	}
	for i := range after {
		if after[i] != before[i] {
			t.Errorf("version changed: %+v → %+v", before[i], after[i])
		}
	}
	// And the portal goes on: the same upload now succeeds as version 2.
	res, body := q.upload(jeugd, map[string][]byte{"jeugd.xlsx": data})
	if a := decode[uploadAnswer](t, body); res.StatusCode != 201 || a.Uploads[0].Versie != 2 {
		t.Errorf("upload after restart: %s %s", res.Status, body)
	}
}
