import type { KeyboardEvent, RefObject } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { FindState } from './useFind.js';

// 查找: Enter goes to the next hit, Shift+Enter to the previous one.
type Props = Readonly<{ find: FindState; inputRef: RefObject<HTMLInputElement | null> }>;

export function FindBar(props: Props) {
  const { t } = useTranslation();
  const { find, inputRef } = props;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter') return;

    event.preventDefault();
    if (event.shiftKey) find.previous();
    else find.next();
  };

  return (
    <div className="tool-group find-bar" role="search">
      <label className="visually-hidden" htmlFor="reader-find">
        {t('find.label')}
      </label>
      <input
        ref={inputRef}
        id="reader-find"
        type="search"
        value={find.query}
        placeholder={t('find.placeholder')}
        onChange={(event) => find.setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby="reader-find-status"
        data-testid="find-input"
      />
      <button
        type="button"
        className="icon-button"
        onClick={find.previous}
        disabled={find.matches.length === 0}
        aria-label={t('find.previous')}
        title={t('find.previous')}
        data-testid="find-previous"
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={find.next}
        disabled={find.matches.length === 0}
        aria-label={t('find.next')}
        title={t('find.next')}
        data-testid="find-next"
      >
        ↓
      </button>
      <span
        id="reader-find-status"
        className="find-status"
        role="status"
        data-testid="find-status"
        data-state={find.status}
        data-count={find.matches.length}
      >
        {findStatusText(find, t)}
      </span>
    </div>
  );
}

function findStatusText(find: FindState, t: TFunction): string {
  if (find.status === 'idle') return '';
  if (find.status === 'searching') return t('find.searching');
  if (find.matches.length === 0) return t('find.none');

  return t('find.position', {
    current: find.current + 1,
    total: find.matches.length,
    page: find.matches[find.current]?.page ?? 1,
  });
}
