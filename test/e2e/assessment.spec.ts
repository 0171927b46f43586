/**
 * A maturity-check workshop end to end, in German, through the bridge: the whole check is run
 * with the keyboard (levels, checklists, N/A, don't know, notes, targets), the page is reloaded
 * halfway and resumes where it was, the language is switched mid-workshop, the check is
 * finalised with one question skipped, and the scores shown equal a computation made here from
 * the answers given (own arithmetic, not the app's scoring). A follow-up shows the comparison.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { dispatch } from '@main/dispatch';
import { CURRENT_INSTRUMENT_VERSION, getInstrument } from '@shared/reference/instrument';
import { workshopSteps } from '@shared/domain/assessment-flow';
import { CURRENT_SCHEMES_VERSION } from '@shared/reference/schemes';
import type { Item } from '@shared/reference/instrument/types';

test.use({ locale: 'de-DE' });

// A check started now uses the current instrument (2026.2: 38 items).
const instrument = getInstrument(CURRENT_INSTRUMENT_VERSION);
const steps = workshopSteps(instrument);
const domainDe = JSON.parse(readFileSync('locales/de/domain.json', 'utf8')) as { level: Record<string, { name: string }> };

type Given = { kind: 'level'; level: number } | { kind: 'checked'; options: number[] } | { kind: 'na' } | { kind: 'unknown' } | { kind: 'skip' };

/** The answers the advisor gives, by position of the item in the instrument. */
function plan(n: number, item: Item): Given {
  if (n === 29) return { kind: 'skip' };
  if (n % 7 === 3) return { kind: 'na' };
  if (n % 9 === 5) return { kind: 'unknown' };
  if (item.format.kind === 'checklist') return n % 2 === 0 ? { kind: 'checked', options: [1, 3, 4] } : { kind: 'checked', options: [] };
  return { kind: 'level', level: (n * 3 + 1) % 6 };
}

// ---- Independent arithmetic of the published method (domain.md §2), written out here ----
const round1 = (x: number) => Math.round(Number((x * 10).toPrecision(12))) / 10;
/** Scoring 2026.2: the rounded mean answer gives the level (cut-offs 30/50/70/90). */
function levelName(score: number): string {
  const id = score < 30 ? 'initial' : score < 50 ? 'adopted' : score < 70 ? 'defined' : score < 90 ? 'managed' : 'optimized';
  return domainDe.level[id].name;
}
const de = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1).replace('.', ','));
const signedDe = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${de(Math.abs(x))}`;

function expected(given: Map<string, Given>) {
  const dims: Record<string, { raw: number | null; shown: number | null }> = {};
  const raws: number[] = [];
  for (const dimension of instrument.dimensions) {
    let weights = 0;
    let sum = 0;
    for (const item of instrument.items.filter((i) => i.dimensionId === dimension.id)) {
      const g = given.get(item.id)!;
      let value: number | null = null;
      if (g.kind === 'level') value = g.level / 5;
      if (g.kind === 'checked' && item.format.kind === 'checklist') {
        const options = item.format.options;
        const total = options.reduce((s, o) => s + (o.weight ?? 1), 0);
        const got = g.options.reduce((s, k) => s + (options[k - 1].weight ?? 1), 0);
        value = got / total;
      }
      if (value !== null) {
        weights += item.weight;
        sum += item.weight * value;
      }
    }
    const raw = weights > 0 ? (sum / weights) * 100 : null;
    if (raw !== null) raws.push(raw);
    dims[dimension.id] = { raw, shown: raw === null ? null : round1(raw) };
  }
  const overall = round1(raws.reduce((s, x) => s + x, 0) / raws.length);
  return { dims, overall };
}

async function ok(services: Parameters<typeof dispatch>[0], name: string, input: unknown) {
  const r = await dispatch(services, name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value as { id: string };
}

test('a full maturity check run with the keyboard, resumed after a reload, finalised, then followed up', async ({ app, page }) => {
  test.setTimeout(120_000);
  const client = await ok(app.services.handlers, 'clients.create', { name: 'Bäckerei Weber Sàrl', reportLocale: 'de' });
  await app.open(page, `/clients/${client.id}`);
  await expect(page.getByTestId('check-panel')).toContainText('Noch kein Reifegrad-Check');

  // Start: first check, German, two participants.
  await page.getByTestId('start-check-link').click();
  await page.getByTestId('held-on').fill('2026-03-02');
  await page.getByTestId('participant-name-0').fill('Marie Weber');
  await page.getByTestId('participant-role-0').fill('Geschäftsführerin');
  await page.getByTestId('add-participant').click();
  await page.getByTestId('participant-name-1').fill('Tom Kieffer');
  await page.getByTestId('participant-role-1').press('Enter');
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toHaveAttribute('data-step', steps[0].id);
  await expect(page.getByTestId('question')).toHaveText(instrument.items[0].question.de);

  const given = new Map<string, Given>();
  const notes = new Map<string, string>();
  const half = steps.findIndex((s) => s.id === 'target:data') + 1;

  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    await expect(presenter).toHaveAttribute('data-step', step.id);
    if (step.kind === 'target') {
      const key = (instrument.dimensions.findIndex((d) => d.id === step.dimensionId) % 4) + 1;
      await page.keyboard.press(String(key));
      await expect(page.getByTestId(`target-${key}`)).toHaveAttribute('aria-pressed', 'true');
    } else {
      const n = instrument.items.findIndex((it) => it.id === step.itemId);
      const item = instrument.items[n];
      const g = plan(n, item);
      given.set(item.id, g);
      const stage = page.getByTestId('item-stage');
      if (g.kind === 'level') {
        await page.keyboard.press(String(g.level));
        await expect(page.getByTestId(`level-${g.level}`)).toHaveAttribute('aria-pressed', 'true');
      } else if (g.kind === 'checked') {
        for (const k of g.options) await page.keyboard.press(String(k));
        if (g.options.length === 0) await page.keyboard.press('0');
        await expect(stage).toHaveAttribute('data-state', 'answered');
        for (const k of g.options) await expect(page.getByTestId(`option-${k}`)).toHaveAttribute('aria-pressed', 'true');
      } else if (g.kind === 'na') {
        await page.keyboard.press('N');
        await expect(stage).toHaveAttribute('data-state', 'notApplicable');
      } else if (g.kind === 'unknown') {
        await page.keyboard.press('X');
        await expect(stage).toHaveAttribute('data-state', 'unknown');
      }
      if (n % 8 === 2) {
        const note = `Notiz ${n}: Angebote dauern 3 Tage — Ziel 1 Tag; „Excel“ & <b>ERP</b>`;
        notes.set(item.id, note);
        await page.keyboard.press('E');
        await expect(page.getByTestId('note-text')).toBeFocused();
        await page.keyboard.type(note);
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('note-drawer')).toBeHidden();
        await expect(page.getByTestId('open-note')).toContainText('Notiz bearbeiten');
      }
    }

    if (i === half) {
      // Mid-workshop: the language changes to French and back, nothing is lost.
      await page.getByTestId('presenter-language').selectOption('fr');
      await expect(page.getByTestId('question')).toHaveText(instrument.items.find((it) => it.id === step.id)!.question.fr);
      await expect(page.getByTestId('item-stage')).not.toHaveAttribute('data-state', 'unanswered');
      await page.getByTestId('presenter-language').selectOption('de');
      await expect(page.getByText(new RegExp(`Frage \\d+ von ${instrument.items.length}`))).toBeVisible();
      // Reload halfway: once everything shows as saved, the workshop resumes on the same step.
      await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
      await page.reload();
      await expect(presenter).toHaveAttribute('data-step', step.id);
      // The overview grid shows what was given before the reload.
      await page.keyboard.press('g');
      const first = instrument.items[0];
      await expect(page.getByTestId(`cell-${first.id}`)).toHaveAttribute('data-state', 'answered');
      await expect(page.getByTestId(`cell-${instrument.items[3].id}`)).toHaveAttribute('data-state', 'notApplicable');
      await expect(page.getByTestId(`cell-${instrument.items[5].id}`)).toHaveAttribute('data-state', 'unknown');
      await expect(page.getByTestId(`cell-${instrument.items[29].id}`)).toHaveAttribute('data-state', 'unanswered');
      await page.keyboard.press('Escape');
      await expect(presenter).toHaveAttribute('data-view', 'item');
    }
    if (i < steps.length - 1) await page.keyboard.press('ArrowRight');
  }

  // Everything given is in the database, notes byte for byte.
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const saved = (await ok(app.services.handlers, 'assessments.list', { clientId: client.id })) as unknown as { id: string }[];
  const detail = (await ok(app.services.handlers, 'assessments.get', { id: saved[0].id })) as unknown as {
    answers: unknown[];
    notes: Record<string, string>;
    targets: Record<string, number>;
    participants: unknown[];
  };
  expect(detail.answers).toHaveLength(instrument.items.length - 1);
  expect(detail.notes).toEqual(Object.fromEntries(notes));
  expect(Object.keys(detail.targets)).toHaveLength(7);
  expect(detail.participants).toEqual([
    { name: 'Marie Weber', role: 'Geschäftsführerin' },
    { name: 'Tom Kieffer', role: '' },
  ]);

  // Finalise: the skipped question is listed; finalising is allowed.
  await page.getByTestId('next').press('Enter');
  await expect(page.getByTestId('unanswered-list')).toContainText(instrument.items[29].question.de);
  await expect(page.getByTestId('count-unanswered')).toContainText('1');
  await page.getByTestId('finalise').press('Enter');
  await page.getByTestId('confirm-button').click();

  // The scores shown equal the computation from the answers given.
  const want = expected(given);
  await expect(page.getByTestId('overall-score')).toHaveText(de(want.overall));
  await expect(page.getByTestId('overall-level')).toHaveText(levelName(want.overall));
  for (const dimension of instrument.dimensions) {
    const d = want.dims[dimension.id];
    await expect(page.getByTestId(`dim-score-${dimension.id}`)).toHaveText(d.shown === null ? '—' : de(d.shown));
    await expect(page.getByTestId(`dim-level-${dimension.id}`)).toHaveText(d.shown === null ? '—' : levelName(d.shown));
  }
  const na = [...given.values()].filter((g) => g.kind === 'na').length;
  const unknown = [...given.values()].filter((g) => g.kind === 'unknown').length;
  await expect(page.getByTestId('counts')).toContainText(`${instrument.items.length - 1 - na - unknown} beantwortet`);
  await expect(page.getByTestId('counts')).toContainText(`${na} nicht zutreffend`);
  await expect(page.getByTestId('counts')).toContainText(`${unknown} weiß nicht`);
  await expect(page.getByTestId('revision-label')).toContainText('Revision 1');
  await expect(page.getByTestId('radar').locator('.recharts-surface').first()).toBeVisible();

  // A follow-up six months later: the first two dimensions again, each scale answer one level higher.
  await page.getByRole('link', { name: /Bäckerei Weber/ }).click();
  await page.getByTestId('start-check-link').click();
  await expect(page.getByTestId('stage-follow-up')).toBeChecked();
  await page.getByTestId('held-on').fill('2026-09-15');
  await page.getByTestId('start-check').press('Enter');
  await expect(presenter).toHaveAttribute('data-step', steps[0].id);
  const followUp = new Map<string, Given>(instrument.items.map((it) => [it.id, { kind: 'skip' }]));
  const lastStep = steps.findIndex((s) => s.id === 'target:foundations');
  for (let i = 0; i <= lastStep; i++) {
    const step = steps[i];
    await expect(presenter).toHaveAttribute('data-step', step.id);
    const g = step.kind === 'item' ? given.get(step.itemId)! : null;
    if (step.kind === 'item' && g?.kind === 'level') {
      const next = Math.min(5, g.level + 1);
      followUp.set(step.itemId, { kind: 'level', level: next });
      await page.keyboard.press(String(next));
      await expect(page.getByTestId(`level-${next}`)).toHaveAttribute('aria-pressed', 'true');
    }
    await page.keyboard.press('ArrowRight');
  }
  await page.getByTestId('go-finalise').press('Enter');
  await page.getByTestId('finalise').press('Enter');
  await page.getByTestId('confirm-button').click();
  const second = expected(followUp);
  await expect(page.getByTestId('overall-score')).toHaveText(de(second.overall));
  // Only strategy and foundations were answered again: the overall is incomplete and says which
  // dimensions are missing, and the change is like for like over the two answered in both checks
  // (never the plain difference of an overall over 2 dimensions and one over 7).
  await expect(page.getByTestId('overall-incomplete')).toContainText('Unvollständig: 2 von 7 Dimensionen');
  await expect(page.getByTestId('overall-incomplete')).toContainText('Daten');
  const common = ['strategy', 'foundations'] as const;
  const mean = (w: typeof want, ids: readonly string[]) => ids.reduce((sum, id) => sum + w.dims[id].shown!, 0) / ids.length;
  const delta = round1(mean(second, common) - mean(want, common));
  await expect(page.getByTestId('overall-delta')).toContainText(`${signedDe(delta)} seit dem Check vom`);
  await expect(page.getByTestId('overall-delta')).toContainText('nur die 2 von 7 Dimensionen');
  await expect(page.getByTestId('overall-delta')).not.toContainText(signedDe(round1(second.overall - want.overall)));
  await expect(page.getByTestId('results-versions')).toHaveText(`Fragebogen ${instrument.version} · Bewertung 2026.2 · Förderregeln ${CURRENT_SCHEMES_VERSION}`);
  await expect(page.getByTestId('dma-band')).toBeVisible();
  await expect(page.getByTestId('results')).toContainText('Band nach DMA-Art:');
  await expect(page.getByTestId('results')).toContainText('kein offizielles DMA-Ergebnis');
  await expect(page.getByTestId('radar')).toContainText('Vorheriger Check');
  const strategyChange = round1(second.dims.strategy.shown! - want.dims.strategy.shown!);
  await expect(page.getByTestId('dim-change-strategy')).toHaveText(signedDe(strategyChange));

  // Progress T0 → T1.
  await page.getByTestId('to-progress').click();
  await expect(page.getByTestId('progress-overall-T0')).toHaveText(de(want.overall));
  await expect(page.getByTestId('progress-overall-T1')).toHaveText(de(second.overall));
  await expect(page.getByTestId('progress-overall-change')).toHaveText(`${signedDe(delta)}*`);
  await expect(page.getByTestId('progress-like-for-like')).toContainText('2 von 7 Dimensionen');
  await expect(page.getByTestId('progress-incomplete-T1')).toBeVisible();
  await expect(page.getByTestId('progress-versions')).toHaveText(`Alle Checks: Fragebogen ${instrument.version}, Bewertung 2026.2.`);
});

test('bad input in the workshop: a 1 MB note is refused with a clear message, 20,000 characters are kept, an out-of-range level is refused', async ({ app, page }) => {
  const client = await ok(app.services.handlers, 'clients.create', { name: 'Garage Hoffmann', reportLocale: 'de' });
  const check = await ok(app.services.handlers, 'assessments.start', { clientId: client.id, stage: 'first', heldOn: '2026-03-02', language: 'de' });
  await app.open(page, `/checks/${check.id}/present`);
  await expect(page.getByTestId('item-stage')).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByTestId('level-3')).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('E');
  const long = 'Werkstatt: Termine per Telefon, Ersatzteile per Excel. '.repeat(400).slice(0, 20_000);
  await page.getByTestId('note-text').fill(long);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  await page.keyboard.press('E');
  await page.getByTestId('note-text').fill('x'.repeat(1024 * 1024));
  await expect(page.getByTestId('note-error')).toContainText('Diese Notiz ist zu lang zum Speichern: 1.048.576 Zeichen, höchstens 50.000');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'error');
  const saved = (await ok(app.services.handlers, 'assessments.get', { id: check.id })) as unknown as { notes: Record<string, string> };
  expect(saved.notes[instrument.items[0].id]).toBe(long);

  // The same contract from the page: a level of 7 never reaches the service.
  const answer = await page.evaluate(async (id) => {
    const response = await fetch('/rpc/assessments.saveAnswer', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id, itemId: 'strategy.vision', level: 7 }),
    });
    return response.json();
  }, check.id);
  expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { fields: [{ path: 'level', code: 'too_big' }] } } });
  const after = (await ok(app.services.handlers, 'assessments.get', { id: check.id })) as unknown as { answers: { level: number }[] };
  expect(after.answers.map((a) => a.level)).toEqual([3]);
});

test('presenter keys say what they do: ? help with the level rule, X don’t know, 0 on a target, digits in the overview; finalising asks first; a follow-up shows last time and starts from its targets', async ({ app, page }) => {
  const client = await ok(app.services.handlers, 'clients.create', { name: 'Präzisionsteile Schmit S.A.', reportLocale: 'de' });
  const first = (await ok(app.services.handlers, 'assessments.start', { clientId: client.id, stage: 'first', heldOn: '2026-03-02', language: 'de' })) as unknown as {
    id: string;
    instrumentVersion: string;
  };
  const own = getInstrument(first.instrumentVersion);
  const [scaleItem, secondScale] = own.items.filter((i) => i.format.kind === 'scale');
  const checklistItem = own.items.find((i) => i.format.kind === 'checklist')!;
  const firstDimension = [...own.dimensions].sort((a, b) => a.order - b.order)[0];
  await app.open(page, `/checks/${first.id}/present`);
  await expect(page.getByTestId('item-stage')).toHaveAttribute('data-item', own.items[0].id);

  // ? opens the help (keys and the rule for picking a level); ? or Escape closes it; keys do not answer behind it.
  await page.keyboard.press('?');
  const help = page.getByTestId('help-overlay');
  await expect(help).toBeVisible();
  await expect(help).toContainText('weiß nicht: niemand im Raum');
  await expect(page.getByTestId('help-rule')).toContainText('die niedrigere nehmen');
  await page.keyboard.press('3');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page.getByTestId('item-stage')).toHaveAttribute('data-state', 'unanswered');
  await page.getByTestId('toggle-help').click();
  await expect(help).toBeVisible();
  await page.keyboard.press('?');
  await expect(help).toBeHidden();

  // X is don't know, shown on its button; pressing it again clears it.
  await expect(page.getByTestId('flag-unknown')).toContainText('X');
  await page.keyboard.press('x');
  await expect(page.getByTestId('item-stage')).toHaveAttribute('data-state', 'unknown');
  await page.keyboard.press('X');
  await expect(page.getByTestId('item-stage')).toHaveAttribute('data-state', 'unanswered');
  await page.keyboard.press(String(2));
  await expect(page.getByTestId('level-2')).toHaveAttribute('aria-pressed', 'true');

  // Digits in the overview answer nothing and say how to leave it.
  await page.keyboard.press('g');
  await expect(page.getByTestId('overview-grid')).toBeVisible();
  await page.keyboard.press('4');
  await expect(page.getByTestId('presenter-flash')).toContainText('G oder Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter-flash')).toHaveCount(0);
  await expect(page.getByTestId('level-2')).toHaveAttribute('aria-pressed', 'true');

  // On a target step, 3 sets the target and 0 says it removed it (and, pressed again, that there was none).
  await page.getByTestId('toggle-grid').click();
  await page.getByTestId(`cell-target:${firstDimension.id}`).click();
  await expect(page.getByTestId('target-stage')).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByTestId('target-3')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('presenter-flash')).toContainText(`Ziel für „${firstDimension.title.de}“`);
  await page.keyboard.press('0');
  await expect(page.getByTestId('target-3')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('presenter-flash')).toHaveText(`„${firstDimension.title.de}“ hat kein Ziel mehr.`);
  await page.keyboard.press('0');
  await expect(page.getByTestId('presenter-flash')).toHaveText(`„${firstDimension.title.de}“ hat kein Ziel: nichts zu löschen.`);
  await page.keyboard.press('4');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  // Answers of the first check through the contract, then finalise from the screen: it asks first.
  await ok(app.services.handlers, 'assessments.saveAnswer', { id: first.id, itemId: secondScale.id, notApplicable: true });
  const option = checklistItem.format.kind === 'checklist' ? checklistItem.format.options[0] : null;
  await ok(app.services.handlers, 'assessments.saveAnswer', { id: first.id, itemId: checklistItem.id, checked: [option!.id] });
  await page.getByTestId('go-finalise').click();
  await page.getByTestId('finalise').click();
  await expect(page.getByTestId('finalise-confirm-text')).toContainText(`Noch offene Fragen: ${own.items.length - 3}`);
  await page.getByRole('dialog').getByRole('button', { name: 'Abbrechen' }).click();
  const stillDraft = (await ok(app.services.handlers, 'assessments.get', { id: first.id })) as unknown as { status: string };
  expect(stillDraft.status).toBe('draft');
  await page.getByTestId('finalise').click();
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('overall-score')).toBeVisible();

  // The start page says what a follow-up carries over, and counts the questions of the instrument in use.
  await app.open(page, `/clients/${client.id}/checks/new`);
  await expect(page.getByTestId('stage-follow-up')).toBeChecked();
  await expect(page.getByTestId('follow-up-hint')).toContainText('übernimmt die damals vereinbarten Ziele');
  await expect(page.getByText(`${own.items.length} Fragen in ${own.dimensions.length} Dimensionen`)).toBeVisible();

  // The follow-up: last time's answer beside each question, last time's targets carried over and editable.
  const second = await ok(app.services.handlers, 'assessments.start', { clientId: client.id, stage: 'follow_up', previousId: first.id, heldOn: '2026-09-15', language: 'de' });
  await app.open(page, `/checks/${second.id}/present`);
  await expect(page.getByTestId('item-stage')).toHaveAttribute('data-item', own.items[0].id);
  expect(own.items[0].id).toBe(scaleItem.id);
  await expect(page.getByTestId('previous-answer')).toHaveText('Letzter Check (2. März 2026): Stufe 2');
  await expect(page.getByTestId('level-2')).toHaveClass(/\bwas\b/);
  await expect(page.getByTestId('level-2')).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('toggle-grid').click();
  await page.getByTestId(`cell-${secondScale.id}`).click();
  await expect(page.getByTestId('previous-answer')).toContainText('Nicht zutreffend');
  await page.getByTestId('toggle-grid').click();
  await page.getByTestId(`cell-${checklistItem.id}`).click();
  await expect(page.getByTestId('previous-answer')).toContainText(`1 von ${checklistItem.format.kind === 'checklist' ? checklistItem.format.options.length : 0} vorhanden`);
  await expect(page.getByTestId('option-1')).toHaveClass(/\bwas\b/);
  await page.getByTestId('toggle-grid').click();
  await expect(page.getByTestId(`cell-target:${firstDimension.id}`)).toContainText('Ziel');
  await page.getByTestId(`cell-target:${firstDimension.id}`).click();
  await expect(page.getByTestId('target-4')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('2');
  await expect(page.getByTestId('target-2')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const carried = (await ok(app.services.handlers, 'assessments.get', { id: second.id })) as unknown as { targets: Record<string, number> };
  const before = (await ok(app.services.handlers, 'assessments.snapshot', { id: first.id })) as unknown as { targets: Record<string, number> };
  expect(carried.targets[firstDimension.id]).toBeLessThan(before.targets[firstDimension.id]);
});
