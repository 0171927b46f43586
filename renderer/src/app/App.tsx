import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '@shared/locale';
import { call } from '../lib/api';
import { setLanguage } from '../lib/i18n';
import { match, navigate, useRouter } from '../lib/router';
import { Loading } from '../lib/load-on-first-use';
import { SaveIndicator } from '../components/SaveIndicator';
import { ROUTES } from './routes';
import { RouteErrorBoundary } from './RouteErrorBoundary';
import { LANGUAGE_NAMES } from '../lib/language-names';
import { SyncNavBadge } from '../features/sync/PortalDecisions';


function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('language')}</span>
      <select
        value={i18n.language}
        aria-label={t('language')}
        data-testid="language"
        onChange={async (e) => {
          const locale = e.target.value as Locale;
          await setLanguage(locale);
          await call('settings.update', { locale });
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function App() {
  const { t } = useTranslation();
  const { route } = useRouter();
  let found: { def: (typeof ROUTES)[number]; params: Record<string, string> } | null = null;
  for (const def of ROUTES) {
    const params = match(def.pattern, route.path);
    if (params) {
      found = { def, params };
      break;
    }
  }
  if (!found) {
    navigate('/clients');
    return null;
  }
  const Screen = found.def.component;
  const activeTop = '/' + route.path.split('/')[1];
  return (
    <div className={found.def.fullscreen ? 'app app-fullscreen' : 'app'}>
      {!found.def.fullscreen && (
        <header className="app-header">
          <a className="brand" href="#/clients">
            <span className="brand-mark" aria-hidden="true">L-AIF</span> {t('appName')}
          </a>
          <nav aria-label={t('nav.label')}>
            {ROUTES.filter((r) => r.nav).map((r) => (
              <a key={r.pattern} href={`#${r.pattern}`} aria-current={activeTop === r.pattern ? 'page' : undefined}>
                {t(r.nav!)}
                {r.pattern === '/sync' && <SyncNavBadge />}
              </a>
            ))}
          </nav>
          <div className="header-end">
            <SaveIndicator />
            <LanguageSwitcher />
          </div>
        </header>
      )}
      <main className="app-main" id="main">
        {/* Keyed by the path: another screen starts without the previous one's failure. */}
        <RouteErrorBoundary key={route.path}>
          <Loading>
            <Screen params={found.params} />
          </Loading>
        </RouteErrorBoundary>
      </main>
    </div>
  );
}
