import { useTranslation } from 'react-i18next';

import type { ChapterEntry } from './table-rows.js';

type Props = Readonly<{
  chapters: readonly ChapterEntry[];
  onJump: (key: string) => void;
}>;

// 章 by 章: each chapter of the draft (a deleted one under its old name), with how many of
// its articles changed; choosing one brings its heading row to the top and focuses it.
export function ChapterNav(props: Props) {
  const { t } = useTranslation();
  if (props.chapters.length === 0) return null;

  return (
    <nav className="chapter-nav" aria-label={t('regulation.chapters')} data-testid="chapter-nav">
      <ol>
        {props.chapters.map((chapter, index) => {
          const side = chapter.heading.new ?? chapter.heading.old;
          const book = chapter.book?.new ?? chapter.book?.old;
          const newBook = chapter.book !== null && chapter.book !== props.chapters[index - 1]?.book;
          return (
            <li key={chapter.key}>
              {newBook && book && (
                <p className="chapter-book">
                  {book.label} {book.heading}
                </p>
              )}
              <button
                type="button"
                className="chapter-link"
                onClick={() => props.onJump(chapter.key)}
                data-testid="chapter-link"
                data-changes={chapter.changes}
              >
                <span className="chapter-name">
                  {side?.label} {side?.heading}
                </span>
                <span className="chapter-counts">
                  {t('regulation.chapterCounts', {
                    changes: chapter.changes,
                    articles: chapter.articles,
                  })}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
