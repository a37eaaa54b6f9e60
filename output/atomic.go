package output

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// WriteFile writes one file through a temp file in the same folder and a
// rename, so a reader never sees a half-written file and a failed or
// interrupted write leaves the earlier file as it was. A failure is a
// *WriteError that names path, never the temp file.
func WriteFile(path string, write func(io.Writer) error) error {
	if err := checkTarget(path); err != nil {
		return err
	}
	tmp, err := stage(path, write)
	if err != nil {
		return err
	}
	return commit([]string{tmp}, []string{path})
}

// WriteFiles writes several files that belong together: all are staged
// first, and only when every one is complete are they renamed into place.
func WriteFiles(paths []string, data [][]byte) error {
	for _, p := range paths {
		if err := checkTarget(p); err != nil {
			return err
		}
	}
	var tmps []string
	for i, p := range paths {
		tmp, err := stage(p, func(w io.Writer) error { _, err := w.Write(data[i]); return err })
		if err != nil {
			for _, t := range tmps {
				os.Remove(t)
			}
			return err
		}
		tmps = append(tmps, tmp)
	}
	return commit(tmps, paths)
}

// Problem is what went wrong in a write, in terms a user can act on.
type Problem int

const (
	ProblemOther      Problem = iota
	ProblemPermission         // no write permission in Dir
	ProblemNotDir             // Dir (a folder on the way to Path) is a file
	ProblemIsDir              // Path is a folder, not a file
	ProblemDiskFull           // no space left (or quota reached)
	ProblemReadOnly           // Dir is on a read-only file system
)

// WriteError is a failed write, told in Dutch about the path the caller
// gave (never a temp name), with what to do about it.
type WriteError struct {
	Path    string  // the file that was to be written, as given
	Dir     string  // the folder the problem is in, for Permission, NotDir and ReadOnly
	Problem Problem // what went wrong
	Err     error   // the underlying error, for errors.Is
	// Option is the command-line option that chose the path ("-o"); when
	// set, the advice names it.
	Option string
}

func (e *WriteError) Error() string {
	var what, todo string
	switch e.Problem {
	case ProblemPermission:
		what, todo = "geen schrijfrechten in "+folder(e.Dir), "kies een andere map"
	case ProblemNotDir:
		what, todo = e.Dir+" is een bestand, geen map", "kies een andere map"
	case ProblemIsDir:
		what, todo = e.Path+" is een map", "geef een bestandsnaam"
	case ProblemDiskFull:
		what, todo = e.Path+" is niet geschreven: de schijf is vol", "maak ruimte vrij of kies een andere map"
	case ProblemReadOnly:
		what, todo = folder(e.Dir)+" staat op een alleen-lezen schijf", "kies een andere map"
	default:
		return fmt.Sprintf("%s kon niet worden geschreven: %s", e.Path, reason(e.Err))
	}
	if e.Option != "" {
		todo += " met " + e.Option
	}
	return what + "; " + todo
}

func (e *WriteError) Unwrap() error { return e.Err }

// WithOption names the command-line option that chose the path in the
// advice of a *WriteError ("kies een andere map met -o"); other errors are
// returned as they are.
func WithOption(err error, option string) error {
	var we *WriteError
	if errors.As(err, &we) {
		we.Option = option
	}
	return err
}

// folder names a folder for a message; "." is the current folder.
func folder(dir string) string {
	if dir == "." || dir == "" {
		return "de huidige map"
	}
	return "map " + dir
}

// checkTarget refuses a path that names a folder before anything is
// written: "uit/" or an existing folder would otherwise fail only at the
// rename, with the temp file's name in the message.
func checkTarget(path string) error {
	if strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(filepath.Separator)) {
		return &WriteError{Path: path, Problem: ProblemIsDir, Err: syscall.EISDIR}
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return &WriteError{Path: path, Problem: ProblemIsDir, Err: syscall.EISDIR}
	}
	return nil
}

// stage writes a complete temp file beside path and returns its name.
func stage(path string, write func(io.Writer) error) (string, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", explain(path, dir, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return "", explain(path, dir, err)
	}
	err = write(tmp)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", explain(path, dir, err)
	}
	return tmp.Name(), nil
}

// commit renames staged files into place; on a failure the rest are removed.
func commit(tmps, paths []string) error {
	for i, tmp := range tmps {
		if err := os.Rename(tmp, paths[i]); err != nil {
			for _, t := range tmps[i:] {
				os.Remove(t)
			}
			return explain(paths[i], filepath.Dir(paths[i]), err)
		}
	}
	return nil
}

// explain turns an error from writing path (in folder dir) into a
// *WriteError. The folder named is the one where the problem is: for a
// failed mkdir the parent of the folder that could not be made, for "not
// a directory" the file that stands where a folder should be.
func explain(path, dir string, err error) error {
	we := &WriteError{Path: path, Dir: dir, Err: err}
	var pe *fs.PathError
	mkdir := errors.As(err, &pe) && pe.Op == "mkdir"
	switch {
	case errors.Is(err, syscall.ENOTDIR):
		we.Problem = ProblemNotDir
		we.Dir = fileOnTheWay(dir)
	case errors.Is(err, syscall.EISDIR):
		we.Problem = ProblemIsDir
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		we.Problem = ProblemDiskFull
	case errors.Is(err, syscall.EROFS):
		we.Problem = ProblemReadOnly
		if mkdir {
			we.Dir = filepath.Dir(pe.Path)
		}
	case errors.Is(err, fs.ErrPermission):
		we.Problem = ProblemPermission
		if mkdir {
			we.Dir = filepath.Dir(pe.Path)
		}
	case mkdir && errors.Is(err, fs.ErrExist):
		// MkdirAll says "file exists" when dir itself is a file.
		we.Problem = ProblemNotDir
		we.Dir = fileOnTheWay(dir)
	}
	return we
}

// fileOnTheWay finds the file that stands where a folder of dir should be;
// dir itself when there is none (it may have gone since).
func fileOnTheWay(dir string) string {
	for p := dir; ; p = filepath.Dir(p) {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p
		}
		if parent := filepath.Dir(p); parent == p {
			return dir
		}
	}
}

// reason says in Dutch why a write failed, without the names of temp
// files that the underlying error carries.
func reason(err error) string {
	for _, r := range []struct {
		err  error
		text string
	}{
		{syscall.EIO, "leesfout of schrijffout van de schijf"},
		{syscall.EFBIG, "het bestand is te groot voor deze schijf"},
		{syscall.ENAMETOOLONG, "de naam is te lang"},
		{syscall.EMFILE, "te veel open bestanden"},
		{syscall.ENFILE, "te veel open bestanden"},
		{syscall.ENOENT, "de map bestaat niet (meer)"},
		{syscall.EINVAL, "de naam is niet toegestaan"},
	} {
		if errors.Is(err, r.err) {
			return r.text
		}
	}
	// Drop the operation and path (a temp name) that *PathError and
	// *LinkError put in front of the cause.
	for {
		var pe *fs.PathError
		var le *os.LinkError
		switch {
		case errors.As(err, &pe):
			err = pe.Err
			continue
		case errors.As(err, &le):
			err = le.Err
			continue
		}
		break
	}
	return err.Error()
}
