import type { MeetingSummary } from '../../../core/api/models.js';
import type { Db } from '../../../db/connection.js';

export type NewMeeting = Readonly<{
  id: string;
  title: string;
  startsAt: string;
  location: string;
  createdAt: string;
}>;

export type NewAgendaItem = Readonly<{
  id: string;
  meetingId: string;
  ordinal: number;
  title: string;
}>;

export type AgendaItemRow = Readonly<{
  id: string;
  meetingId: string;
  ordinal: number;
  title: string;
}>;

export function insertMeeting(db: Db, meeting: NewMeeting): void {
  db.prepare(
    `INSERT INTO meetings (id, title, starts_at, location, created_at)
     VALUES (@id, @title, @startsAt, @location, @createdAt)`,
  ).run(meeting);
}

export function insertAgendaItem(db: Db, item: NewAgendaItem): void {
  db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, ordinal, title)
     VALUES (@id, @meetingId, @ordinal, @title)`,
  ).run(item);
}

const SUMMARY_COLUMNS = `
  m.id AS id, m.title AS title, m.starts_at AS startsAt, m.location AS location,
  (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id) AS agendaItemCount,
  (SELECT count(*) FROM materials x JOIN agenda_items a ON a.id = x.agenda_item_id
    WHERE a.meeting_id = m.id) AS materialCount`;

/** Newest meeting first: members look for the coming session, not last year's. */
export function listMeetings(db: Db): MeetingSummary[] {
  return db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM meetings m ORDER BY m.starts_at DESC, m.id`)
    .all() as MeetingSummary[];
}

export function findMeeting(db: Db, meetingId: string): MeetingSummary | undefined {
  return db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM meetings m WHERE m.id = ?`).get(meetingId) as
    MeetingSummary | undefined;
}

export function listAgendaItems(db: Db, meetingId: string): AgendaItemRow[] {
  return db
    .prepare(
      `SELECT id, meeting_id AS meetingId, ordinal, title FROM agenda_items
       WHERE meeting_id = ? ORDER BY ordinal`,
    )
    .all(meetingId) as AgendaItemRow[];
}

export function findAgendaItem(db: Db, agendaItemId: string): AgendaItemRow | undefined {
  return db
    .prepare('SELECT id, meeting_id AS meetingId, ordinal, title FROM agenda_items WHERE id = ?')
    .get(agendaItemId) as AgendaItemRow | undefined;
}

export function findAgendaItemByOrdinal(
  db: Db,
  meetingId: string,
  ordinal: number,
): AgendaItemRow | undefined {
  return db
    .prepare(
      `SELECT id, meeting_id AS meetingId, ordinal, title FROM agenda_items
       WHERE meeting_id = ? AND ordinal = ?`,
    )
    .get(meetingId, ordinal) as AgendaItemRow | undefined;
}
