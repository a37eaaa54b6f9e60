package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"testing"

	"jaarverslag/output"
	"jaarverslag/report/sample"
	"jaarverslag/sources"
)

// BenchmarkBuild runs the whole command (read, validate, render both
// outputs, write) on sample sets of growing size.
func BenchmarkBuild(b *testing.B) {
	for _, scale := range []int{1, 10, 100} {
		in := b.TempDir()
		r := sample.Scaled(scale)
		for _, p := range sample.Split() {
			err := output.WriteFile(filepath.Join(in, p.Name), func(w io.Writer) error {
				return sources.WriteWorkbook(w, r, p.Sheets, p.Domains, sampleModified)
			})
			if err != nil {
				b.Fatal(err)
			}
		}
		out := b.TempDir()
		b.Run(fmt.Sprintf("scale=%d", scale), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var stdout, stderr bytes.Buffer
				if code := run(b.Context(), []string{"build", "-q", "-o", out, in}, &stdout, &stderr); code != exitOK {
					b.Fatalf("exit %d: %s", code, stderr.String())
				}
			}
		})
	}
}
