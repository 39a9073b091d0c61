import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import type { ReaderDocument } from './document.js';
import { findInDocument, indexPageText, type FindMatch, type PageTextIndex } from './find-index.js';
import type { PageHit } from './find-marks.js';

export type FindStatus = 'idle' | 'searching' | 'done';

export type FindState = Readonly<{
  query: string;
  setQuery: (query: string) => void;
  status: FindStatus;
  matches: readonly FindMatch[];
  current: number;
  hitsByPage: ReadonlyMap<number, readonly PageHit[]>;
  hitNonce: number;
  next: () => void;
  previous: () => void;
}>;

type Outcome = Readonly<{ query: string; matches: readonly FindMatch[] }>;

const typingPauseMs = 200;
const noMatches: readonly FindMatch[] = [];

// Searches all pages. The text of every page is extracted once, on the first search, and
// kept only as long as the document is open.
export function useFind(readerDocument: ReaderDocument, currentPage: number): FindState {
  const [query, setQuery] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [current, setCurrent] = useState(0);
  const [hitNonce, setHitNonce] = useState(0);
  const indexes = useRef<{ of: ReaderDocument; pages: Promise<PageTextIndex[]> } | null>(null);
  const pageRef = useRef(currentPage);

  useEffect(() => {
    pageRef.current = currentPage;
  }, [currentPage]);

  useEffect(() => {
    if (query.trim().length === 0) return;

    let live = true;

    const timer = window.setTimeout(() => {
      if (indexes.current?.of !== readerDocument) {
        indexes.current = { of: readerDocument, pages: indexDocument(readerDocument) };
      }

      void indexes.current.pages.then((pages) => {
        if (!live) return;

        const found = findInDocument(pages, query);
        const first = found.findIndex((match) => match.page >= pageRef.current);

        setOutcome({ query, matches: found });
        setCurrent(Math.max(0, first));
        if (found.length > 0) setHitNonce((nonce) => nonce + 1);
      });
    }, typingPauseMs);

    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [readerDocument, query]);

  // Results belong to the query they were computed for; anything else is still searching.
  const settled = outcome !== null && outcome.query === query;
  const status: FindStatus = query.trim().length === 0 ? 'idle' : settled ? 'done' : 'searching';
  const matches = status === 'done' && outcome ? outcome.matches : noMatches;

  const step = useCallback(
    (delta: number) => {
      if (matches.length === 0) return;

      setCurrent((index) => (index + delta + matches.length) % matches.length);
      setHitNonce((nonce) => nonce + 1);
    },
    [matches.length],
  );

  const hitsByPage = useMemo(() => groupHits(matches, current), [matches, current]);

  return {
    query,
    setQuery,
    status,
    matches,
    current,
    hitsByPage,
    hitNonce,
    next: () => step(1),
    previous: () => step(-1),
  };
}

async function indexDocument(readerDocument: ReaderDocument): Promise<PageTextIndex[]> {
  const indexes: PageTextIndex[] = [];

  for (const page of readerDocument.pages) {
    indexes.push(indexPageText(page.number, await page.textItems().catch(() => [])));
  }

  return indexes;
}

function groupHits(matches: readonly FindMatch[], current: number): Map<number, PageHit[]> {
  const byPage = new Map<number, PageHit[]>();

  matches.forEach((match, index) => {
    const hits = byPage.get(match.page) ?? [];
    hits.push({ segments: match.segments, current: index === current });
    byPage.set(match.page, hits);
  });

  return byPage;
}
