package portal

import (
	"fmt"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"

	"jaarverslag/sources"
)

// BenchmarkUploadLatency measures upload-to-findings: a department posts a
// workbook and has its findings back, checked together with the rest of
// the sample set, through HTTP, staging, fsync, validation and commit. Each
// iteration sends 40 uploads from the six departments, at most c at a time;
// p50 and p95 are over every upload of the run. Wall-clock latency
// depends on what else the machine runs; cpu-ms/upload does not.
func BenchmarkUploadLatency(b *testing.B) {
	for _, c := range []int{1, 20} {
		b.Run(fmt.Sprintf("concurrent=%d", c), func(b *testing.B) {
			p := start(b, b.TempDir(), sources.DefaultMaxFileSize)
			p.withSample()
			type upload struct {
				secret, file string
				data         []byte
			}
			const perIteration = 40
			var uploads []upload
			for i := range perIteration {
				f := sample[1+i%(len(sample)-1)]
				uploads = append(uploads, upload{p.secrets[f.department], f.file,
					spoil(b, f.file, map[string]string{"Toelichting!A1": fmt.Sprintf("Upload %d", i)})})
			}
			var mu sync.Mutex
			var took []time.Duration
			cpu := cpuTime()
			b.ResetTimer()
			for b.Loop() {
				work := make(chan upload)
				var wg sync.WaitGroup
				for range c {
					wg.Go(func() {
						for u := range work {
							begin := time.Now()
							res, body := p.upload(u.secret, map[string][]byte{u.file: u.data})
							d := time.Since(begin)
							if res.StatusCode != http.StatusCreated {
								b.Errorf("%s: %s %s", u.file, res.Status, body)
							}
							mu.Lock()
							took = append(took, d)
							mu.Unlock()
						}
					})
				}
				for _, u := range uploads {
					work <- u
				}
				close(work)
				wg.Wait()
			}
			b.StopTimer()
			cpu = cpuTime() - cpu
			slices.Sort(took)
			at := func(q float64) float64 {
				return float64(took[int(q*float64(len(took)-1))].Microseconds()) / 1000
			}
			b.ReportMetric(at(0.50), "p50-ms")
			b.ReportMetric(at(0.95), "p95-ms")
			b.ReportMetric(float64(len(took)), "uploads")
			// CPU per upload (server and client in this process) says what
			// the machine must give, whatever else runs on it.
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(len(took)), "cpu-ms/upload")
		})
	}
}
