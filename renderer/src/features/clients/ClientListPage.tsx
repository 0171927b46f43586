import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '@shared/contract/clients';
import { CLIENT_SORTS } from '@shared/contract/client-sorts';
import { formatDate } from '@shared/format';
import { call } from '@renderer/lib/api';
import { navigate } from '@renderer/lib/router';
import { useLocale } from '@renderer/lib/use-locale';
import { ErrorText, LoadError } from '@renderer/components/ErrorText';
import { displayName, withoutBidiControls } from '@renderer/lib/display-text';
import { EraseClientDialog, LastErasureNotice } from './EraseClient';
import { FIRST_LIST, listClients, takeFirstListIfArrived } from './client-list-query';
import './client-list.css';

type Sort = (typeof CLIENT_SORTS)[number];

/**
 * The list is windowed: only the rows in view (plus a margin) are in the DOM, so a search
 * over a thousand clients re-renders a few dozen rows per keystroke, not a thousand
 * (measured in test/bench/renderer.bench.ts). Rows have a fixed height (client-list.css).
 */
const ROW_HEIGHT = 41;
const OVERSCAN = 10;

function useWindow(count: number, resetKey: string) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(800);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setViewport(el.clientHeight || 800);
    const observer = new ResizeObserver(() => setViewport(el.clientHeight || 800));
    observer.observe(el);
    return () => observer.disconnect();
  }, [count > 0]);
  // Back to the top for another query, touching the scroll box only when it is scrolled:
  // scrollTo forces a layout, which on every keystroke cost more than the render.
  const scrolled = scrollTop > 0;
  useEffect(() => {
    if (!scrolled) return;
    scroller.current?.scrollTo({ top: 0 });
    setScrollTop(0);
  }, [resetKey]); // on a new query only
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  return { scroller, first, last, onScroll: (e: React.UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop) };
}

/**
 * The rows in view. Memoised: a keystroke re-renders the page (its search box) but not these rows,
 * which change only when the answer for the new query arrives.
 */
const ClientRows = memo(function ClientRows({
  clients,
  first,
  last,
  onErase,
}: {
  clients: ClientSummary[];
  first: number;
  last: number;
  onErase: (client: ClientSummary) => void;
}) {
  const { t } = useTranslation('clients');
  const locale = useLocale();
  return (
    <>
      {clients.slice(first, last).map((c, i) => {
        const name = displayName(c.name, t('unnamed'));
        const erase = t('eraseRow', { name });
        return (
          <tr key={c.id} aria-rowindex={first + i + 2} className={c.archivedAt ? 'archived' : undefined}>
            <td title={withoutBidiControls(c.name)}>
              <a href={`#/clients/${c.id}`} data-testid="client-link">
                <bdi>{name}</bdi>
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
            <td className="row-actions">
              <button type="button" className="row-erase" aria-label={erase} title={erase} onClick={() => onErase(c)} data-testid="erase-from-list">
                {t('eraseShort')}
              </button>
            </td>
          </tr>
        );
      })}
    </>
  );
});

export function ClientListPage() {
  const { t } = useTranslation('clients');
  const locale = useLocale();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>('name');
  const [includeArchived, setIncludeArchived] = useState(false);
  // The list with the query it answers: answers may arrive out of order while typing, and the
  // benchmark (test/bench/renderer.bench.ts) reads data-results-for to know what is on screen.
  // The first list may have arrived before the first render (client-list-query.ts): shown at once.
  const [result, setResult] = useState<{ query: string; list: ClientSummary[] } | null>(() => {
    const list = takeFirstListIfArrived();
    return list && { query: FIRST_LIST.query, list };
  });
  const answeredAtStart = useRef(result !== null);
  const clients = result?.list ?? null;
  const [error, setError] = useState<unknown>(null); // creating a client failed
  const [loadError, setLoadError] = useState<unknown>(null); // the list failed: shown with 'Try again'
  const [newName, setNewName] = useState('');
  // Erased from the list without opening the client (its page may be what is broken).
  const [toErase, setToErase] = useState<ClientSummary | null>(null);
  const [reload, setReload] = useState(0);
  const rows = useWindow(clients?.length ?? 0, `${query}|${sort}|${includeArchived}`);

  useEffect(() => {
    // The initial query (FIRST_LIST: the states' initial values) is answered already: no second query.
    if (answeredAtStart.current) {
      answeredAtStart.current = false;
      return;
    }
    let current = true;
    listClients({ query, sort, includeArchived })
      .then((list) => {
        if (!current) return;
        setResult({ query, list });
        setLoadError(null);
      })
      .catch((e) => current && setLoadError(e ?? new Error('load failed')));
    return () => {
      current = false;
    };
  }, [query, sort, includeArchived, reload]);

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
    <section className="feature-clients page">
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
        <label className="sort">
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
      <LoadError error={loadError} onRetry={() => setReload((n) => n + 1)} />
      <LastErasureNotice />
      <div data-testid="client-results" data-results-for={result?.query}>
      {clients && clients.length === 0 && <p className="empty">{query ? t('noMatch') : t('empty')}</p>}
      {clients && clients.length > 0 && (
        <div className="client-scroller" ref={rows.scroller} onScroll={rows.onScroll}>
          <table className="table client-table" data-testid="client-table" aria-rowcount={clients.length + 1}>
            <colgroup>
              <col className="col-name" />
              <col className="col-rcs" />
              <col className="col-commune" />
              <col className="col-nace" />
              <col className="col-size" />
              <col className="col-updated" />
              <col className="col-actions" />
            </colgroup>
            <thead>
              <tr aria-rowindex={1}>
                <th scope="col">{t('field.name')}</th>
                <th scope="col">{t('field.rcsNumber')}</th>
                <th scope="col">{t('field.commune')}</th>
                <th scope="col">{t('field.nace')}</th>
                <th scope="col">{t('size.title')}</th>
                <th scope="col">{t('updated')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('rowActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.first > 0 && (
                <tr className="spacer" aria-hidden="true" style={{ height: rows.first * ROW_HEIGHT }}>
                  <td colSpan={7} />
                </tr>
              )}
              <ClientRows clients={clients} first={rows.first} last={rows.last} onErase={setToErase} />
              {rows.last < clients.length && (
                <tr className="spacer" aria-hidden="true" style={{ height: (clients.length - rows.last) * ROW_HEIGHT }}>
                  <td colSpan={7} />
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
      </div>
      {toErase && (
        <EraseClientDialog
          client={toErase}
          onCancel={() => setToErase(null)}
          onErased={() => {
            setToErase(null);
            setReload((n) => n + 1);
          }}
        />
      )}
    </section>
  );
}
