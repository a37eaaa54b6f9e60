package report

import (
	"encoding/json"
	"testing"
)

func TestFindingsJSON(t *testing.T) {
	tests := []struct {
		name string
		fs   Findings
		want string
	}{
		{"none", nil, `{"findings":[],"counts":{}}`},
		{"cell", Findings{{Severity: Error, Rule: RuleStatus, Pos: Pos{File: "jeugd.xlsx", Sheet: "Coalitieakkoord", Row: 3, Col: 6}, Value: "klaar", Message: "Status"}},
			`{"findings":[{"severity":"error","rule":"status","file":"jeugd.xlsx","sheet":"Coalitieakkoord","cell":"F3","row":3,"column":"F","value":"klaar","message":"Status"}],"counts":{"status":1}}`},
		{"row", Findings{{Severity: Warning, Rule: "r", Pos: Pos{File: "a.xlsx", Sheet: "Begroting", Row: 9}}},
			`{"findings":[{"severity":"warning","rule":"r","file":"a.xlsx","sheet":"Begroting","cell":"","row":9,"column":"","value":"","message":""}],"counts":{"r":1}}`},
		{"file", Findings{{Rule: RuleUnreadable, Pos: Pos{File: "leeg.xlsx"}, Message: "leeg"}, {Rule: RuleUnreadable, Pos: Pos{File: "b.xlsx"}}},
			`{"findings":[{"severity":"error","rule":"bestand-onleesbaar","file":"leeg.xlsx","sheet":"","cell":"","row":0,"column":"","value":"","message":"leeg"},{"severity":"error","rule":"bestand-onleesbaar","file":"b.xlsx","sheet":"","cell":"","row":0,"column":"","value":"","message":""}],"counts":{"bestand-onleesbaar":2}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(tt.fs.JSON())
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestSeverityRoundTrip(t *testing.T) {
	for _, s := range []Severity{Error, Warning} {
		b, _ := s.MarshalText()
		var got Severity
		if err := got.UnmarshalText(b); err != nil || got != s {
			t.Errorf("%s: got %v, %v", b, got, err)
		}
	}
	var s Severity
	if err := s.UnmarshalText([]byte("fout")); err == nil {
		t.Error(`"fout" read as a severity`)
	}
}
