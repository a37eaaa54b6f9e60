//go:build !unix

package portal

import "time"

// cpuTime is not measured here.
func cpuTime() time.Duration { return 0 }
