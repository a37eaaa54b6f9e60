package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestInterrupts: the first signal cancels the run and lets it stop
// cleanly; the second exits at once with exitInterrupted.
func TestInterrupts(t *testing.T) {
	sig := make(chan os.Signal)
	ctx, cancel := context.WithCancel(t.Context())
	exited := make(chan int, 1)
	var stderr bytes.Buffer
	go interrupts(sig, cancel, &stderr, func(code int) { exited <- code })

	sig <- os.Interrupt
	select {
	case <-ctx.Done():
	case <-time.After(time.Second):
		t.Fatal("the first signal did not cancel the run")
	}
	select {
	case code := <-exited:
		t.Fatalf("exited with %d on the first signal", code)
	default:
	}
	sig <- os.Interrupt
	select {
	case code := <-exited:
		if code != exitInterrupted {
			t.Errorf("exit %d, want %d", code, exitInterrupted)
		}
	case <-time.After(time.Second):
		t.Fatal("the second signal did not exit")
	}
	if !strings.Contains(stderr.String(), "direct afgebroken") {
		t.Errorf("stderr %q", stderr.String())
	}
}

// TestCtrlC runs the real command on a large input (scale 200) and sends
// it SIGINT once, then twice: each time it must exit within a second with
// exitInterrupted and leave no output behind.
func TestCtrlC(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and a large input")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "jaarverslag")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	in := filepath.Join(dir, "invoer")
	if code, _, errOut := runCmd(t, "sample", "--scale", "200", "-o", in); code != exitOK {
		t.Fatal(errOut)
	}
	for _, signals := range []int{1, 2} {
		t.Run(map[int]string{1: "once", 2: "twice"}[signals], func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "uit")
			cmd := exec.Command(bin, "build", "-q", "-o", out, in)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(1500 * time.Millisecond) // reading (about 1.5 s) or rendering
			sent := time.Now()
			for i := 0; i < signals; i++ {
				if i > 0 {
					time.Sleep(50 * time.Millisecond) // two signals, not one merged
				}
				if err := cmd.Process.Signal(os.Interrupt); err != nil {
					t.Fatal(err)
				}
			}
			err := cmd.Wait()
			took := time.Since(sent)
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted {
				t.Fatalf("err %v, want exit %d\n%s", err, exitInterrupted, stderr.String())
			}
			t.Logf("exited %v after the first SIGINT: %q", took, stderr.String())
			if took > time.Second {
				t.Errorf("exited %v after the first SIGINT", took)
			}
			if !strings.Contains(stderr.String(), "afgebroken") {
				t.Errorf("stderr %q", stderr.String())
			}
			if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("an interrupted build made %s", out)
			}
		})
	}
}
