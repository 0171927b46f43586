import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../../shared/contract/clients';
import { CLIENT_SORTS } from '../../../../shared/contract/client-sorts';
import { formatDate } from '../../../../shared/format';
import { call } from '../../lib/api';
import { navigate } from '../../lib/router';
import { useLocale } from '../../lib/use-locale';
import { ErrorText } from '../../components/ErrorText';

type Sort = (typeof CLIENT_SORTS)[number];

export function ClientListPage() {
  const { t } = useTranslation('clients');
  const locale = useLocale();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>('name');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [clients, setClients] = useState<ClientSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [newName, setNewName] = useState('');

  useEffect(() => {
    let current = true;
    call('clients.list', { query, sort, includeArchived })
      .then((list) => current && setClients(list))
      .catch((e) => current && setError(e));
    return () => {
      current = false;
    };
  }, [query, sort, includeArchived]);

  async function create() {
    if (!newName.trim()) return;
    try {
      const client = await call('clients.create', { name: newName.trim(), reportLocale: locale });
      navigate(`/clients/${client.id}`);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="page">
      <div className="page-head">
        <h1>{t('title')}</h1>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <label className="visually-hidden" htmlFor="new-client-name">
            {t('newName')}
          </label>
          <input
            id="new-client-name"
            placeholder={t('newName')}
            value={newName}
            maxLength={200}
            onChange={(e) => setNewName(e.target.value)}
            data-testid="new-client-name"
          />
          <button type="submit" className="primary" disabled={!newName.trim()} data-testid="new-client">
            {t('create')}
          </button>
        </form>
      </div>
      <div className="toolbar">
        <label className="search">
          <span className="visually-hidden">{t('common:search')}</span>
          <input
            type="search"
            placeholder={t('searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="client-search"
          />
        </label>
        <label>
          {t('sortBy')}{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as Sort)} data-testid="client-sort">
            {CLIENT_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
          {t('showArchived')}
        </label>
      </div>
      <ErrorText error={error} />
      {clients && clients.length === 0 && <p className="empty">{query ? t('noMatch') : t('empty')}</p>}
      {clients && clients.length > 0 && (
        <table className="table" data-testid="client-table">
          <thead>
            <tr>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.rcsNumber')}</th>
              <th scope="col">{t('field.commune')}</th>
              <th scope="col">{t('field.nace')}</th>
              <th scope="col">{t('size.title')}</th>
              <th scope="col">{t('updated')}</th>
            </tr>
          </thead>
          <tbody>
            {clients.map((c) => (
              <tr key={c.id} className={c.archivedAt ? 'archived' : undefined}>
                <td>
                  <a href={`#/clients/${c.id}`} data-testid="client-link">
                    {c.name || t('unnamed')}
                  </a>
                  {c.archivedAt && <span className="badge">{t('archived')}</span>}
                </td>
                <td>{c.rcsNumber}</td>
                <td>{c.commune}</td>
                <td>{c.naceCode}</td>
                <td>
                  <span className={`badge size-${c.sizeClass}`}>{t(`size.${c.sizeClass}`)}</span>
                </td>
                <td>{formatDate(c.updatedAt, locale, 'short')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
