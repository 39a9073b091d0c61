import { migration0001 } from './0001_initial.js';
import { migration0002 } from './0002_comments.js';

// Numbered migrations. Append only: a released migration is never edited, and the index of
// a migration in this list plus one is the schema version it produces.
export const migrations: readonly string[] = [migration0001, migration0002];

export const schemaVersion = migrations.length;
