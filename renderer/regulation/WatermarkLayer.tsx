import { useEffect, useRef } from 'react';

import { drawWatermark } from '../reader/watermark.js';

type Props = Readonly<{
  text: string;
  /** Called when something outside the app removes or hides the layer. */
  onTampered: () => void;
}>;

// The recipient's watermark for the 条文对照表, drawn into canvas pixels: the same tiled
// mark as on the reader's pages, on a canvas filling the table's viewport behind the rows
// (which are transparent), so it shows through every row and every screenshot.
//
// Limitation: the table is HTML text, so unlike a PDF page the watermark cannot share the
// text's pixels; a canvas behind it is the closest we get without drawing the law as an
// image (which would cost selection, find and screen readers). The canvas has no CSS of its
// own to switch off, and removing or hiding it trips onTampered, which hides the table.
export function WatermarkLayer(props: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { text, onTampered } = props;

  useEffect(() => {
    const canvas = canvasRef.current;
    const viewport = canvas?.parentElement;
    if (!canvas || !viewport) return;

    const draw = (): void => {
      const ratio = window.devicePixelRatio || 1;
      const width = Math.max(1, Math.round(viewport.clientWidth * ratio));
      const height = Math.max(1, Math.round(viewport.clientHeight * ratio));
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;

      const context = canvas.getContext('2d');
      if (!context) return;
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, width, height);
      drawWatermark(context, { text, width, height, scale: ratio });
    };

    draw();
    const resize = new ResizeObserver(draw);
    resize.observe(viewport);

    const guard = new MutationObserver(() => {
      const hidden = !canvas.isConnected || canvas.parentElement !== viewport;
      const restyled =
        canvas.hidden || canvas.hasAttribute('style') || canvas.className !== 'watermark-layer';
      if (hidden || restyled) onTampered();
    });
    guard.observe(viewport, { childList: true });
    guard.observe(canvas, { attributes: true, attributeFilter: ['style', 'class', 'hidden'] });

    return () => {
      resize.disconnect();
      guard.disconnect();
    };
  }, [text, onTampered]);

  return (
    <canvas
      ref={canvasRef}
      className="watermark-layer"
      aria-hidden="true"
      data-testid="comparison-watermark"
    />
  );
}
