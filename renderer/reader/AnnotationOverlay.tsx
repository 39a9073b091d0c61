import { useTranslation } from 'react-i18next';

import type { Annotation, Rect } from '../../core/api/models.js';
import type { ReaderPage } from './document.js';

type Props = Readonly<{
  page: ReaderPage;
  annotations: readonly Annotation[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}>;

// The member's highlights and point notes drawn over the page. These are the member's own
// marks, not the watermark, so DOM elements are right here.
export function AnnotationOverlay(props: Props) {
  const { t } = useTranslation();

  return (
    <div className="annotation-layer">
      {props.annotations.map((annotation) => {
        const selected = annotation.id === props.selectedId ? ' selected' : '';
        const display = annotation.rects.map((rect) => props.page.toDisplayRect(rect));

        if (annotation.kind === 'note') {
          const point = display[0] ?? { x: 0, y: 0, w: 0, h: 0 };

          return (
            <button
              key={annotation.id}
              type="button"
              className={`note-marker${selected}`}
              style={positionOf(point)}
              aria-label={t('annotations.noteMarker', { note: annotation.note })}
              title={annotation.note}
              data-testid="note-marker"
              data-annotation-id={annotation.id}
              onClick={(event) => {
                event.stopPropagation();
                props.onSelect(annotation.id);
              }}
            />
          );
        }

        return display.map((rect, index) => (
          <div
            key={`${annotation.id}-${index}`}
            className={`highlight-mark${selected}`}
            style={boxOf(rect)}
            data-testid="highlight-mark"
            data-annotation-id={annotation.id}
          />
        ));
      })}
    </div>
  );
}

function positionOf(rect: Rect) {
  return { left: `${rect.x * 100}%`, top: `${rect.y * 100}%` };
}

function boxOf(rect: Rect) {
  return { ...positionOf(rect), width: `${rect.w * 100}%`, height: `${rect.h * 100}%` };
}
