package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestToegang(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	tests := []struct {
		args []string
		code int
		out  string // regexp stdout must match
	}{
		{[]string{"beheer"}, exitOK, `^http://127\.0\.0\.1:8080/toegang/[A-Za-z0-9_-]{43}\n$`},
		{[]string{"--url", "https://jaarverslag.example.nl/", "afdeling", "Jeugd", "en", "Onderwijs"}, exitOK, `^https://jaarverslag\.example\.nl/toegang/[A-Za-z0-9_-]{43}\n$`},
		{[]string{"afdeling", "jeugd en onderwijs"}, exitOK, `/toegang/`},
		{[]string{"intrekken", "Jeugd en Onderwijs"}, exitOK, `^2 links ingetrokken\n$`},
		{[]string{"intrekken", "beheer"}, exitOK, `^1 link ingetrokken\n$`},
		{[]string{"intrekken", "Onbekend"}, exitUsage, `^$`},
		{[]string{"afdeling", "beheer"}, exitOK, `/toegang/`}, // "beheer" is F&C's
		{[]string{"afdeling", "a › b"}, exitUsage, `^$`},
		{[]string{"afdeling"}, exitUsage, `^$`},
		{[]string{"wat"}, exitUsage, `^$`},
		{nil, exitUsage, `^$`},
	}
	for _, tt := range tests {
		code, out, errOut := runCmd(t, append([]string{"toegang", "--data", data}, tt.args...)...)
		if code != tt.code || !regexp.MustCompile(tt.out).MatchString(out) {
			t.Errorf("toegang %v: exit %d, stdout %q, stderr %q", tt.args, code, out, errOut)
		}
	}
}

// TestServe starts the portal on the sample set as make serve does, opens
// the printed F&C link, builds, and stops it.
func TestServe(t *testing.T) {
	data := t.TempDir()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var out, errOut syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", addr, "--data", data, "--import", goodSet}, &out, &errOut)
	}()
	var link string
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if strings.Contains(errOut.String(), "portaal op") {
			link = regexp.MustCompile(`http://\S+/toegang/\S+`).FindString(out.String())
			break
		}
	}
	if link == "" {
		cancel()
		t.Fatalf("no F&C link\nstdout: %s\nstderr: %s (exit %d)", out.String(), errOut.String(), <-done)
	}
	if n := strings.Count(errOut.String(), "opgeslagen als versie 1"); n != 7 {
		t.Errorf("%d files imported, want 7:\n%s", n, errOut.String())
	}
	secret := link[strings.LastIndex(link, "/")+1:]
	req, _ := http.NewRequest("POST", "http://"+addr+"/api/builds", nil)
	req.Header.Set("Authorization", "Bearer "+secret)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusCreated || !strings.Contains(string(body), ".pdf") {
		t.Errorf("build: %s %s", res.Status, body)
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Errorf("serve stopped with %d: %s", code, errOut.String())
	}

	// A second start imports nothing new and prints no second link.
	out.Reset()
	errOut.Reset()
	ctx, cancel = context.WithCancel(t.Context())
	go func() {
		done <- run(ctx, []string{"serve", "--addr", addr, "--data", data, "--import", goodSet}, &out, &errOut)
	}()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline) && !strings.Contains(errOut.String(), "portaal op"); time.Sleep(50 * time.Millisecond) {
	}
	cancel()
	<-done
	if strings.Contains(errOut.String(), "opgeslagen") || out.String() != "" {
		t.Errorf("second start: stdout %q stderr %q", out.String(), errOut.String())
	}
	if code, _, _ := runCmd(t, "serve", "--data", data, "extra"); code != exitUsage {
		t.Errorf("serve with an argument: exit %d", code)
	}
}

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func (s *syncBuffer) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.b.Reset()
}
