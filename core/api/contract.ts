import { z } from 'zod';

import * as m from './models.js';

// The one API between the renderer and main. A method name is also the IPC allowlist entry;
// `input` is validated by the gate before any service sees it, `output` documents the value
// returned inside `{ ok: true, value }`.

const empty = z.object({}).strict();
const passphrase = z.string().min(1).max(1024);

export const contract = {
  'app.info': {
    input: empty,
    output: z.object({
      version: z.string(),
      transport: z.enum(['electron', 'web']),
      profileExists: z.boolean(),
      unlocked: z.boolean(),
    }),
  },
  'profile.createDemo': {
    input: z.object({ passphrase }).strict(),
    output: m.session,
  },
  'profile.unlock': {
    input: z.object({ passphrase }).strict(),
    output: m.session,
  },
  'profile.lock': { input: empty, output: z.object({}) },
  'profile.changePassphrase': {
    input: z.object({ current: passphrase, next: passphrase }).strict(),
    output: z.object({}),
  },
  // The renderer reports user activity (throttled) so the idle lock counts real use.
  'profile.activity': { input: empty, output: z.object({}) },
  'meeting.list': { input: empty, output: z.array(m.meetingSummary) },
  'meeting.get': {
    input: z.object({ meetingId: m.id }).strict(),
    output: m.meetingDetail,
  },
  'material.import': {
    input: z
      .object({
        agendaItemId: m.id,
        fileName: z.string().min(1).max(255),
        bytes: z.instanceof(Uint8Array),
        title: z.string().min(1).max(200).optional(),
        classification: m.classification.default('internal'),
        // Lets import check a password-protected PDF; the password itself is never stored.
        pdfPassword: z.string().max(256).optional(),
      })
      .strict(),
    output: m.materialSummary,
  },
  'material.open': {
    input: z.object({ materialId: m.id }).strict(),
    output: m.openedMaterial,
  },
  'annotation.list': {
    input: z.object({ materialId: m.id }).strict(),
    output: z.array(m.annotation),
  },
  'annotation.create': {
    input: z
      .object({
        materialId: m.id,
        page: z.number().int().positive(),
        kind: m.annotationKind,
        rects: z.array(m.rect).min(1).max(200),
        quote: z.string().max(4000).default(''),
        note: z.string().max(20000).default(''),
      })
      .strict(),
    output: m.annotation,
  },
  'annotation.update': {
    input: z.object({ annotationId: m.id, note: z.string().max(20000) }).strict(),
    output: m.annotation,
  },
  'annotation.delete': {
    input: z.object({ annotationId: m.id }).strict(),
    output: z.object({}),
  },
  // The member's own notes on one material (or all), as Markdown they can keep.
  'annotation.export': {
    input: z.object({ materialId: m.id.optional() }).strict(),
    output: z.object({ fileName: z.string(), markdown: z.string() }),
  },
  'comment.create': {
    input: z
      .object({
        materialId: m.id,
        provisionId: z.string().min(1).max(200),
        articleNumber: z.number().int().positive(),
        paragraph: z.number().int().positive().nullable().default(null),
        text: z.string().trim().min(1).max(20000),
      })
      .strict(),
    output: m.comment,
  },
  // Comments on this material, including those written on earlier versions and carried over.
  'comment.list': {
    input: z.object({ materialId: m.id }).strict(),
    output: z.array(m.comment),
  },
  'comment.delete': {
    input: z.object({ commentId: m.id }).strict(),
    output: z.object({}),
  },
  'comment.summary': {
    input: z.object({ materialId: m.id }).strict(),
    output: z.object({ material: m.materialSummary, groups: z.array(m.commentGroup) }),
  },
  'comment.export': {
    input: z.object({ materialId: m.id }).strict(),
    output: z.object({ fileName: z.string(), markdown: z.string() }),
  },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const methods = Object.keys(contract) as Method[];

export function isMethod(value: unknown): value is Method {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

// Events main pushes to the renderer through `window.yishi.on`.
export const events = {
  'profile.locked': z.object({ reason: z.enum(['manual', 'idle', 'system']) }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
