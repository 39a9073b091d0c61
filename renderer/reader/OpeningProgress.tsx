import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { OpenProgress } from './open-progress.js';

type Props = Readonly<{ progress: OpenProgress; onCancel: () => void }>;

// A large material can take a while: say which step is running, how far it has got where
// that is known, how long it has taken so far, and offer a way out.
export function OpeningProgress(props: Props) {
  const { t } = useTranslation();
  const { progress } = props;
  const seconds = useElapsedSeconds();
  const fraction = fractionOf(progress);

  return (
    <div
      className="opening-progress"
      data-testid="reader-opening"
      data-phase={progress.phase}
      aria-busy="true"
    >
      <p role="status" data-testid="reader-opening-phase">
        {phaseLabel(progress, t)}
      </p>
      <progress
        aria-label={t('reader.progress')}
        max={1}
        {...(fraction === null ? {} : { value: fraction })}
      />
      {/* Shown once it matters; not a live region, so it is not read out every second. */}
      <p className="muted" data-testid="reader-opening-elapsed">
        {seconds >= 2 ? t('reader.elapsed', { count: seconds }) : '\u00a0'}
      </p>
      <button
        type="button"
        className="button"
        onClick={props.onCancel}
        data-testid="reader-cancel-open"
      >
        {t('reader.cancelOpen')}
      </button>
    </div>
  );
}

function phaseLabel(progress: OpenProgress, t: TFunction): string {
  switch (progress.phase) {
    case 'decrypting':
      return t('reader.phase.decrypting');
    case 'loading':
      return progress.percent === null
        ? t('reader.phase.loading')
        : t('reader.phase.loadingPercent', { percent: progress.percent });
    case 'pages':
      return t('reader.phase.pages', { loaded: progress.loaded, total: progress.total });
    case 'typesetting':
      return t('reader.phase.typesetting');
  }
}

// Known only while pdf.js reads the file and while the pages are prepared.
function fractionOf(progress: OpenProgress): number | null {
  if (progress.phase === 'loading' && progress.percent !== null) return progress.percent / 100;
  if (progress.phase === 'pages' && progress.total > 0) return progress.loaded / progress.total;
  return null;
}

function useElapsedSeconds(): number {
  const [seconds, setSeconds] = useState(0);

  useEffect(() => {
    const timer = setInterval(() => setSeconds((count) => count + 1), 1000);
    return () => clearInterval(timer);
  }, []);

  return seconds;
}
