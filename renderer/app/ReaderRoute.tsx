import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { loadReaderScreen, type ReaderProps } from './reader-chunk.js';

// The reader screen, once its code has arrived. Until then the member can already go back:
// a shell that has stopped may leave the request hanging rather than failing it.
export function ReaderRoute(props: ReaderProps) {
  // Made here, outside the Suspense boundary: state of a component that suspended before it
  // ever showed is thrown away, which would start a new load at every retry.
  const [Reader] = useState(loadReaderScreen);

  return (
    <Suspense fallback={<ReaderCodeLoading {...props} />}>
      <Reader
        key={props.materialId}
        meetingId={props.meetingId}
        materialId={props.materialId}
        navigate={props.navigate}
      />
    </Suspense>
  );
}

function ReaderCodeLoading(props: ReaderProps) {
  const { t } = useTranslation();
  const back = (): void => props.navigate({ screen: 'meeting', meetingId: props.meetingId });

  return (
    <div className="status-line" data-testid="reader-code-loading">
      <p role="status">{t('reader.opening')}</p>
      <button type="button" className="button" onClick={back}>
        {t('reader.cancelOpen')}
      </button>
    </div>
  );
}
