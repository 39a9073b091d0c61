// Schema 2: members' comments (审议意见) on the provisions of a text material, and the link
// from a draft to the text it revises, which the 条文对照表 and comment carry-over follow.
//
// A comment names its provision by ID (see docs/regulations.md), never by number alone:
// the number is kept only so an export can say where the comment was written.
export const migration0002 = `
ALTER TABLE materials
  ADD COLUMN base_material_id TEXT REFERENCES materials (id) ON DELETE SET NULL;

CREATE TABLE comments (
  id TEXT PRIMARY KEY,
  material_id TEXT NOT NULL REFERENCES materials (id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people (id),
  provision_id TEXT NOT NULL,
  article_number INTEGER NOT NULL CHECK (article_number > 0),
  paragraph INTEGER CHECK (paragraph IS NULL OR paragraph > 0),
  text TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX comments_by_material ON comments (material_id, created_at);
`;
