/** "Add from the catalogue": search the initiative templates by text, pillar and dimension. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoadmapView } from '@shared/contract/roadmaps';
import { normaliseForSearch } from '@shared/domain/search-text';
import { formatMoney } from '@shared/format';
import type { Pillar } from '@shared/reference/catalogue';
import { PillarName, PillarOptions, useRoadmapTexts } from './roadmap-bits';

interface Props {
  view: RoadmapView;
  onAdd: (templateId: string) => Promise<boolean>;
  onClose: () => void;
}

export function CatalogueDialog({ view, onAdd, onClose }: Props) {
  const { t } = useTranslation('roadmap');
  const texts = useRoadmapTexts(view);
  const ref = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [pillar, setPillar] = useState<Pillar | ''>('');
  const [dimension, setDimension] = useState('');
  const [added, setAdded] = useState<string[]>([]);
  useEffect(() => ref.current?.showModal(), []);

  const inRoadmap = new Set(view.initiatives.map((i) => i.templateId).filter(Boolean));
  const { locale } = texts;
  const templates = useMemo(() => {
    const needle = normaliseForSearch(query.trim());
    return (texts.catalogue?.templates ?? []).filter(
      (tpl) =>
        (!pillar || tpl.pillar === pillar) &&
        (!dimension || tpl.dimensionIds.includes(dimension)) &&
        (!needle || normaliseForSearch(`${tpl.title[locale]} ${tpl.rationale[locale]}`).includes(needle)),
    );
  }, [query, pillar, dimension, texts.catalogue, locale]);

  return (
    <dialog ref={ref} className="dialog dialog-wide catalogue-dialog roadmap-dialog" onCancel={onClose} aria-labelledby="catalogue-title" data-testid="catalogue-dialog">
      <h2 id="catalogue-title">{t('catalogue.title')}</h2>
      <div className="catalogue-filters">
        <label className="field">
          <span>{t('catalogue.search')}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus data-testid="catalogue-search" />
        </label>
        <label className="field">
          <span>{t('catalogue.pillar')}</span>
          <select value={pillar} onChange={(e) => setPillar(e.target.value as Pillar | '')} data-testid="catalogue-pillar">
            <option value="">{t('catalogue.allPillars')}</option>
            <PillarOptions />
          </select>
        </label>
        <label className="field">
          <span>{t('catalogue.dimension')}</span>
          <select value={dimension} onChange={(e) => setDimension(e.target.value)} data-testid="catalogue-dimension">
            <option value="">{t('catalogue.allDimensions')}</option>
            {texts.dimensions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted small" aria-live="polite">
        {t('catalogue.count', { count: templates.length })}
      </p>
      <ul className="catalogue-list">
        {templates.map((tpl) => {
          const present = inRoadmap.has(tpl.id) || added.includes(tpl.id);
          return (
            <li key={tpl.id} className="catalogue-item" data-testid="catalogue-item" data-template={tpl.id}>
              <div>
                <h3>{tpl.title[locale]}</h3>
                <p className="catalogue-facts">
                  <PillarName pillar={tpl.pillar} />
                  <span className="muted"> · {t('months', { count: tpl.durationMonths })}</span>
                  <span className="muted">
                    {' '}
                    · {t('catalogue.cost', { low: formatMoney(tpl.costRangeCents[0], locale), high: formatMoney(tpl.costRangeCents[1], locale) })}
                  </span>
                  {tpl.buildsAiSystem && <span className="badge">{t('catalogue.aiSystem')}</span>}
                  {present && <span className="badge status-signed_off">{t('catalogue.inRoadmap')}</span>}
                </p>
                <p className="small">{tpl.rationale[locale]}</p>
                <p className="muted small">
                  {t('catalogue.improves', { list: tpl.dimensionIds.map(texts.dimTitle).join(', ') })}
                  {tpl.prerequisites.length > 0 && <> · {t('catalogue.needsFirst', { list: tpl.prerequisites.map(texts.templateTitle).join(', ') })}</>}
                </p>
              </div>
              <button
                type="button"
                className={present ? '' : 'primary'}
                onClick={async () => {
                  if (await onAdd(tpl.id)) setAdded((a) => [...a, tpl.id]);
                }}
                data-testid="catalogue-add"
                aria-label={t('catalogue.addNamed', { title: tpl.title[locale] })}
              >
                {present ? t('catalogue.addAgain') : t('catalogue.add')}
              </button>
            </li>
          );
        })}
        {templates.length === 0 && <li className="muted">{t('catalogue.none')}</li>}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} data-testid="catalogue-close">
          {t('common:close')}
        </button>
      </div>
    </dialog>
  );
}
