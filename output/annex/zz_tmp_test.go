package annex

import (
	"os"
	"testing"
)

func TestZZDump(t *testing.T) {
	os.WriteFile("/tmp/wild.xlsx", mustWrite(t, wildDomains()), 0o644)
}
