// Scrolls only the reader's own scrolling area. Element.scrollIntoView would also scroll
// every ancestor (the app's main area, the window) and push the top bar out of sight.
export function scrollWithin(
  scroller: HTMLElement,
  element: HTMLElement,
  block: 'start' | 'center',
): void {
  const area = scroller.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  const gap = 12;

  const top =
    block === 'start'
      ? target.top - area.top - gap
      : target.top - area.top - (area.height - target.height) / 2;

  const left =
    target.left < area.left || target.right > area.right
      ? target.left - area.left - (area.width - target.width) / 2
      : 0;

  scroller.scrollBy({ top, left });
}
