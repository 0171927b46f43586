import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, ClientFields, Contact, RelatedEnterpriseInput } from '@shared/contract/clients';
import { isValidRcs } from '@shared/domain/rcs';
import { sizeClassOf, relationOf } from '@shared/domain/sme-size';
import { LOCALES } from '@shared/locale';
import { LIMITS } from '@shared/contract/limits';
import { formatDate } from '@shared/format';
import { call } from '@renderer/lib/api';
import { navigate } from '@renderer/lib/router';
import { trackSave } from '@renderer/lib/save-state';
import { useLocale } from '@renderer/lib/use-locale';
import { ErrorText, LoadError } from '@renderer/components/ErrorText';
import { useLoad } from '@renderer/lib/use-load';
import { NumberField, SelectField, TextField, ValidityScope } from '@renderer/components/fields';
import { AwaitingValid } from '@renderer/components/AwaitingValid';
import { useErrorMessage, useFieldMessages } from '@renderer/lib/api-errors';
import { LANGUAGE_NAMES } from '@renderer/lib/language-names';
import { describeSizeClass } from '@renderer/lib/size-class';
import type { ClientPanelProps, PlugIn } from '@renderer/app/plug-in-props';
import { EraseClientDialog } from './EraseClient';
import { displayName } from '@renderer/lib/display-text';
import { ActionMenu } from '@renderer/components/ActionMenu';
import { ClientPortalDecisions } from '../sync/PortalDecisions';

/** Today on this computer (the advisor's day), as YYYY-MM-DD: the date the consent was given. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const EMPTY_CONTACT: Contact = { name: '', role: '', email: '', phone: '' };
const EMPTY_RELATED: RelatedEnterpriseInput = { name: '', headcount: null, turnoverCents: null, balanceSheetCents: null, sharePercent: null };

/** `panels`: what other features show here (app/client-panels.tsx, handed over by the route). */
export function ClientPage({ params, panels }: { params: Record<string, string>; panels: PlugIn<ClientPanelProps>[] }) {
  const { t } = useTranslation('clients');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const [client, setClient] = useState<Client | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof ClientFields, string>>>({});
  // Refused values inside lists (contacts.1.email), shown on that very field until it is saved.
  const fieldMessages = useFieldMessages();
  const [pathErrors, setPathErrors] = useState<Record<string, string>>({});
  const [confirmErase, setConfirmErase] = useState(false);
  const [archiveError, setArchiveError] = useState<unknown>(null);

  // The screen edits its own copy of the loaded record, so what is on screen never jumps back.
  const loaded = useLoad(() => call('clients.get', { id: params.id }), [params.id]);
  useEffect(() => {
    if (loaded.data) setClient(loaded.data);
  }, [loaded.data]);

  /** Saves one field; the local copy is updated at once so what is on screen never jumps back. */
  function save<K extends keyof ClientFields>(field: K, value: ClientFields[K]) {
    setClient((c) => (c ? { ...c, [field]: value } : c));
    trackSave(() => call('clients.update', { id: params.id, patch: { [field]: value } }))
      .then(() => {
        setFieldErrors((e) => ({ ...e, [field]: undefined }));
        setPathErrors((e) => Object.fromEntries(Object.entries(e).filter(([path]) => !path.startsWith(`${String(field)}.`))));
      })
      .catch((error) => {
        const byPath = Object.entries(fieldMessages(error)).map(([path, message]) => [path.replace(/^patch\./, ''), message] as const);
        const nested = byPath.filter(([path]) => path.startsWith(`${String(field)}.`));
        setPathErrors((e) => ({ ...e, ...Object.fromEntries(nested) }));
        // A problem on a list item is shown on its field; anything else under the section.
        if (nested.length === 0 || nested.length < byPath.length) setFieldErrors((e) => ({ ...e, [field]: errorMessage(error) }));
      });
  }

  /** Consent and its date travel together: ticked → today, unticked → cleared. */
  function saveConsent(consent: boolean) {
    const patch = { consentToBenchmark: consent, consentDate: consent ? localToday() : null };
    setClient((c) => (c ? { ...c, ...patch } : c));
    trackSave(() => call('clients.update', { id: params.id, patch }))
      .then(() => setFieldErrors((e) => ({ ...e, consentToBenchmark: undefined })))
      .catch((error) => setFieldErrors((e) => ({ ...e, consentToBenchmark: errorMessage(error) })));
  }

  const size = useMemo(
    () =>
      client &&
      sizeClassOf(client),
    [client],
  );

  async function toggleArchived(current: Client) {
    try {
      setClient(await call('clients.setArchived', { id: current.id, archived: !current.archivedAt }));
      setArchiveError(null);
    } catch (e) {
      setArchiveError(e);
    }
  }

  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!client || !size) return <p className="loading">{t('common:loading')}</p>;

  const rcsError = client.rcsNumber && !isValidRcs(client.rcsNumber) ? t('rcsInvalid') : (fieldErrors.rcsNumber ?? null);

  return (
    <section className="page client-page">
      <div className="page-head">
        <div>
          <a href="#/clients" className="back">
            ← {t('title')}
          </a>
          <h1 data-testid="client-title"><bdi>{displayName(client.name, t('unnamed'))}</bdi></h1>
          {client.archivedAt && <span className="badge">{t('archived')}</span>}
        </div>
        <div className="actions">
          <button type="button" onClick={() => void toggleArchived(client)}>
            {client.archivedAt ? t('unarchive') : t('archive')}
          </button>
          {/* Erasing is rare and cannot be undone: it sits in a menu, never next to everyday buttons. */}
          <ActionMenu
            label={t('moreActions')}
            testId="client-actions"
            items={[{ id: 'erase', label: t('erase'), danger: true, testId: 'erase-client', onSelect: () => setConfirmErase(true) }]}
          />
        </div>
      </div>
      <ErrorText error={archiveError} />

      <ClientPortalDecisions clientId={client.id} />

      <AwaitingValid scope="size">
        <div className="card size-card" data-testid="size-class" data-size={size.sizeClass}>
          <span className={`badge size-${size.sizeClass}`}>{t(`size.${size.sizeClass}`)}</span>
          <span>{describeSizeClass(size, t, locale)}</span>
          <span className="muted">{t('size.source')}</span>
        </div>
      </AwaitingValid>

      <fieldset className="card form-grid">
        <legend>{t('section.company')}</legend>
        <TextField label={t('field.name')} value={client.name} onSave={(v) => save('name', v)} maxLength={LIMITS.shortText} required testId="field-name" error={fieldErrors.name} />
        <TextField
          label={t('field.rcsNumber')}
          hint={t('rcsHint')}
          value={client.rcsNumber}
          error={rcsError}
          maxLength={20}
          testId="field-rcs"
          onSave={(v) => (v === '' || isValidRcs(v) ? save('rcsNumber', v) : setClient((c) => (c ? { ...c, rcsNumber: v } : c)))}
        />
        <TextField label={t('field.legalForm')} hint={t('legalFormHint')} value={client.legalForm} onSave={(v) => save('legalForm', v)} maxLength={200} />
        <TextField label={t('field.naceCode')} hint={t('naceHint')} value={client.naceCode} onSave={(v) => save('naceCode', v.toUpperCase())} error={fieldErrors.naceCode} maxLength={10} testId="field-nace" />
        <TextField label={t('field.naceLabel')} value={client.naceLabel} onSave={(v) => save('naceLabel', v)} maxLength={200} />
        <TextField label={t('field.commune')} value={client.commune} onSave={(v) => save('commune', v)} maxLength={200} testId="field-commune" />
        <SelectField
          label={t('field.reportLocale')}
          value={client.reportLocale}
          options={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          onSave={(v) => save('reportLocale', v)}
          testId="field-report-locale"
        />
      </fieldset>

      <fieldset className="card form-grid">
        <legend>{t('section.size')}</legend>
        <ValidityScope.Provider value="size">
          <NumberField label={t('field.headcount')} hint={t('headcountHint')} value={client.headcount} onSave={(v) => save('headcount', v)} max={10_000_000} testId="field-headcount" />
          <NumberField label={t('field.turnover')} value={client.turnoverCents} money onSave={(v) => save('turnoverCents', v)} max={10_000_000_000} testId="field-turnover" />
          <NumberField label={t('field.balanceSheet')} value={client.balanceSheetCents} money onSave={(v) => save('balanceSheetCents', v)} max={10_000_000_000} testId="field-balance" />
        </ValidityScope.Provider>
      </fieldset>

      <fieldset className="card">
        <legend>{t('section.contacts')}</legend>
        {fieldErrors.contacts && <p className="error-text">{fieldErrors.contacts}</p>}
        {client.contacts.length === 0 && <p className="muted">{t('noContacts')}</p>}
        {client.contacts.map((contact, index) => (
          <div className="form-grid repeat-row" key={index}>
            {(['name', 'role', 'email', 'phone'] as const).map((f) => (
              <TextField
                key={f}
                label={t(`contact.${f}`)}
                type={f === 'email' ? 'email' : f === 'phone' ? 'tel' : 'text'}
                value={contact[f]}
                maxLength={f === 'phone' ? 40 : 200}
                error={pathErrors[`contacts.${index}.${f}`]}
                onSave={(v) => save('contacts', client.contacts.map((c, i) => (i === index ? { ...c, [f]: v } : c)))}
              />
            ))}
            <button type="button" className="link" onClick={() => save('contacts', client.contacts.filter((_, i) => i !== index))}>
              {t('remove')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => save('contacts', [...client.contacts, EMPTY_CONTACT])}>
          + {t('addContact')}
        </button>
      </fieldset>

      <ValidityScope.Provider value="size">
      <fieldset className="card">
        <legend>{t('section.related')}</legend>
        <p className="muted">{t('relatedHint')}</p>
        {fieldErrors.related && <p className="error-text">{fieldErrors.related}</p>}
        {client.related.map((r, index) => {
          const update = (patch: Partial<RelatedEnterpriseInput>) =>
            save('related', client.related.map((x, i) => (i === index ? { ...x, ...patch } : x)));
          const relation = relationOf(r.sharePercent);
          return (
            <div className="form-grid repeat-row" key={index}>
              <TextField label={t('related.name')} value={r.name} onSave={(v) => update({ name: v })} maxLength={200} />
              <NumberField label={t('related.share')} suffix="%" value={r.sharePercent} max={100} onSave={(v) => update({ sharePercent: v })} hint={relation ? t(`related.relation.${relation}`) : undefined} />
              <NumberField label={t('field.headcount')} value={r.headcount} onSave={(v) => update({ headcount: v })} />
              <NumberField label={t('field.turnover')} money value={r.turnoverCents} onSave={(v) => update({ turnoverCents: v })} />
              <NumberField label={t('field.balanceSheet')} money value={r.balanceSheetCents} onSave={(v) => update({ balanceSheetCents: v })} />
              <button type="button" className="link" onClick={() => save('related', client.related.filter((_, i) => i !== index))}>
                {t('remove')}
              </button>
            </div>
          );
        })}
        <button type="button" onClick={() => save('related', [...client.related, EMPTY_RELATED])}>
          + {t('addRelated')}
        </button>
      </fieldset>
      </ValidityScope.Provider>

      <fieldset className="card consent-card" data-testid="consent">
        <legend>{t('consent.title')}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={client.consentToBenchmark} onChange={(e) => saveConsent(e.target.checked)} data-testid="field-consent" />
          <span>{t('consent.label')}</span>
        </label>
        <p className="muted" data-testid="consent-state">
          {client.consentToBenchmark
            ? client.consentDate
              ? t('consent.given', { date: formatDate(client.consentDate, locale) })
              : t('consent.givenNoDate')
            : t('consent.notGiven')}
        </p>
        {fieldErrors.consentToBenchmark && <p className="error-text">{fieldErrors.consentToBenchmark}</p>}
        <p className="muted consent-explain">{t('consent.explain')}</p>
      </fieldset>

      {panels.map(({ id, component: Panel }) => (
        <Panel key={id} client={client} onClientChange={setClient} />
      ))}

      {confirmErase && <EraseClientDialog client={client} onCancel={() => setConfirmErase(false)} onErased={() => navigate('/clients')} />}
    </section>
  );
}
