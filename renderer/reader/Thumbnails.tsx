import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import type { ReaderPage } from './document.js';
import { releaseCanvas, renderWatermarkedPage } from './render-page.js';
import { usePageVisibility } from './usePageVisibility.js';

// Small page images are rendered pages too, so they carry the watermark like the rest.
const thumbnailWidth = 112;

type Props = Readonly<{
  pages: readonly ReaderPage[];
  currentPage: number;
  watermarkText: string;
  goToPage: (page: number) => void;
}>;

export function Thumbnails(props: Props) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);

  return (
    <nav className="thumbnails" aria-label={t('reader.thumbnails')} data-testid="thumbnails">
      <ol ref={listRef}>
        {props.pages.map((page) => (
          <Thumbnail
            key={page.number}
            page={page}
            current={page.number === props.currentPage}
            watermarkText={props.watermarkText}
            goToPage={props.goToPage}
            root={listRef}
          />
        ))}
      </ol>
    </nav>
  );
}

type ThumbnailProps = Readonly<{
  page: ReaderPage;
  current: boolean;
  watermarkText: string;
  goToPage: (page: number) => void;
  root: RefObject<HTMLOListElement | null>;
}>;

const Thumbnail = memo(function Thumbnail(props: ThumbnailProps) {
  const { page, watermarkText } = props;
  const { t } = useTranslation();
  const itemRef = useRef<HTMLLIElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  const visible = usePageVisibility(itemRef, props.root, '50% 0px');
  const scale = thumbnailWidth / page.size.width;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!visible || drawn || !canvas) return;

    let live = true;
    const task = renderWatermarkedPage(
      page,
      canvas,
      scale * (window.devicePixelRatio || 1),
      watermarkText,
    );
    task.promise.then(
      () => live && setDrawn(true),
      () => undefined,
    );

    return () => {
      live = false;
      task.cancel();
    };
  }, [visible, drawn, page, scale, watermarkText]);

  useEffect(() => {
    const canvas = canvasRef.current;
    return () => releaseCanvas(canvas);
  }, []);

  return (
    <li ref={itemRef}>
      <button
        type="button"
        className="thumbnail"
        aria-current={props.current ? 'page' : undefined}
        onClick={() => props.goToPage(page.number)}
        data-testid="thumbnail"
        data-page={page.number}
      >
        <canvas
          ref={canvasRef}
          aria-hidden="true"
          style={{ width: `${thumbnailWidth}px`, height: `${page.size.height * scale}px` }}
        />
        <span className="thumbnail-label">{t('reader.pageLabel', { page: page.number })}</span>
      </button>
    </li>
  );
});
