import {
  memo,
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';

import type { Annotation } from '../../core/api/models.js';
import { AnnotationOverlay } from './AnnotationOverlay.js';
import type { ReaderPage, TextLayerHandle } from './document.js';
import { clearFindHits, markFindHits, type PageHit } from './find-marks.js';
import { outputScaleFor, releaseCanvas, renderWatermarkedPage } from './render-page.js';
import { scrollWithin } from './scroll.js';
import { usePageVisibility } from './usePageVisibility.js';

export type PagePoint = Readonly<{ x: number; y: number }>;

type PageViewProps = Readonly<{
  page: ReaderPage;
  scale: number;
  watermarkText: string;
  scrollRoot: RefObject<HTMLDivElement | null>;
  registerElement: (page: number, element: HTMLElement | null) => void;
  hits: readonly PageHit[];
  // Changes each time the member moves to a find hit; the page holding it scrolls to it.
  hitNonce: number;
  annotations: readonly Annotation[];
  selectedAnnotationId: string | null;
  noteMode: boolean;
  onPageClick: (page: ReaderPage, point: PagePoint) => void;
  onSelectAnnotation: (id: string) => void;
}>;

export const noHits: readonly PageHit[] = [];

export const PageView = memo(function PageView(props: PageViewProps) {
  const { page, scale, watermarkText, hits, hitNonce, registerElement, scrollRoot } = props;
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textLayerRef = useRef<HTMLDivElement>(null);
  const layerHandle = useRef<TextLayerHandle | null>(null);
  const scrolledNonce = useRef(0);
  const [layerReady, setLayerReady] = useState(false);
  // The zoom of the last finished render (watermark included), null while none is shown.
  const [renderedScale, setRenderedScale] = useState<number | null>(null);
  const visible = usePageVisibility(containerRef, scrollRoot);

  useEffect(() => {
    registerElement(page.number, containerRef.current);
    return () => registerElement(page.number, null);
  }, [page.number, registerElement]);

  // Canvas: render with the watermark while near the screen, release the pixels otherwise.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;

    if (!visible) {
      releaseCanvas(canvas);
      setRenderedScale(null);
      return;
    }

    let current = true;
    const output = outputScaleFor(page, scale, window.devicePixelRatio || 1);
    const task = renderWatermarkedPage(page, canvas, output, watermarkText);

    task.promise.then(
      () => current && setRenderedScale(scale),
      () => undefined, // cancelled by a newer render or by unmounting
    );

    return () => {
      current = false;
      task.cancel();
    };
  }, [visible, page, scale, watermarkText]);

  useEffect(() => {
    const canvas = canvasRef.current;
    return () => releaseCanvas(canvas);
  }, []);

  // Text layer: built once the page is first seen, kept for find and selection.
  useEffect(() => {
    const container = textLayerRef.current;
    if (!visible || layerHandle.current || !container) return;

    let current = true;

    // A build cut short when the page scrolled away may have left spans behind.
    container.replaceChildren();

    void page.buildTextLayer(container, scale).then(
      (handle) => {
        if (!current) return handle.cancel();
        layerHandle.current = handle;
        setLayerReady(true);
      },
      () => undefined,
    );

    return () => {
      current = false;
    };
    // The scale is applied by the effect below; rebuilding on zoom would lose find marks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visible, page]);

  useEffect(() => {
    if (layerReady) layerHandle.current?.update(scale);
  }, [layerReady, scale]);

  useEffect(() => {
    const container = textLayerRef.current;

    return () => {
      layerHandle.current?.cancel();
      layerHandle.current = null;
      container?.replaceChildren();
    };
  }, []);

  // Find hits: mark them in the text layer and bring the current one into view.
  useEffect(() => {
    const holdsCurrent = hits.some((hit) => hit.current);
    const wantsScroll = holdsCurrent && hitNonce !== scrolledNonce.current;
    const handle = layerHandle.current;

    const scroller = scrollRoot.current;
    const container = containerRef.current;

    if (!layerReady || !handle) {
      if (wantsScroll && scroller && container) scrollWithin(scroller, container, 'start');
      return;
    }

    const currentHit = hits.length > 0 ? markFindHits(handle, hits) : null;
    if (hits.length === 0) clearFindHits(handle);

    if (wantsScroll && currentHit && scroller) {
      scrollWithin(scroller, currentHit, 'center');
      scrolledNonce.current = hitNonce;
    }
  }, [layerReady, hits, hitNonce, scrollRoot]);

  const onClick = (event: MouseEvent<HTMLDivElement>): void => {
    if (!props.noteMode) return;

    const box = event.currentTarget.getBoundingClientRect();
    props.onPageClick(page, {
      x: (event.clientX - box.left) / box.width,
      y: (event.clientY - box.top) / box.height,
    });
  };

  const width = page.size.width * scale;
  const height = page.size.height * scale;

  return (
    // Clicks add a note only in note mode, which also has a keyboard path (the panel's
    // "add a note to this page" button); the page itself is not an interactive control.
    <div
      ref={containerRef}
      className={`page${props.noteMode ? ' note-mode' : ''}`}
      role="group"
      aria-label={t('reader.pageLabel', { page: page.number })}
      data-page-number={page.number}
      data-testid="page"
      onClick={onClick}
      style={pageStyle(width, height, scale)}
    >
      <canvas
        ref={canvasRef}
        className="page-canvas"
        aria-hidden="true"
        data-testid="page-canvas"
        data-page={page.number}
        data-rendered={renderedScale !== null ? 'true' : 'false'}
        data-rendered-scale={renderedScale ?? undefined}
      />
      <div
        ref={textLayerRef}
        className="text-layer"
        data-testid="text-layer"
        data-page={page.number}
      />
      <AnnotationOverlay
        page={page}
        annotations={props.annotations}
        selectedId={props.selectedAnnotationId}
        onSelect={props.onSelectAnnotation}
      />
    </div>
  );
});

// Sizes come from the page and the zoom, so they are set from script (CSP forbids inline
// style attributes in HTML, not style properties set through the DOM).
function pageStyle(width: number, height: number, scale: number): CSSProperties {
  return {
    width: `${width}px`,
    height: `${height}px`,
    ['--total-scale-factor' as string]: String(scale),
  };
}
