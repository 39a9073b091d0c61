// The first schema: committee, people, meetings with agenda items, materials stored as
// chunks inside the encrypted database, private annotations, and issued trace IDs.
export const migration0001 = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE people (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('clerk', 'member', 'chair')),
  title TEXT NOT NULL
);

CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  location TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE agenda_items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  title TEXT NOT NULL,
  UNIQUE (meeting_id, ordinal)
);

CREATE TABLE materials (
  id TEXT PRIMARY KEY,
  agenda_item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  file_name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('pdf', 'text')),
  classification TEXT NOT NULL CHECK (classification IN ('public', 'internal', 'sensitive')),
  version INTEGER NOT NULL DEFAULT 1,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  page_count INTEGER,
  password_protected INTEGER NOT NULL DEFAULT 0,
  imported_at TEXT NOT NULL
);
CREATE INDEX materials_by_sha256 ON materials (sha256);
CREATE INDEX materials_by_agenda_item ON materials (agenda_item_id);

CREATE TABLE material_chunks (
  material_id TEXT NOT NULL REFERENCES materials (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (material_id, idx)
) WITHOUT ROWID;

CREATE TABLE annotations (
  id TEXT PRIMARY KEY,
  material_id TEXT NOT NULL REFERENCES materials (id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people (id),
  page INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('highlight', 'note')),
  rects TEXT NOT NULL,
  quote TEXT NOT NULL,
  note TEXT NOT NULL,
  visibility TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'shared')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX annotations_by_material ON annotations (material_id, page);

CREATE TABLE trace_issues (
  trace_id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people (id),
  material_id TEXT NOT NULL REFERENCES materials (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  issued_at TEXT NOT NULL
);
`;
