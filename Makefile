# A thin layer over go. `make demo` builds the sample report, `make test` runs every check CI runs.
GO          ?= go
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2
FUZZTIME    ?= 10s
SAMPLE      ?= testdata/groningen-2025
SERVE_DATA  ?= jaarverslag-data
SERVE_ADDR  ?= 127.0.0.1:8080
NEXT        ?= testdata/groningen-2026

.PHONY: demo serve test testdeps lint bench fuzz golden template clean

# Builds the sample report, then the made-up year after it, whose Terugblik
# is checked against the annex the first build has just written.
demo:
	@annex=$$($(GO) run ./cmd/jaarverslag build -o output $(SAMPLE) | tee /dev/stderr | grep -- '-bijlage\.xlsx$$') && \
	  $(GO) run ./cmd/jaarverslag build -o output --vorig-jaar "$$annex" $(NEXT)

# The upload portal on the sample set: every sample workbook stored as an
# upload of its department (rapport.xlsx for F&C); prints a link for F&C.
serve:
	$(GO) build -o bin/jaarverslag ./cmd/jaarverslag
	@echo "Open deze link als F&C:"
	@bin/jaarverslag toegang --data $(SERVE_DATA) --url http://$(SERVE_ADDR) beheer
	bin/jaarverslag serve --data $(SERVE_DATA) --addr $(SERVE_ADDR) --import $(SAMPLE)

test: lint testdeps
	$(GO) test -count=1 ./...

# Chromium and poppler-utils (apt-get, when missing) and the locked axe-core
# (npm ci) for the browser tests.
testdeps:
	@.ci/testdeps

lint:
	@out=$$(gofmt -l cmd report sources templates output); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 3x ./...

# Runs every fuzz target for FUZZTIME each (make fuzz FUZZTIME=10m for a long run).
# FUZZTIME may be a count (10000x): CI uses one, because a duration races the
# fuzzer's own deadline and fails with "context deadline exceeded" on a busy machine.
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$t"; $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

# Rewrites golden files after an intended change; review the diff.
golden:
	$(GO) test ./cmd/jaarverslag ./sources ./output/pdf ./output/html -update

template:
	$(GO) run ./cmd/jaarverslag template --force -o templates/invoer.xlsx

clean:
	rm -rf bin output/*.pdf output/*.xlsx output/*.html
