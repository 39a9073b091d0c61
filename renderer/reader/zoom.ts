// Zoom steps a reader expects (as in common PDF readers), and fit-to-width.
export const zoomSteps = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4] as const;

export const minZoom = zoomSteps[0];
export const maxZoom = zoomSteps[zoomSteps.length - 1] ?? 4;

export function zoomIn(scale: number): number {
  return zoomSteps.find((step) => step > scale + 0.001) ?? maxZoom;
}

export function zoomOut(scale: number): number {
  return [...zoomSteps].reverse().find((step) => step < scale - 0.001) ?? minZoom;
}

// The scale at which a page of `pageWidth` fills `availableWidth`, within the zoom range.
export function fitWidthScale(pageWidth: number, availableWidth: number): number {
  if (pageWidth <= 0 || availableWidth <= 0) return 1;
  return Math.min(maxZoom, Math.max(minZoom, availableWidth / pageWidth));
}
