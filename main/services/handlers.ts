import type { Method, Output, ParsedInput } from '../../core/api/contract.js';
import { ok, type Result } from '../../core/result.js';
import type { Db } from '../../db/connection.js';
import {
  createAnnotation,
  exportNotes,
  listMaterialAnnotations,
  removeAnnotation,
  updateAnnotation,
} from './annotations/service.js';
import {
  commentSummary,
  createComment,
  exportComments,
  listComments,
  removeComment,
  type CommentContext,
} from './comments/service.js';
import { createRegulationCache } from './comments/regulation-cache.js';
import { createDemoProfile } from './demo.js';
import { importMaterial } from './materials/import.js';
import { openMaterial } from './materials/open.js';
import { meetingDetail, meetingList } from './meetings/service.js';
import { loadOwner, sessionOf, type Owner } from './owner.js';
import type { ProfileStore } from './profile/store.js';

// One handler per API method. The mapped type makes the compiler refuse a contract method
// without a handler, and a handler whose result does not match the contract's output.

type Handler<M extends Method> = (
  input: ParsedInput<M>,
) => Result<Output<M>> | Promise<Result<Output<M>>>;

export type Handlers = { [M in Method]: Handler<M> };

export type HandlerContext = Readonly<{
  store: ProfileStore;
  demoDir: string;
  transport: 'electron' | 'web';
  appVersion: string;
  idleLockMinutes: number;
  now: () => Date;
}>;

export function createHandlers(context: HandlerContext): Handlers {
  const { store, now } = context;

  // Parsed drafts stay in memory while the profile is open; locking forgets them with the key.
  const regulations = createRegulationCache();
  store.onLocked(() => regulations.clear());

  // Everything past the unlock screen needs the open database and the profile's owner;
  // while the profile is locked this yields `profile.locked`.
  const withOwner = <T>(work: (db: Db, owner: Owner) => Result<T>): Result<T> => {
    const db = store.db();
    if (!db.ok) return db;
    const owner = loadOwner(db.value);
    if (!owner.ok) return owner;
    return work(db.value, owner.value);
  };

  const withComments = <T>(work: (comments: CommentContext) => Result<T>): Result<T> =>
    withOwner((db, owner) => work({ db, owner, cache: regulations }));

  const sessionFor = (db: Result<Db>) => {
    if (!db.ok) return db;
    const owner = loadOwner(db.value);
    return owner.ok ? ok(sessionOf(owner.value, context.idleLockMinutes)) : owner;
  };

  return {
    'app.info': () =>
      ok({
        version: context.appVersion,
        transport: context.transport,
        profileExists: store.exists(),
        unlocked: store.isUnlocked(),
      }),

    'profile.createDemo': ({ passphrase }) =>
      createDemoProfile(store, {
        demoDir: context.demoDir,
        passphrase,
        now: now(),
        idleLockMinutes: context.idleLockMinutes,
      }),
    'profile.unlock': async ({ passphrase }) => sessionFor(await store.unlock(passphrase)),
    'profile.lock': () => {
      store.lock('manual');
      return ok({});
    },
    'profile.changePassphrase': async ({ current, next }) => {
      const changed = await store.changePassphrase(current, next);
      return changed.ok ? ok({}) : changed;
    },
    // The host touches the idle timer before every call; this one has nothing else to do.
    'profile.activity': () => ok({}),

    'meeting.list': () => withOwner((db) => meetingList(db)),
    'meeting.get': ({ meetingId }) => withOwner((db, owner) => meetingDetail(db, owner, meetingId)),

    'material.import': async (input) => {
      const owner = withOwner((_db, found) => ok(found));
      if (!owner.ok) return owner;
      return importMaterial(() => store.db(), input, {
        personId: owner.value.person.id,
        importedAt: now().toISOString(),
      });
    },
    'material.open': ({ materialId }) =>
      withOwner((db, owner) => openMaterial(db, owner, materialId, now())),

    'annotation.list': ({ materialId }) =>
      withOwner((db, owner) => listMaterialAnnotations(db, owner, materialId)),
    'annotation.create': (draft) =>
      withOwner((db, owner) => createAnnotation(db, owner, draft, now())),
    'annotation.update': (change) =>
      withOwner((db, owner) => updateAnnotation(db, owner, change, now())),
    'annotation.delete': ({ annotationId }) =>
      withOwner((db, owner) => removeAnnotation(db, owner, annotationId)),
    'annotation.export': ({ materialId }) =>
      withOwner((db, owner) => exportNotes(db, owner, materialId, now())),

    'comment.create': (draft) => withComments((comments) => createComment(comments, draft, now())),
    'comment.list': ({ materialId }) =>
      withComments((comments) => listComments(comments, materialId)),
    'comment.delete': ({ commentId }) =>
      withComments((comments) => removeComment(comments, commentId)),
    'comment.summary': ({ materialId }) =>
      withComments((comments) => commentSummary(comments, materialId)),
    'comment.export': ({ materialId }) =>
      withComments((comments) => exportComments(comments, materialId, now())),
  };
}
