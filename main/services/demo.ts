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
import { insertComment } from './comments/repository.js';
import { planDemoComments, type PlannedComment } from './demo-comments.js';
import { newId } from './ids.js';
import { prepareMaterial, storeMaterial, type PreparedMaterial } from './materials/import.js';
import { setBaseMaterial } from './materials/repository.js';
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
  comments: PlannedComment[];
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
  const texts = new Map<string, string>();

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
      if (prepared.value.kind === 'text') {
        texts.set(material.file, new TextDecoder('utf-8').decode(bytes));
      }
    }
  }

  return ok({
    people,
    ownerPersonId: owner.id,
    meetingId: newId(),
    agendaItemIds,
    materials,
    comments: planDemoComments(texts, people),
  });
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
    const idsByFile = new Map<string, string>();
    for (const material of plan.materials) {
      const stored = storeMaterial(db, material, context);
      // The demo's files are distinct and its agenda items exist: a refusal here is a bug.
      if (!stored.ok) throw new Error(`demo material refused: ${stored.error.code}`);
      idsByFile.set(material.candidate.fileName, stored.value.id);
    }

    linkDemoDrafts(db, idsByFile);
    for (const comment of plan.comments) {
      insertComment(db, {
        id: newId(),
        materialId: demoMaterialId(idsByFile, comment.file),
        personId: comment.personId,
        provisionId: comment.provisionId,
        articleNumber: comment.articleNumber,
        paragraph: comment.paragraph,
        text: comment.text,
        createdAt: new Date(now.getTime() - comment.hoursAgo * 3_600_000).toISOString(),
      });
    }
  })();
}

// The draft revises the current law: the 条文对照表 and the comments carried over use it.
function linkDemoDrafts(db: Db, idsByFile: ReadonlyMap<string, string>): void {
  for (const item of demoAgenda) {
    for (const material of item.materials) {
      if (material.baseFile === undefined) continue;
      setBaseMaterial(
        db,
        demoMaterialId(idsByFile, material.file),
        demoMaterialId(idsByFile, material.baseFile),
      );
    }
  }
}

function demoMaterialId(idsByFile: ReadonlyMap<string, string>, file: string): string {
  const id = idsByFile.get(file);
  if (id === undefined) throw new Error(`demo material not stored: ${file}`);
  return id;
}
