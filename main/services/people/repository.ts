import type { Person } from '../../../core/api/models.js';
import type { Db } from '../../../db/connection.js';

export function insertPerson(db: Db, person: Person): void {
  db.prepare('INSERT INTO people (id, name, role, title) VALUES (?, ?, ?, ?)').run(
    person.id,
    person.name,
    person.role,
    person.title,
  );
}

export function findPerson(db: Db, personId: string): Person | undefined {
  return db.prepare('SELECT id, name, role, title FROM people WHERE id = ?').get(personId) as
    Person | undefined;
}
