/** The schemes of a scenario: the picker (variants are alternatives) and the aid per scheme with its rules. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioView, SchemeCatalogue, SchemeEntry } from '@shared/contract/funding';
import { type Scheme } from '@shared/reference/schemes/types';
import type { SizeClass } from '@shared/domain/sme-size';
import { formatDate, formatMoney, formatPercent } from '@shared/format';
import { useLocale } from '@renderer/lib/use-locale';
import { costTypeList, ruleSentence, type TextContext } from './funding-text';
import { SchemeBadges, SchemeSources } from './scheme-bits';

/** Key figures of a scheme for the client's size class: "50 % · plafond 50 000 € · forfait 5 000 €". */
function schemeFigures(scheme: Scheme, size: SizeClass | null, t: TextContext['t'], locale: TextContext['locale']): string {
  const parts: string[] = [];
  if (size) {
    const intensity = scheme.intensityBySize[size];
    if (intensity === null) return t('schemes.notForSize', { size: t(`size.${size}`) });
    if (scheme.flatGrantCents === undefined || scheme.flatGrantCostTypes) parts.push(formatPercent(intensity, locale));
    const cap = scheme.capCentsBySize[size];
    parts.push(cap === null ? t('schemes.noCap') : t('schemes.cap', { cap: formatMoney(cap, locale) }));
  }
  if (scheme.flatGrantCents !== undefined) parts.push(t('schemes.flat', { amount: formatMoney(scheme.flatGrantCents, locale) }));
  // A project range decides eligibility as much as the rate: show it on the card (SME Package: €6,650–25,000).
  if (scheme.minProjectCents !== undefined || scheme.maxProjectCents !== undefined) {
    parts.push(t('schemes.project', { min: formatMoney(scheme.minProjectCents ?? 0, locale), max: formatMoney(scheme.maxProjectCents ?? null, locale) }));
  }
  parts.push(t('schemes.costs', { types: costTypeList(scheme.eligibleCostTypes, t) }));
  return parts.join(' · ');
}

export function SchemePicker({ catalogue, view, onChange }: { catalogue: SchemeCatalogue; view: ScenarioView; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation('funding');
  const locale = useLocale();
  const selected = view.scenario.schemeIds;
  const size = view.client.sizeClass === 'unknown' ? null : view.client.sizeClass;
  // A scheme and its variants are alternatives (e.g. Fit 4 AI as announced / as on guichet.lu).
  const groups = useMemo(() => {
    const out = new Map<string, SchemeEntry[]>();
    for (const entry of catalogue.schemes) {
      const root = entry.scheme.variantOf ?? entry.scheme.id;
      out.set(root, [...(out.get(root) ?? []), entry]);
    }
    return [...out.values()];
  }, [catalogue]);

  function toggle(entry: SchemeEntry, group: SchemeEntry[], checked: boolean) {
    const siblings = new Set(group.map((g) => g.scheme.id));
    const id = entry.scheme.id;
    onChange(checked ? [...selected.filter((s) => !siblings.has(s)), id] : selected.filter((s) => s !== id));
  }

  return (
    <section className="card" aria-labelledby="schemes-title">
      <h2 id="schemes-title">{t('schemes.title')}</h2>
      <p className="muted">
        {t('schemes.hint', { version: catalogue.version, date: formatDate(catalogue.checkedOn, locale) })}{' '}
        <span data-testid="rules-valid-until">{t('validity.until', { date: formatDate(view.result.validity?.validUntil ?? catalogue.validUntil, locale) })}</span>
      </p>
      <div className="scheme-groups">
        {groups.map((group) => (
          <div className={group.length > 1 ? 'scheme-group variants' : 'scheme-group'} key={group[0].scheme.id}>
            {group.length > 1 && <p className="group-hint">{t('schemes.pickOne')}</p>}
            {group.map((entry, index) => {
              const s = entry.scheme;
              const pinned = view.scenario.schemeRevisions[s.id];
              const isSelected = selected.includes(s.id);
              return (
                <div className={isSelected ? 'scheme-option selected' : 'scheme-option'} key={s.id}>
                  <label>
                    <input type="checkbox" checked={isSelected} onChange={(e) => toggle(entry, group, e.target.checked)} data-testid={`scheme-${s.id}`} />
                    <span className="scheme-name">{s.name[locale]}</span>
                    {group.length > 1 && (
                      // The first reading of a group is the default (the confirmed one in 2026.2).
                      <span className={index === 0 ? 'badge reading-default' : 'badge'} data-testid={index === 0 ? 'default-reading' : 'variant-reading'}>
                        {t(index === 0 ? 'schemes.defaultReading' : 'schemes.variantReading')}
                      </span>
                    )}
                    <SchemeBadges scheme={s} overridden={entry.overridden} />
                    {isSelected && pinned !== undefined && pinned !== s.revision && (
                      <span className="badge">{t('schemes.usesRevision', { revision: pinned })}</span>
                    )}
                  </label>
                  <p className="scheme-figures">{schemeFigures(s, size, t, locale)}</p>
                  <details>
                    <summary>{t('schemes.details')}</summary>
                    <p>{s.description[locale]}</p>
                    <SchemeSources scheme={s} />
                  </details>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </section>
  );
}

export function SchemeResults({ view, ctx }: { view: ScenarioView; ctx: TextContext }) {
  const { t, locale } = ctx;
  const { result } = view;
  const byId = new Map(view.schemes.map((s) => [s.id, s]));
  // Size and expiry have their own notices at the top of the page.
  const warnings = result.warnings.filter((w) => w.code !== 'size_unknown' && w.code !== 'rules_expired');
  return (
    <section className="card" aria-labelledby="results-title">
      <h2 id="results-title">{t('results.title')}</h2>
      {result.perScheme.length === 0 ? (
        <p className="empty">{t('results.noScheme')}</p>
      ) : (
        <table className="table scheme-results">
          <thead>
            <tr>
              <th>{t('results.scheme')}</th>
              <th className="num">{t('results.aid')}</th>
              <th>{t('results.how')}</th>
            </tr>
          </thead>
          <tbody>
            {result.perScheme.map((o) => {
              const scheme = byId.get(o.schemeId);
              return (
                <tr key={o.schemeId} data-testid="scheme-result" data-scheme={o.schemeId}>
                  <td>
                    <strong>{ctx.schemeName(o.schemeId)}</strong>
                    {scheme && (
                      <div>
                        <SchemeBadges scheme={scheme} />
                      </div>
                    )}
                  </td>
                  <td className="num" data-testid="scheme-aid">
                    {o.eligible ? formatMoney(o.aidCents, locale) : <span className="muted">{t('results.notEligible')}</span>}
                  </td>
                  <td>
                    <ul className="rules">
                      {o.rules.filter((r) => r.code !== 'unconfirmed').map((r, i) => (
                        <li key={i} className={`rule rule-${r.code}`}>
                          {ruleSentence(r, 'scheme', ctx)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th>{t('results.totalAid')}</th>
              <td className="num">
                <strong>{formatMoney(result.totalAidCents, locale)}</strong>
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      {warnings.length > 0 && (
        <div className="notice warn" data-testid="warnings">
          <h3>{t('results.warnings')}</h3>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{ruleSentence(w, 'warning', ctx)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
