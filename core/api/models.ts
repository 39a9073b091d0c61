import { z } from 'zod';

// Domain objects as they cross the API. Shared by main, preload, the browser shell and the
// renderer, so every side validates the same shapes.

export const id = z.string().min(1).max(64);

// 公开 / 内部 / 敏感: what a material's classification allows is decided by the pack layer.
export const classification = z.enum(['public', 'internal', 'sensitive']);
export type Classification = z.infer<typeof classification>;

export const materialKind = z.enum(['pdf', 'text']);
export type MaterialKind = z.infer<typeof materialKind>;

export const person = z.object({
  id,
  name: z.string(),
  role: z.enum(['clerk', 'member', 'chair']),
  title: z.string(),
});
export type Person = z.infer<typeof person>;

export const session = z.object({
  committee: z.string(),
  user: person,
  idleLockMinutes: z.number().int().positive(),
});
export type Session = z.infer<typeof session>;

export const meetingSummary = z.object({
  id,
  title: z.string(),
  startsAt: z.string(),
  location: z.string(),
  agendaItemCount: z.number().int(),
  materialCount: z.number().int(),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

export const materialSummary = z.object({
  id,
  agendaItemId: id,
  title: z.string(),
  fileName: z.string(),
  kind: materialKind,
  classification,
  version: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  pageCount: z.number().int().nonnegative().nullable(),
  passwordProtected: z.boolean(),
  importedAt: z.string(),
  annotationCount: z.number().int().nonnegative(),
  // The text this draft revises (现行文本 or the previous draft), for the 条文对照表.
  baseMaterialId: id.nullable(),
});
export type MaterialSummary = z.infer<typeof materialSummary>;

export const agendaItem = z.object({
  id,
  ordinal: z.number().int().positive(),
  title: z.string(),
  materials: z.array(materialSummary),
});
export type AgendaItem = z.infer<typeof agendaItem>;

export const meetingDetail = z.object({
  meeting: meetingSummary,
  agendaItems: z.array(agendaItem),
});
export type MeetingDetail = z.infer<typeof meetingDetail>;

// What the reader draws into every rendered page (name, time, short trace ID).
export const watermark = z.object({
  recipientName: z.string(),
  openedAt: z.string(),
  traceId: z.string().regex(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/),
});
export type Watermark = z.infer<typeof watermark>;

export const openedMaterial = z.object({
  material: materialSummary,
  watermark,
  // PDF bytes (kind 'pdf') or the UTF-8 text (kind 'text'), decrypted in memory only.
  bytes: z.instanceof(Uint8Array).nullable(),
  text: z.string().nullable(),
});
export type OpenedMaterial = z.infer<typeof openedMaterial>;

// Rectangles are in page space normalised to 0..1 of the unrotated page, so they survive zoom.
export const rect = z.object({
  x: z.number().min(0).max(1),
  y: z.number().min(0).max(1),
  w: z.number().min(0).max(1),
  h: z.number().min(0).max(1),
});
export type Rect = z.infer<typeof rect>;

export const annotationKind = z.enum(['highlight', 'note']);

export const annotation = z.object({
  id,
  materialId: id,
  page: z.number().int().positive(),
  kind: annotationKind,
  rects: z.array(rect).max(200),
  quote: z.string().max(4000),
  note: z.string().max(20000),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Annotation = z.infer<typeof annotation>;

// 审议意见: a member's comment on one article (or one paragraph of it) of a draft. It names the
// provision by its ID, which survives renumbering, so the next draft still shows it in place.
export const comment = z.object({
  id,
  materialId: id,
  provisionId: z.string().min(1).max(200),
  // The article's number when the comment was written, for readers of an export.
  articleNumber: z.number().int().positive(),
  paragraph: z.number().int().positive().nullable(),
  authorName: z.string(),
  text: z.string().min(1).max(20000),
  createdAt: z.string(),
  // Set when the comment was written on an earlier version and carried to this one.
  carriedFromMaterialId: id.nullable(),
});
export type Comment = z.infer<typeof comment>;

// The clerk's summary: every comment on a draft, grouped by the article it concerns.
export const commentGroup = z.object({
  provisionId: z.string(),
  articleNumber: z.number().int().positive().nullable(),
  articleLabel: z.string(),
  comments: z.array(comment),
});
export type CommentGroup = z.infer<typeof commentGroup>;
