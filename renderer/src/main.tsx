import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickLocale } from '@shared/locale';
import { call } from './lib/api';
import { initI18n, prefetchLanguage } from './lib/i18n';
import { App } from './app/App';
import { LOAD_AHEAD } from './app/routes';
import { loadAheadWhenIdle } from './lib/load-ahead';
import { useRouter } from './lib/router';
import { askFirstListEarly } from './features/clients/client-list-query';
import './styles.css';

async function start() {
  // While the settings are read: the first screen's data, and the texts of the system's language.
  if (useRouter.getState().route.path === '/clients') askFirstListEarly();
  const systemLocale = pickLocale(navigator.languages);
  prefetchLanguage(systemLocale);
  const settings = await call('settings.get', {});
  // The advisor's choice, else the system's language when it is one of the four, else French.
  await initI18n(settings.locale ?? systemLocale);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  loadAheadWhenIdle(LOAD_AHEAD);
}

void start();
