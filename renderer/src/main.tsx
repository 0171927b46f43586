import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './lib/i18n';
import { App } from './app/App';
import { LOAD_AHEAD } from './app/routes';
import { loadAheadWhenIdle } from './lib/load-ahead';
import { settingsAtStart, systemLocale } from './app/first-requests';
import './styles.css';

async function start() {
  // Asked by early.ts already, with the first screen's data and the likely texts. Should the
  // settings fail, the window still opens (in the system's language): the screens show what fails.
  const settings = await settingsAtStart().catch(() => null);
  // The advisor's choice, else the system's language when it is one of the four, else French.
  await initI18n(settings?.locale ?? systemLocale());
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  loadAheadWhenIdle(LOAD_AHEAD);
}

void start();
