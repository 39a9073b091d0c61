import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Person, Session } from '../../core/api/models.js';
import { err, ok, type Result } from '../../core/result.js';
import type { Db } from '../../db/connection.js';
import {
  demoAgenda,
  demoCommitteeName,
  demoMeeting,
  demoOwnerName,
  demoPeople,
} from './demo-committee.js';
import { newId } from './ids.js';
import { prepareMaterial, storeMaterial, type PreparedMaterial } from './materials/import.js';
import { insertAgendaItem, insertMeeting } from './meetings/repository.js';
import { loadOwner, recordCommittee, sessionOf } from './owner.js';
import type { ProfileStore } from './profile/store.js';

// `profile.createDemo`: a new profile filled with the demo committee. The materials are
// checked before the profile is created and written in one transaction after, through the
// same import path a clerk uses, so the demo is either complete or not there at all.

export type DemoOptions = Readonly<{
  demoDir: string;
  passphrase: string;
  now: Date;
  idleLockMinutes: number;
}>;

type DemoPlan = Readonly<{
  people: Person[];
  ownerPersonId: string;
  meetingId: string;
  agendaItemIds: string[];
  materials: PreparedMaterial[];
}>;

export async function createDemoProfile(
  store: ProfileStore,
  options: DemoOptions,
): Promise<Result<Session>> {
  if (store.exists()) return err('profile.exists');

  const plan = await planDemo(options.demoDir);
  if (!plan.ok) return plan;

  const created = await store.create(options.passphrase);
  if (!created.ok) return created;

  const db = created.value;
  fillDemo(db, plan.value, options.now);

  const owner = loadOwner(db);
  return owner.ok ? ok(sessionOf(owner.value, options.idleLockMinutes)) : owner;
}

async function planDemo(demoDir: string): Promise<Result<DemoPlan>> {
  const people = demoPeople.map((person) => ({ ...person, id: newId() }));
  const owner = people.find((person) => person.name === demoOwnerName);
  if (owner === undefined) throw new Error('the demo owner is not among the demo people');

  const agendaItemIds = demoAgenda.map(() => newId());
  const materials: PreparedMaterial[] = [];

  for (const [index, item] of demoAgenda.entries()) {
    for (const material of item.materials) {
      const bytes = await readDemoFile(demoDir, material.file);
      if (bytes === undefined) return err('internal', `demo material missing: ${material.file}`);

      const prepared = await prepareMaterial({
        agendaItemId: agendaItemIds[index] ?? '',
        fileName: material.file,
        bytes,
        title: material.title,
        classification: material.classification,
      });
      if (!prepared.ok) return prepared;
      materials.push(prepared.value);
    }
  }

  return ok({ people, ownerPersonId: owner.id, meetingId: newId(), agendaItemIds, materials });
}

async function readDemoFile(demoDir: string, file: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(join(demoDir, 'data', file)));
  } catch {
    return undefined;
  }
}

function fillDemo(db: Db, plan: DemoPlan, now: Date): void {
  const startsAt = new Date(now);
  startsAt.setDate(startsAt.getDate() + demoMeeting.daysAhead);
  startsAt.setHours(demoMeeting.startHour, 0, 0, 0);

  db.transaction(() => {
    recordCommittee(db, {
      name: demoCommitteeName,
      people: plan.people,
      ownerPersonId: plan.ownerPersonId,
    });

    insertMeeting(db, {
      id: plan.meetingId,
      title: demoMeeting.title,
      startsAt: startsAt.toISOString(),
      location: demoMeeting.location,
      createdAt: now.toISOString(),
    });
    for (const [index, item] of demoAgenda.entries()) {
      const id = plan.agendaItemIds[index] ?? '';
      insertAgendaItem(db, {
        id,
        meetingId: plan.meetingId,
        ordinal: index + 1,
        title: item.title,
      });
    }

    const context = { personId: plan.ownerPersonId, importedAt: now.toISOString() };
    for (const material of plan.materials) {
      const stored = storeMaterial(db, material, context);
      // The demo's files are distinct and its agenda items exist: a refusal here is a bug.
      if (!stored.ok) throw new Error(`demo material refused: ${stored.error.code}`);
    }
  })();
}
