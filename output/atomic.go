package output

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// WriteFile writes one file through a temp file in the same folder and a
// rename, so a reader never sees a half-written file and a failed or
// interrupted write leaves the earlier file as it was.
func WriteFile(path string, write func(io.Writer) error) error {
	tmp, err := stage(path, write)
	if err != nil {
		return err
	}
	return commit([]string{tmp}, []string{path})
}

// WriteFiles writes several files that belong together: all are staged
// first, and only when every one is complete are they renamed into place.
func WriteFiles(paths []string, data [][]byte) error {
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

// stage writes a complete temp file beside path and returns its name.
func stage(path string, write func(io.Writer) error) (string, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("map %s aanmaken: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return "", fmt.Errorf("%s schrijven: %w", path, err)
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
		return "", fmt.Errorf("%s schrijven: %w", path, err)
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
			return fmt.Errorf("%s schrijven: %w", paths[i], err)
		}
	}
	return nil
}
