/**
 * A realistic, deterministic dataset for benchmarks and scale tests: Luxembourg SMEs with
 * contacts, and AI maturity checks (answers, notes, targets, finalised revisions scored with
 * the real scoring code). Same seed and counts → the same database content, row for row:
 * every random choice comes from one seeded PRNG and every date from a fixed base date.
 *
 * Rows are written with SQL in one transaction (the services' one-transaction-per-edit path
 * would take minutes for 5,000 checks); derived columns are computed with the same shared
 * functions the services use, so the app reads them as its own.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { clientSearchText, normaliseForSearch } from '@shared/domain/search-text';
import { scoreAssessment, type Answer } from '@shared/domain/scoring';
import { CURRENT_SCHEMES_VERSION } from '@shared/reference/schemes';
import { CURRENT_INSTRUMENT_VERSION, DIMENSION_IDS, getInstrument } from '@shared/reference/instrument';
import { sizeClassOf } from '@shared/domain/sme-size';
import { LOCALES, type Locale } from '@shared/locale';

type Db = Database.Database;

/** mulberry32: small, fast, and the same sequence on every platform (public domain, T. Ettinger). */
export function createRng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const chance = (p: number) => next() < p;
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  // RFC 4122 version-4 layout, so the ids pass the contract's uuid check.
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`;
  return { next, int, pick, chance, uuid };
}
export type Rng = ReturnType<typeof createRng>;

/** Dates are counted back from here, never from the clock. */
export const SEED_BASE_DATE = new Date('2026-03-02T09:00:00.000Z');

const TRADES = [
  ['Boulangerie-Pâtisserie', 'C10.71', 'Fabrication de pain et de pâtisserie fraîche'],
  ['Menuiserie', 'C16.23', 'Fabrication de charpentes et de menuiseries'],
  ['Atelier mécanique', 'C25.62', 'Usinage'],
  ['Imprimerie', 'C18.12', 'Autre imprimerie'],
  ['Électricité', 'F43.21', 'Installation électrique'],
  ['Chauffage-Sanitaire', 'F43.22', 'Travaux de plomberie et installation de chauffage'],
  ['Toitures', 'F43.91', 'Travaux de couverture'],
  ['Garage', 'G45.20', 'Entretien et réparation de véhicules automobiles'],
  ['Quincaillerie', 'G47.52', 'Commerce de détail de quincaillerie'],
  ['Transports', 'H49.41', 'Transports routiers de fret'],
  ['Logistique', 'H52.10', 'Entreposage et stockage'],
  ['Brasserie', 'I56.10', 'Restauration traditionnelle'],
  ['Traiteur', 'I56.21', 'Services des traiteurs'],
  ['Softwareentwécklung', 'J62.01', 'Programmation informatique'],
  ['IT Services', 'J62.02', 'Conseil informatique'],
  ['Fiduciaire', 'M69.20', 'Activités comptables'],
  ['Bureau d’études', 'M71.12', 'Activités d’ingénierie'],
  ['Agence de communication', 'M73.11', 'Activités des agences de publicité'],
  ['Cabinet dentaire', 'Q86.23', 'Pratique dentaire'],
  ['Clinique vétérinaire', 'M75.00', 'Activités vétérinaires'],
] as const;
const FAMILY = ['Muller', 'Schmit', 'Weber', 'Hoffmann', 'Wagner', 'Thill', 'Schroeder', 'Reuter', 'Kremer', 'Faber', 'Meyer', 'Klein', 'Hansen', 'Majerus', 'Kieffer', 'Welter', 'Steichen', 'Becker', 'Lentz', 'Wirtz', 'Goedert', 'Pereira', 'Da Silva', 'Ferreira', 'Bettendorf', 'Kayser', 'Frisch', 'Jacoby', 'Schiltz', 'Zeimet'];
const FIRST = ['Anne', 'Marc', 'Claude', 'Sandra', 'Luc', 'Martine', 'Paul', 'Nathalie', 'Jeff', 'Carole', 'Tom', 'Joëlle', 'Yves', 'Sophie', 'Pit', 'Mireille', 'Ana', 'João', 'Laura', 'Gilles'];
const LEGAL = ['S.à r.l.', 'S.A.', 'S.à r.l.-S', 'SCS', 'SNC'] as const;
const COMMUNES = ['Luxembourg', 'Esch-sur-Alzette', 'Differdange', 'Dudelange', 'Ettelbruck', 'Diekirch', 'Wiltz', 'Echternach', 'Mersch', 'Grevenmacher', 'Remich', 'Clervaux', 'Vianden', 'Bettembourg', 'Strassen', 'Bertrange', 'Hesperange', 'Sanem', 'Pétange', 'Mamer', 'Junglinster', 'Steinsel', 'Mondorf-les-Bains', 'Redange-sur-Attert', 'Kehlen'];
const ROLES = ['Gérant', 'Gérante', 'Directeur administratif et financier', 'Responsable IT', 'Responsable qualité', 'Office manager', 'Associé'];
const NOTES = [
  'Le gérant veut d’abord automatiser la facturation ; les devis restent faits à la main dans Excel.',
  'Pas de sauvegarde hors site : disque USB au bureau, rapporté le vendredi. Point à traiter avant tout projet IA.',
  'ChatGPT utilisé par deux employés avec des comptes privés, sans règle écrite sur les données clients.',
  'Données de production dans l’ERP depuis 2019, mais les codes articles ont changé deux fois : nettoyage nécessaire.',
  'Intéressés par le SME Package Digital ; l’expert-comptable doit confirmer les chiffres 2025.',
  'D’Equipe wëll mat engem klenge Pilot ufänken, de Chef ass awer nach skeptesch.',
  'Die Buchhaltung ist ausgelagert; Rechnungsdaten kommen monatlich als PDF zurück.',
  'Formation Luxembourg AI Factory à proposer à deux personnes de l’atelier.',
  'Pilot de planification des tournées évoqué ; pas encore de données GPS exploitables.',
  'La direction n’a pas de budget dédié mais accepte de réserver du temps interne au premier trimestre.',
];

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const daysBefore = (base: Date, days: number, minutes = 0) => new Date(base.getTime() - days * 86_400_000 + minutes * 60_000);

export interface SeededClient {
  id: string;
  reportLocale: Locale;
  /** 0..1: how far along the company is; drives its answers. */
  maturity: number;
  createdAt: Date;
}

export function seedClients(db: Db, rng: Rng, count: number, base = SEED_BASE_DATE): SeededClient[] {
  const insert = db.prepare(
    `INSERT INTO clients (id, name, search_text, rcs_number, legal_form, nace_code, nace_label, commune, headcount,
       turnover_cents, balance_sheet_cents, contacts_json, related_json, report_locale, consent_benchmark, consent_date,
       size_class, archived_at, created_at, updated_at)
     VALUES (@id, @name, @searchText, @rcs, @legalForm, @nace, @naceLabel, @commune, @headcount, @turnover, @balance,
       @contacts, '[]', @locale, @consent, @consentDate, @sizeClass, @archivedAt, @createdAt, @updatedAt)`,
  );
  const seeded: SeededClient[] = [];
  for (let i = 0; i < count; i++) {
    const [trade, nace, naceLabel] = rng.pick(TRADES);
    const family = rng.pick(FAMILY);
    const legalForm = rng.pick(LEGAL);
    const name = rng.chance(0.5) ? `${trade} ${family} ${legalForm}` : `${family} & ${rng.pick(FAMILY)} ${trade} ${legalForm}`;
    const headcount = rng.chance(0.05) ? null : rng.pick([rng.int(1, 9), rng.int(10, 49), rng.int(10, 49), rng.int(50, 249)]);
    const turnover = headcount === null ? null : headcount * rng.int(60_000, 220_000) * 100;
    const balance = turnover === null ? null : Math.round(turnover * (0.4 + rng.next() * 0.6));
    const related: never[] = [];
    const size = sizeClassOf({ headcount, turnoverCents: turnover, balanceSheetCents: balance, related });
    const contacts = Array.from({ length: rng.int(0, 3) }, () => {
      const first = rng.pick(FIRST);
      const last = rng.pick(FAMILY);
      const slug = normaliseForSearch(`${first}.${last}`).replace(/[^a-z.]/g, '');
      return { name: `${first} ${last}`, role: rng.pick(ROLES), email: `${slug}@example.lu`, phone: `+352 ${rng.int(20, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}` };
    });
    const locale = rng.pick(['fr', 'fr', 'fr', 'de', 'lb', 'en'] as const);
    const createdAt = daysBefore(base, rng.int(30, 900), rng.int(0, 600));
    const updatedAt = daysBefore(createdAt, -rng.int(0, 25));
    const commune = rng.pick(COMMUNES);
    const rcs = `B${100000 + i * 7 + rng.int(0, 6)}`;
    const consent = rng.chance(0.6);
    const id = rng.uuid();
    insert.run({
      id,
      name,
      searchText: clientSearchText([name, rcs, commune, nace, naceLabel, legalForm]),
      rcs,
      legalForm,
      nace,
      naceLabel,
      commune,
      headcount,
      turnover,
      balance,
      contacts: JSON.stringify(contacts),
      locale,
      consent: consent ? 1 : 0,
      consentDate: consent ? isoDay(createdAt) : null,
      sizeClass: size.sizeClass,
      archivedAt: rng.chance(0.04) ? updatedAt.toISOString() : null,
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
    });
    seeded.push({ id, reportLocale: locale as Locale, maturity: rng.next(), createdAt });
  }
  return seeded;
}

/**
 * Maturity checks spread over the clients (some have none, some a dozen): the first is a
 * 'first' check, later ones 'follow_up' pointing to the previous. Most are finalised (with
 * their immutable revision snapshot); the newest of a client may still be a draft.
 */
export function seedChecks(db: Db, rng: Rng, clients: SeededClient[], count: number, base = SEED_BASE_DATE): number {
  if (clients.length === 0 || count <= 0) return 0;
  const instrument = getInstrument(CURRENT_INSTRUMENT_VERSION);
  const insertCheck = db.prepare(
    `INSERT INTO assessments (id, client_id, stage, previous_id, held_on, language, participants_json, instrument_version,
       status, revision, cursor_step, cursor_view, created_at, updated_at)
     VALUES (@id, @clientId, @stage, @previousId, @heldOn, @language, @participants, @instrumentVersion,
       @status, @revision, NULL, 'item', @createdAt, @updatedAt)`,
  );
  const insertAnswer = db.prepare(
    `INSERT INTO assessment_answers (assessment_id, client_id, item_id, level, checked_json, not_applicable, unknown, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertNote = db.prepare('INSERT INTO assessment_notes (assessment_id, client_id, item_id, body, updated_at) VALUES (?, ?, ?, ?, ?)');
  const insertTarget = db.prepare('INSERT INTO assessment_targets (assessment_id, client_id, dimension_id, target, updated_at) VALUES (?, ?, ?, ?, ?)');
  const insertRevision = db.prepare(
    `INSERT INTO assessment_revisions (assessment_id, client_id, revision, finalised_at, instrument_version, held_on, language,
       participants_json, answers_json, notes_json, targets_json, result_json, overall, scoring_version, funding_rules_version)
     VALUES (@assessmentId, @clientId, @revision, @finalisedAt, @instrumentVersion, @heldOn, @language,
       @participants, @answers, @notes, @targets, @result, @overall, @scoringVersion, @fundingRulesVersion)`,
  );

  // How many checks each client gets: `count` draws spread over the clients (about Poisson: with
  // 5,000 checks over 1,000 clients most have 3 to 7, a few none, a few ten or more), capped so
  // no client gets an implausible pile.
  const cap = Math.max(12, Math.ceil((count / clients.length) * 2.5));
  const perClient = clients.map(() => 0);
  for (let i = 0; i < count; i++) {
    let at = Math.floor(rng.next() * clients.length);
    for (let probe = 0; probe < clients.length && perClient[at] >= cap; probe++) at = (at + 1) % clients.length;
    perClient[at]++;
  }

  clients.forEach((client, ci) => {
    let previousId: string | null = null;
    let maturity = client.maturity;
    const n = perClient[ci];
    for (let k = 0; k < n; k++) {
      const id = rng.uuid();
      const heldOn = daysBefore(base, Math.max(1, Math.round(((n - k) * 600) / (n + 1)) + rng.int(0, 20)));
      const at = (minutes: number) => new Date(heldOn.getTime() + minutes * 60_000).toISOString();
      const language = rng.chance(0.85) ? client.reportLocale : rng.pick(LOCALES);
      const participants = Array.from({ length: rng.int(1, 4) }, () => ({ name: `${rng.pick(FIRST)} ${rng.pick(FAMILY)}`, role: rng.pick(ROLES) }));
      const finalised = k < n - 1 || rng.chance(0.7);
      const finalisedAt = at(240);
      insertCheck.run({
        id,
        clientId: client.id,
        stage: k === 0 ? 'first' : 'follow_up',
        previousId,
        heldOn: isoDay(heldOn),
        language,
        participants: JSON.stringify(participants),
        instrumentVersion: instrument.version,
        status: finalised ? 'finalised' : 'draft',
        revision: finalised ? 1 : 0,
        createdAt: at(0),
        updatedAt: finalised ? finalisedAt : at(210),
      });
      const answers: Answer[] = [];
      const notes: Record<string, string> = {};
      const answeredShare = finalised ? 1 : rng.next();
      instrument.items.forEach((item, ii) => {
        if (ii / instrument.items.length > answeredShare) return;
        let answer: Answer;
        const roll = rng.next();
        if (roll < 0.05) answer = { itemId: item.id, level: null, checked: null, notApplicable: true, unknown: false };
        else if (roll < 0.1) answer = { itemId: item.id, level: null, checked: null, notApplicable: false, unknown: true };
        else if (item.format.kind === 'scale') {
          const level = Math.max(0, Math.min(5, Math.round(maturity * 5 + (rng.next() - 0.5) * 2.5)));
          answer = { itemId: item.id, level, checked: null, notApplicable: false, unknown: false };
        } else {
          const checked = item.format.options.filter(() => rng.next() < maturity * 0.9 + 0.05).map((o) => o.id);
          answer = { itemId: item.id, level: null, checked, notApplicable: false, unknown: false };
        }
        answers.push(answer);
        insertAnswer.run(id, client.id, item.id, answer.level, answer.checked === null ? null : JSON.stringify(answer.checked), answer.notApplicable ? 1 : 0, answer.unknown ? 1 : 0, at(ii * 3));
        if (rng.chance(0.18)) {
          notes[item.id] = rng.pick(NOTES);
          insertNote.run(id, client.id, item.id, notes[item.id], at(ii * 3 + 1));
        }
      });
      const targets: Record<string, number> = {};
      for (const dimension of DIMENSION_IDS) {
        if (!rng.chance(0.7)) continue;
        targets[dimension] = Math.min(100, 40 + rng.int(0, 10) * 5);
        insertTarget.run(id, client.id, dimension, targets[dimension], at(200));
      }
      if (finalised) {
        const sorted = [...answers].sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
        const result = scoreAssessment(instrument, sorted, targets);
        insertRevision.run({
          assessmentId: id,
          clientId: client.id,
          revision: 1,
          finalisedAt,
          instrumentVersion: instrument.version,
          heldOn: isoDay(heldOn),
          language,
          participants: JSON.stringify(participants),
          answers: JSON.stringify(sorted),
          notes: JSON.stringify(notes),
          targets: JSON.stringify(targets),
          result: JSON.stringify(result),
          overall: result.overall,
          // The versions the revision was made with, as the app records them at finalisation.
          scoringVersion: result.scoringVersion,
          fundingRulesVersion: CURRENT_SCHEMES_VERSION,
        });
      }
      previousId = id;
      maturity = Math.min(1, maturity + rng.next() * 0.08); // follow-ups show some progress
    }
  });
  return count;
}

export interface SeedOptions {
  clients: number;
  checks: number;
  seed?: number;
}

export function seedDatabase(db: Db, options: SeedOptions): { clients: number; checks: number } {
  const rng = createRng(options.seed ?? 20260302);
  return db.transaction(() => {
    const clients = seedClients(db, rng, options.clients);
    const checks = seedChecks(db, rng, clients, options.checks);
    return { clients: clients.length, checks };
  })();
}

/** sha256 over every row of every table, in a stable order: equal digests = equal content. */
export function databaseDigest(db: Db): string {
  const hash = createHash('sha256');
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`).all() as { name: string }[];
  for (const { name } of tables) {
    const columns = (db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').all(name) as { name: string }[]).map((c) => `"${c.name}"`);
    hash.update(`\n#${name}\n`);
    const rows = db.prepare(`SELECT ${columns.join(', ')} FROM "${name}" ORDER BY ${columns.join(', ')}`).raw().iterate() as Iterable<unknown[]>;
    for (const row of rows) hash.update(JSON.stringify(row.map((v) => (Buffer.isBuffer(v) ? v.toString('base64') : v))) + '\n');
  }
  return hash.digest('hex');
}
