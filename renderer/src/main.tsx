import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickLocale } from '../../shared/locale';
import { call } from './lib/api';
import { initI18n } from './lib/i18n';
import { App } from './app/App';
import { LOAD_AHEAD } from './app/routes';
import { loadAheadWhenIdle } from './lib/load-ahead';
import './styles.css';

async function start() {
  const settings = await call('settings.get', {});
  // The advisor's choice, else the system's language when it is one of the four, else French.
  await initI18n(settings.locale ?? pickLocale(navigator.languages));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  loadAheadWhenIdle(LOAD_AHEAD);
}

void start();
