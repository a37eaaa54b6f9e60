package portal

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"jaarverslag/report"
	"jaarverslag/sources/store"
)

// apiVersion is one upload as the API shows it.
type apiVersion struct {
	ID        int64     `json:"id"`
	Afdeling  string    `json:"afdeling"`
	Bestand   string    `json:"bestand"`
	SHA256    string    `json:"sha256"`
	Versie    int       `json:"versie"`
	Ontvangen time.Time `json:"ontvangen"`
}

func toAPI(vs []store.Version) []apiVersion {
	out := make([]apiVersion, len(vs))
	for i, v := range vs {
		out[i] = apiVersion{v.ID, v.DepartmentName, v.File, v.SHA256, v.Number, v.Received.UTC()}
	}
	return out
}

// apiError is every error answer; findings come with 409 and 422, in the
// validate --json schema.
type apiError struct {
	Error string `json:"fout"`
	*report.FindingsJSON
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

// receive reads a multipart upload: one or more "bestand" parts, the
// uploader's "naam" and, for F&C, the "afdeling" to upload for. Each file
// streams to a staged temp file; nothing is held in memory.
func (s *Server) receive(w http.ResponseWriter, r *http.Request, defaultName string) (store.Upload, error) {
	a := access(r)
	if _, err := s.store.Department(r.Context(), a, a.Department); err != nil {
		return store.Upload{}, err // refuse strangers before reading their bytes
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.maxBody)
	mr, err := r.MultipartReader()
	if err != nil {
		return store.Upload{}, errBadRequest
	}
	var staged []*store.Staged
	discard := func() {
		for _, st := range staged {
			st.Discard()
		}
	}
	name, department := defaultName, a.Department
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			discard()
			return store.Upload{}, badPart(err)
		}
		switch p.FormName() {
		case "bestand":
			if p.FileName() == "" {
				continue // an empty file input
			}
			if len(staged) == maxFiles {
				discard()
				return store.Upload{}, errTooMany
			}
			st, err := s.store.Stage(p.FileName(), p)
			if err != nil {
				discard()
				return store.Upload{}, badPart(err)
			}
			staged = append(staged, st)
		case "naam", "afdeling":
			b, err := io.ReadAll(io.LimitReader(p, 1000))
			if err != nil {
				discard()
				return store.Upload{}, badPart(err)
			}
			v := strings.TrimSpace(string(b))
			if p.FormName() == "naam" && v != "" {
				name = v
			}
			if p.FormName() == "afdeling" && v != "" {
				if department, err = strconv.ParseInt(v, 10, 64); err != nil {
					discard()
					return store.Upload{}, store.ErrNotFound
				}
			}
		}
	}
	return s.store.Upload(r.Context(), a, department, name, staged)
}

var errTooMany = errors.New("te veel bestanden in één upload; upload er hoogstens 10 tegelijk")

// badPart keeps a body over the limit a 413 and makes a broken body a 400.
func badPart(err error) error {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) || errors.Is(err, store.ErrTooLarge) || errors.Is(err, store.ErrInvalid) {
		return err
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "multipart") {
		return errBadRequest
	}
	return err
}

// apiUpload: POST /api/uploads.
func (s *Server) apiUpload(w http.ResponseWriter, r *http.Request) {
	up, err := s.receive(w, r, "API")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, struct {
		Uploads []apiVersion `json:"uploads"`
		report.FindingsJSON
	}{toAPI(up.Versions), up.Findings.JSON()})
}

// apiUploads: GET /api/uploads.
func (s *Server) apiUploads(w http.ResponseWriter, r *http.Request) {
	vs, err := s.store.Versions(r.Context(), access(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Uploads []apiVersion `json:"uploads"`
	}{toAPI(vs)})
}

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

// original sends a version's bytes as uploaded.
func (s *Server) original(w http.ResponseWriter, r *http.Request) {
	n, err := id(r, "id")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	f, v, err := s.store.Open(r.Context(), access(r), n)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	defer f.Close()
	serveFile(w, r, v.File, xlsxType, v.Received, f)
}

// annotated sends a version with its findings marked.
func (s *Server) annotated(w http.ResponseWriter, r *http.Request) {
	n, err := id(r, "id")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var buf bytes.Buffer
	v, err := s.store.Annotated(r.Context(), access(r), n, &buf)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ext := filepath.Ext(v.File)
	serveFile(w, r, strings.TrimSuffix(v.File, ext)+"-gemarkeerd"+ext, xlsxType, v.Received, bytes.NewReader(buf.Bytes()))
}

// apiBuild: POST /api/builds.
func (s *Server) apiBuild(w http.ResponseWriter, r *http.Request) {
	b, err := s.store.Build(r.Context(), access(r), s.cfg.Write)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	type input struct {
		Bestand string `json:"bestand"`
		SHA256  string `json:"sha256"`
	}
	out := struct {
		ID        int64          `json:"id"`
		Bestanden []string       `json:"bestanden"`
		Invoer    []input        `json:"invoer"`
		Counts    map[string]int `json:"counts"`
	}{ID: b.ID, Bestanden: b.Files, Invoer: []input{}, Counts: b.Counts}
	for _, in := range b.Inputs {
		out.Invoer = append(out.Invoer, input{in.Name, in.SHA256})
	}
	writeJSON(w, http.StatusCreated, out)
}

// buildFile sends one output of a build.
func (s *Server) buildFile(w http.ResponseWriter, r *http.Request) {
	n, err := id(r, "id")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	b, err := s.store.BuildByID(r.Context(), access(r), n)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	path, err := s.store.BuildFile(r.Context(), access(r), n, r.PathValue("name"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	f, err := os.Open(path)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	defer f.Close()
	ct := mime.TypeByExtension(filepath.Ext(path))
	switch filepath.Ext(path) {
	case ".xlsx":
		ct = xlsxType
	case "":
		ct = "application/octet-stream"
	}
	serveFile(w, r, filepath.Base(path), ct, b.Made, f)
}

// attachment is a Content-Disposition header that names a download; the
// name is quoted and encoded by mime, never pasted in.
func attachment(name string) string {
	if v := mime.FormatMediaType("attachment", map[string]string{"filename": name}); v != "" {
		return v
	}
	return "attachment"
}
