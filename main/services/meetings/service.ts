import type { MeetingDetail, MeetingSummary } from '../../../core/api/models.js';
import { err, ok, type Result } from '../../../core/result.js';
import type { Db } from '../../../db/connection.js';
import { listMaterialsOfMeeting } from '../materials/repository.js';
import type { Owner } from '../owner.js';
import { findMeeting, listAgendaItems, listMeetings } from './repository.js';

export function meetingList(db: Db): Result<MeetingSummary[]> {
  return ok(listMeetings(db));
}

/** A meeting with its agenda in order and each item's materials. */
export function meetingDetail(db: Db, owner: Owner, meetingId: string): Result<MeetingDetail> {
  const meeting = findMeeting(db, meetingId);
  if (meeting === undefined) return err('meeting.notFound');

  const materials = listMaterialsOfMeeting(db, meetingId, owner.person.id);
  const agendaItems = listAgendaItems(db, meetingId).map((item) => ({
    id: item.id,
    ordinal: item.ordinal,
    title: item.title,
    materials: materials.filter((material) => material.agendaItemId === item.id),
  }));

  return ok({ meeting, agendaItems });
}
