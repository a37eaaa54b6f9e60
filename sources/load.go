package sources

import "jaarverslag/report"

// Load reads the workbooks (and last year's annex, opts.Previous) and
// checks them against every rule of the contract: the first half of validate, build and the portal alike, so the
// three cannot disagree about what is an error.
func Load(paths []string, opts Options) (*report.Report, report.Findings) {
	r, fs := Read(paths, opts)
	fs = append(fs, loadPrevious(r, opts)...)
	return check(r, fs, opts)
}

// LoadInputs is Load for workbooks named apart from their path.
func LoadInputs(ins []Input, opts Options) (*report.Report, report.Findings) {
	r, fs := ReadInputs(ins, opts)
	fs = append(fs, loadPrevious(r, opts)...)
	return check(r, fs, opts)
}

func check(r *report.Report, fs report.Findings, opts Options) (*report.Report, report.Findings) {
	fs = append(fs, report.Validate(r)...)
	if opts.Strict {
		fs = fs.Strict()
	}
	fs.Sort()
	return r, fs
}
