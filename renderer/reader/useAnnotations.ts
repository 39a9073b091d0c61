import { useCallback, useEffect, useState } from 'react';

import type { Input } from '../../core/api/contract.js';
import type { Annotation } from '../../core/api/models.js';
import type { AppError } from '../../core/result.js';
import type { Call } from '../app/api.js';

export type NewAnnotation = Omit<Input<'annotation.create'>, 'materialId'>;

export type AnnotationsState = Readonly<{
  list: readonly Annotation[];
  error: AppError | null;
  lastDeleted: Annotation | null;
  // Saving answers with the error (or null) instead of showing it in the panel: the dialog
  // that saved shows it and stays open with the member's note.
  create: (input: NewAnnotation) => Promise<AppError | null>;
  update: (id: string, note: string) => Promise<AppError | null>;
  remove: (annotation: Annotation) => Promise<boolean>;
  undoDelete: () => Promise<boolean>;
}>;

// The member's annotations on one material, kept in main's encrypted profile. Undoing a
// delete recreates the annotation with the same page, marks, quote and note.
export function useAnnotations(call: Call, materialId: string): AnnotationsState {
  const [list, setList] = useState<readonly Annotation[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [lastDeleted, setLastDeleted] = useState<Annotation | null>(null);

  useEffect(() => {
    let current = true;

    void call('annotation.list', { materialId }).then((result) => {
      if (!current) return;
      if (result.ok) setList(sortByPlace(result.value));
      else setError(result.error);
    });

    return () => {
      current = false;
    };
  }, [call, materialId]);

  const create = useCallback(
    async (input: NewAnnotation) => {
      const result = await call('annotation.create', { ...input, materialId });
      if (!result.ok) return result.error;

      setList((previous) => sortByPlace([...previous, result.value]));
      return null;
    },
    [call, materialId],
  );

  const update = useCallback(
    async (id: string, note: string) => {
      const result = await call('annotation.update', { annotationId: id, note });
      if (!result.ok) return result.error;

      setList((previous) => previous.map((item) => (item.id === id ? result.value : item)));
      return null;
    },
    [call],
  );

  const remove = useCallback(
    async (annotation: Annotation) => {
      const result = await call('annotation.delete', { annotationId: annotation.id });
      if (!result.ok) return fail(setError, result.error);

      setError(null);
      setLastDeleted(annotation);
      setList((previous) => previous.filter((item) => item.id !== annotation.id));
      return true;
    },
    [call],
  );

  const undoDelete = useCallback(async () => {
    if (!lastDeleted) return false;

    const { page, kind, rects, quote, note } = lastDeleted;
    const failure = await create({ page, kind, rects, quote, note });
    if (failure) return fail(setError, failure);

    setError(null);
    setLastDeleted(null);
    return true;
  }, [create, lastDeleted]);

  return { list, error, lastDeleted, create, update, remove, undoDelete };
}

function fail(setError: (error: AppError) => void, error: AppError): false {
  setError(error);
  return false;
}

function sortByPlace(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort(
    (a, b) =>
      a.page - b.page ||
      (a.rects[0]?.y ?? 0) - (b.rects[0]?.y ?? 0) ||
      a.createdAt.localeCompare(b.createdAt),
  );
}
