import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import type { ReaderPage } from './document.js';
import { releaseCanvas, renderWatermarkedPage } from './render-page.js';
import { scrollWithin } from './scroll.js';
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
  const navRef = useRef<HTMLElement>(null);

  return (
    <nav
      ref={navRef}
      className="thumbnails"
      aria-label={t('reader.thumbnails')}
      data-testid="thumbnails"
    >
      <ol>
        {props.pages.map((page) => (
          <Thumbnail
            key={page.number}
            page={page}
            current={page.number === props.currentPage}
            watermarkText={props.watermarkText}
            goToPage={props.goToPage}
            root={navRef}
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
  root: RefObject<HTMLElement | null>;
}>;

const Thumbnail = memo(function Thumbnail(props: ThumbnailProps) {
  const { page, watermarkText, current, root } = props;
  const { t } = useTranslation();
  const itemRef = useRef<HTMLLIElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  const visible = usePageVisibility(itemRef, root, '50% 0px');
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

  // Keep the current page's thumbnail in sight as the member reads on.
  useEffect(() => {
    const nav = root.current;
    const item = itemRef.current;
    if (!current || !nav || !item) return;

    const area = nav.getBoundingClientRect();
    const box = item.getBoundingClientRect();
    if (box.top < area.top || box.bottom > area.bottom) scrollWithin(nav, item, 'center');
  }, [current, root]);

  return (
    <li ref={itemRef}>
      <button
        type="button"
        className="thumbnail"
        aria-current={current ? 'page' : undefined}
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
