// The recipient's watermark, drawn into the same canvas pixels as the page so it cannot be
// removed by deleting a DOM node (ARCHITECTURE.md, security invariant 3). Pure drawing over a
// 2D context: the browser's CanvasRenderingContext2D and @napi-rs/canvas (tests) both fit.

export type WatermarkContext = {
  font: string;
  fillStyle: unknown;
  globalAlpha: number;
  globalCompositeOperation: string;
  textAlign: string;
  textBaseline: string;
  save(): void;
  restore(): void;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  translate(x: number, y: number): void;
  rotate(angle: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
};

export type WatermarkOptions = Readonly<{
  text: string;
  // Canvas size in device pixels.
  width: number;
  height: number;
  // Device pixels per CSS pixel at the current zoom, so the mark reads the same at any zoom.
  scale: number;
}>;

// A red no page uses for body text, light enough to read through; tests find it by pixel.
export const watermarkColor = 'rgb(200, 30, 30)';
export const watermarkAlpha = 0.15;
export const watermarkAngle = (-30 * Math.PI) / 180;

const fontFamily = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';
const cssFontSize = 15;

export function drawWatermark(ctx: WatermarkContext, options: WatermarkOptions): void {
  const { text, width, height, scale } = options;
  if (width <= 0 || height <= 0 || text.length === 0) return;

  const fontSize = Math.max(6, Math.round(cssFontSize * scale));

  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalCompositeOperation = 'source-over';
  ctx.globalAlpha = watermarkAlpha;
  ctx.fillStyle = watermarkColor;
  ctx.font = `${fontSize}px ${fontFamily}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';

  // Rotate about the centre and tile a square as wide as the diagonal, so every corner of
  // the page is covered whatever its aspect ratio.
  ctx.translate(width / 2, height / 2);
  ctx.rotate(watermarkAngle);

  const half = Math.hypot(width, height) / 2;
  const stepX = ctx.measureText(text).width + fontSize * 4;
  const stepY = fontSize * 7;

  for (let row = 0, y = -half; y <= half; row += 1, y += stepY) {
    const shift = row % 2 === 0 ? 0 : stepX / 2;

    for (let x = -half - shift; x <= half; x += stepX) ctx.fillText(text, x, y);
  }

  ctx.restore();
}
