-- The first schema: departments and their links, sessions, uploaded
-- versions with the findings they had on arrival, withdrawals, builds with
-- their inputs, the audit log and a few settings.

CREATE TABLE departments (
	id      INTEGER PRIMARY KEY,
	name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
	admin   INTEGER NOT NULL DEFAULT 0 CHECK (admin IN (0, 1)),
	created TEXT NOT NULL
);
-- F&C is the one department with admin rights.
CREATE UNIQUE INDEX departments_one_admin ON departments (admin) WHERE admin = 1;
INSERT INTO departments (name, admin, created) VALUES ('F&C', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- A link's secret is never stored, only its SHA-256.
CREATE TABLE links (
	id            INTEGER PRIMARY KEY,
	department_id INTEGER NOT NULL REFERENCES departments (id),
	secret_sha256 TEXT NOT NULL UNIQUE,
	created       TEXT NOT NULL,
	revoked       TEXT
);
CREATE INDEX links_department ON links (department_id);

CREATE TABLE sessions (
	token_sha256 TEXT PRIMARY KEY,
	link_id      INTEGER NOT NULL REFERENCES links (id),
	created      TEXT NOT NULL,
	expires      TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_link ON sessions (link_id);

-- Every upload is a version; the bytes are in bestanden/<sha256>.
CREATE TABLE versions (
	id            INTEGER PRIMARY KEY,
	department_id INTEGER NOT NULL REFERENCES departments (id),
	file          TEXT NOT NULL COLLATE NOCASE,
	number        INTEGER NOT NULL CHECK (number > 0),
	sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
	size          INTEGER NOT NULL,
	uploader      TEXT NOT NULL,
	received      TEXT NOT NULL,
	errors        INTEGER NOT NULL,
	warnings      INTEGER NOT NULL,
	UNIQUE (department_id, file, number)
);

-- The findings of a version as it arrived, checked with the files current then.
CREATE TABLE findings (
	version_id INTEGER NOT NULL REFERENCES versions (id),
	seq        INTEGER NOT NULL,
	severity   TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
	rule       TEXT NOT NULL,
	file       TEXT NOT NULL,
	sheet      TEXT NOT NULL,
	row        INTEGER NOT NULL,
	col        INTEGER NOT NULL,
	value      TEXT NOT NULL,
	message    TEXT NOT NULL,
	PRIMARY KEY (version_id, seq)
) WITHOUT ROWID;

-- A withdrawn version no longer counts as its file's current version.
CREATE TABLE withdrawals (
	version_id INTEGER PRIMARY KEY REFERENCES versions (id),
	actor      TEXT NOT NULL,
	at         TEXT NOT NULL
);

-- A build's outputs are in builds/<dir>/.
CREATE TABLE builds (
	id     INTEGER PRIMARY KEY,
	dir    TEXT NOT NULL UNIQUE,
	actor  TEXT NOT NULL,
	made   TEXT NOT NULL,
	pages  INTEGER NOT NULL,
	counts TEXT NOT NULL -- JSON: findings (warnings) per rule
);

CREATE TABLE build_files (
	build_id INTEGER NOT NULL REFERENCES builds (id),
	seq      INTEGER NOT NULL,
	name     TEXT NOT NULL,
	PRIMARY KEY (build_id, seq),
	UNIQUE (build_id, name)
) WITHOUT ROWID;

CREATE TABLE build_inputs (
	build_id   INTEGER NOT NULL REFERENCES builds (id),
	seq        INTEGER NOT NULL,
	version_id INTEGER NOT NULL REFERENCES versions (id),
	name       TEXT NOT NULL,
	sha256     TEXT NOT NULL,
	PRIMARY KEY (build_id, seq)
) WITHOUT ROWID;

CREATE TABLE audit (
	id     INTEGER PRIMARY KEY,
	at     TEXT NOT NULL,
	actor  TEXT NOT NULL,
	action TEXT NOT NULL,
	detail TEXT NOT NULL
);

CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;
