import type { Person, Session } from '../../core/api/models.js';
import { err, ok, type Result } from '../../core/result.js';
import type { Db } from '../../db/connection.js';
import { metaKeys, readMeta, writeMeta } from './meta.js';
import { findPerson, insertPerson } from './people/repository.js';

// A profile belongs to one person of one committee. Their name goes into every watermark
// and their ID owns every annotation written in this profile.

export type Owner = Readonly<{ committee: string; person: Person }>;

export type Committee = Readonly<{
  name: string;
  people: readonly Person[];
  ownerPersonId: string;
}>;

/** Records the committee and who owns the profile. Runs inside the caller's transaction. */
export function recordCommittee(db: Db, committee: Committee): void {
  for (const person of committee.people) insertPerson(db, person);
  writeMeta(db, metaKeys.committeeName, committee.name);
  writeMeta(db, metaKeys.ownerPersonId, committee.ownerPersonId);
}

export function loadOwner(db: Db): Result<Owner> {
  const committee = readMeta(db, metaKeys.committeeName);
  const personId = readMeta(db, metaKeys.ownerPersonId);
  const person = personId === undefined ? undefined : findPerson(db, personId);

  if (committee === undefined || person === undefined) {
    return err('profile.corrupt', 'profile has no committee or owner');
  }
  return ok({ committee, person });
}

export function sessionOf(owner: Owner, idleLockMinutes: number): Session {
  return { committee: owner.committee, user: owner.person, idleLockMinutes };
}
