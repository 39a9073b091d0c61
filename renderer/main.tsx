import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/reader.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App.js';
import { applyLargeText, storedLargeText } from './app/preferences.js';
import { AppFailed } from './components/AppFailed.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { initI18n } from './i18n/index.js';

async function start(): Promise<void> {
  applyLargeText(storedLargeText());
  await initI18n();

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');

  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary fallback={() => <AppFailed />}>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}

void start();
