package templates

import _ "embed"

// InputTemplate is the blank input workbook that `jaarverslag template`
// hands out; sources.WriteTemplate makes it (go test ./sources -run TestTemplate -update).
//
//go:embed invoer.xlsx
var InputTemplate []byte
