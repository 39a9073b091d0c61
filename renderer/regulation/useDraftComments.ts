import { useCallback, useEffect, useState } from 'react';

import type { Input } from '../../core/api/contract.js';
import type { Comment } from '../../core/api/models.js';
import type { AppError } from '../../core/result.js';
import type { Call } from '../app/api.js';

export type NewComment = Omit<Input<'comment.create'>, 'materialId'>;

export type DraftComments = Readonly<{
  list: readonly Comment[];
  error: AppError | null;
  /** Resolves with the error when main refused the comment; the list reloads on success. */
  create: (comment: NewComment) => Promise<AppError | null>;
}>;

const empty: readonly Comment[] = [];

// The 审议意见 on a draft, those carried from the text it revises included (comment.list).
export function useDraftComments(call: Call, materialId: string): DraftComments {
  const [list, setList] = useState<readonly Comment[]>(empty);
  const [error, setError] = useState<AppError | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;

    void call('comment.list', { materialId }).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      setError(null);
      setList(result.value);
    });

    return () => {
      live = false;
    };
  }, [call, materialId, version]);

  const create = useCallback(
    async (comment: NewComment): Promise<AppError | null> => {
      const result = await call('comment.create', { ...comment, materialId });
      if (!result.ok) return result.error;

      setVersion((count) => count + 1);
      return null;
    },
    [call, materialId],
  );

  return { list, error, create };
}
