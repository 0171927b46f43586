/**
 * Catalogue 2026.2 (issue 10): the order of the groundwork, the new Fund / Connect steps, and how the
 * roadmap generator picks them up from weak answers of instrument 2026.2.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@shared/locale';
import { canonicalJson } from '@shared/domain/canonical-json';
import { proposeRoadmap, type ProposedRoadmap, type RoadmapAnswerInput, type RoadmapDimensionInput } from '@shared/domain/roadmap';
import { findTemplate, getCatalogue, type Catalogue } from '@shared/reference/catalogue';
import { carryItemScores, getInstrument } from '@shared/reference/instrument';

const c1 = getCatalogue('2026.1') as Catalogue;
const c2 = getCatalogue('2026.2') as Catalogue;
const t2 = (id: string) => {
  const t = findTemplate(c2, id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};

/** Every prerequisite reachable from a template (transitively). */
function closure(id: string): Set<string> {
  const out = new Set<string>();
  const visit = (x: string) => {
    for (const p of t2(x).prerequisites) {
      if (out.has(p)) continue;
      out.add(p);
      visit(p);
    }
  };
  visit(id);
  return out;
}

describe('catalogue 2026.1 stays as published', () => {
  it('has the same content as when it shipped (saved roadmaps are read with it)', () => {
    const hash = createHash('sha256').update(canonicalJson(c1)).digest('hex');
    expect(hash).toBe('8470ec0ee6d200cc22c1f08c44815e816abdb5291bc847dbec6286b8e1066b4d');
  });
});

describe('catalogue 2026.2: order of the groundwork', () => {
  it('puts the AI Act classification and a GDPR impact assessment before the chatbot', () => {
    expect(findTemplate(c1, 'customer-service-chatbot')?.prerequisites).toEqual(['ai-usage-policy']);
    expect(t2('customer-service-chatbot').prerequisites).toEqual(expect.arrayContaining(['ai-act-classification', 'gdpr-dpia']));
  });

  it('puts the cybersecurity baseline and an access-rights clean-up before the generative-AI assistant', () => {
    expect(t2('genai-assistant-pilot').prerequisites).toEqual(expect.arrayContaining(['cybersecurity-baseline', 'access-rights-cleanup']));
    expect(t2('access-rights-cleanup').itemIds).toContain('foundations.ai_security');
  });

  it('needs a pilot in production before MLOps monitoring', () => {
    expect(findTemplate(c1, 'mlops-monitoring')?.prerequisites).toEqual([]);
    expect(t2('mlops-monitoring').prerequisites).toEqual(['pilot-to-production']);
    expect(t2('pilot-to-production')).toMatchObject({ pillar: 'scale_execute', buildsAiSystem: true });
    expect(t2('pilot-to-production').itemIds).toEqual(['ai_use.pilots', 'strategy.benefits']);
  });

  it('needs a business case and a prompting/RAG baseline before fine-tuning', () => {
    expect(t2('meluxina-playground-finetune').prerequisites).toEqual(['use-case-business-case', 'prompt-rag-baseline']);
    expect(closure('meluxina-playground-finetune')).toContain('data-inventory-audit');
  });

  it('makes Fit 4 AI the entry step, not something after an opportunity workshop', () => {
    expect(findTemplate(c1, 'apply-fit4ai')?.prerequisites).toEqual(['ai-opportunity-workshop']);
    expect(t2('apply-fit4ai').prerequisites).toEqual([]);
    expect(t2('apply-fit4ai').itemIds).toContain('strategy.use_cases');
    expect(t2('apply-fit4ai').rationale.en).toMatch(/^The entry step/);
  });

  it('starts with a free cybersecurity diagnostic before the baseline', () => {
    expect(t2('cybersecurity-baseline').prerequisites).toEqual(['cyber-first-diagnostic']);
    expect(t2('cyber-first-diagnostic').costRangeCents[0]).toBe(0);
    expect(t2('cyber-first-diagnostic').prerequisites).toEqual([]);
  });
});

describe('catalogue 2026.2: new Fund and Connect steps', () => {
  it.each([
    ['apply-rdi-innovation', 'fund'],
    ['compute-access-request', 'fund'],
    ['training-cofinancing', 'fund'],
    ['ldih-test-before-invest', 'connect'],
    ['ai-vendor-selection', 'connect'],
    ['cyber-first-diagnostic', 'connect'],
    ['enable-owned-ai-features', 'build_test'],
  ])('%s is a %s template, new in 2026.2', (id, pillar) => {
    expect(findTemplate(c1, id)).toBeUndefined();
    expect(t2(id).pillar).toBe(pillar);
    expect(t2(id).sustain).toBeUndefined();
  });

  it('cites the RDI law of 6 June 2025 and never the replaced law of 17 May 2017', () => {
    for (const id of ['apply-rdi-innovation', 'sustain-rdi-collaboration']) {
      const r = t2(id).rationale;
      expect(r.en, id).toMatch(/law of 6 June 2025/);
      expect(r.fr, id).toMatch(/loi du 6 juin 2025/);
      expect(r.de, id).toMatch(/Gesetz vom 6\. Juni 2025/);
      expect(r.lb, id).toMatch(/Gesetz vum 6\. Juni 2025/);
    }
    expect(t2('apply-rdi-innovation').rationale.en).toMatch(/GBER art\. 29/);
    const all = JSON.stringify(c2);
    expect(all).not.toMatch(/17 May 2017|17 mai 2017|17\. Mai 2017|17\. Mee 2017/);
    expect(JSON.stringify(c1)).toMatch(/17 May 2017/); // the old version keeps what it said
  });

  it('says the EuroHPC access figures are unconfirmed, in every language', () => {
    const r = t2('compute-access-request').rationale;
    expect(r.en).toMatch(/unconfirmed/);
    expect(r.fr).toMatch(/non confirmé/);
    expect(r.de).toMatch(/unbestätigt/);
    expect(r.lb).toMatch(/net confirméiert/);
    for (const l of LOCALES) expect(r[l]).toMatch(/50[.,\u202f ]?000/);
  });

  it('addresses every new item of instrument 2026.2 with a regular template', () => {
    const instrument1 = getInstrument('2026.1');
    const added = getInstrument('2026.2').items.filter((i) => !instrument1.items.some((o) => o.id === i.id)).map((i) => i.id);
    expect(added.length).toBe(7);
    const covered = new Set(c2.templates.filter((t) => !t.sustain).flatMap((t) => t.itemIds));
    expect(added.filter((i) => !covered.has(i))).toEqual([]);
  });

  it('keeps unchanged templates as the 2026.1 objects', () => {
    const changed = new Set([
      'ai-act-classification', 'cybersecurity-baseline', 'ai-usage-policy', 'ai-literacy-staff', 'apply-fit4ai',
      'genai-assistant-pilot', 'customer-service-chatbot', 'meluxina-playground-finetune', 'mlops-monitoring', 'sustain-rdi-collaboration',
    ]);
    for (const t of c1.templates) {
      if (changed.has(t.id)) expect(t2(t.id), t.id).not.toBe(t);
      else expect(t2(t.id), t.id).toBe(t);
    }
  });
});

// ─── The generator reads the new items and prerequisites ───

const ALL_DIMENSIONS = ['strategy', 'foundations', 'people', 'data', 'ai_use', 'responsible', 'green'];

/** Every dimension at target except `weak`, which sits at 20 against a target of 80. */
function dims(weak: string): RoadmapDimensionInput[] {
  return ALL_DIMENSIONS.map((id) => (id === weak ? { id, score: 20, target: 80 } : { id, score: 80, target: 80 }));
}

function propose(weakDimension: string, answers: RoadmapAnswerInput[]): ProposedRoadmap {
  return proposeRoadmap({ dimensions: dims(weakDimension), answers, horizonMonths: 18, catalogue: c2 });
}

const at = (r: ProposedRoadmap, id: string) => r.initiatives.find((i) => i.templateId === id);

describe('roadmap proposals from catalogue 2026.2', () => {
  it('schedules the chatbot after its AI Act classification and its DPIA', () => {
    const r = propose('ai_use', [
      { itemId: 'ai_use.genai_use', score: 0.2 },
      { itemId: 'ai_use.automation', score: 0.2 },
    ]);
    const bot = at(r, 'customer-service-chatbot');
    expect(bot?.reason.weakItemIds).toEqual(['ai_use.genai_use', 'ai_use.automation']);
    for (const pre of ['ai-act-classification', 'gdpr-dpia']) {
      const p = at(r, pre);
      expect(p, pre).toBeDefined();
      expect(p!.pulledIn).toBe(true);
      expect(bot!.startMonth, pre).toBeGreaterThanOrEqual(p!.startMonth + p!.durationMonths);
    }
    // The DPIA needs the data inventory, which therefore comes even earlier.
    expect(at(r, 'data-inventory-audit')).toBeDefined();
  });

  it('pulls a pilot into production before MLOps monitoring, unless one already runs with measured benefits', () => {
    const r = propose('ai_use', [{ itemId: 'ai_use.mlops', score: 0 }]);
    const mlops = at(r, 'mlops-monitoring');
    const prod = at(r, 'pilot-to-production');
    expect(mlops?.reason.weakItemIds).toEqual(['ai_use.mlops']);
    expect(prod?.pulledIn).toBe(true);
    expect(mlops!.startMonth).toBeGreaterThanOrEqual(prod!.startMonth + prod!.durationMonths);

    const running = propose('ai_use', [
      { itemId: 'ai_use.mlops', score: 0 },
      { itemId: 'ai_use.pilots', score: 0.8 },
      { itemId: 'strategy.benefits', score: 0.8 },
    ]);
    expect(at(running, 'mlops-monitoring')?.prerequisitesInPlace).toEqual(['pilot-to-production']);
    expect(at(running, 'pilot-to-production')).toBeUndefined();
  });

  it('proposes the access-rights clean-up for weak AI security, and the vendor selection for unchecked vendors', () => {
    const sec = propose('foundations', [{ itemId: 'foundations.ai_security', score: 0.1 }]);
    expect(sec.initiatives[0]?.templateId).toBe('access-rights-cleanup');
    expect(sec.initiatives[0]?.reason.weakItemIds).toEqual(['foundations.ai_security']);
    const vendors = propose('responsible', [{ itemId: 'responsible.vendors', score: 0 }]);
    expect(at(vendors, 'ai-vendor-selection')?.reason.weakItemIds).toEqual(['responsible.vendors']);
  });

  it('plans a 2026.1 check with catalogue 2026.2: its split generative-AI answer stands for both successors', () => {
    const old = new Map<string, number | null>([
      ['ai_use.genai', 0.2],
      ['ai_use.automation', 0.2],
    ]);
    const genaiReasons = (r: ProposedRoadmap) =>
      r.initiatives.flatMap((i) => i.reason.weakItemIds).filter((id) => id === 'ai_use.genai_use' || id === 'ai_use.genai_controls');
    // Without carrying, the weak answer matches no 2026.2 template: it would drive nothing.
    const bare = propose('ai_use', [...old].map(([itemId, score]) => ({ itemId, score })));
    expect(genaiReasons(bare)).toEqual([]);
    const carried = carryItemScores(old, c2.instrumentVersion!);
    expect(carried.get('ai_use.genai_use')).toBe(0.2);
    expect(carried.get('ai_use.genai_controls')).toBe(0.2);
    const r = propose('ai_use', [...carried].map(([itemId, score]) => ({ itemId, score })));
    // Now the generative-AI weakness gives picks their reason.
    expect(genaiReasons(r).length).toBeGreaterThan(0);
    expect(r.catalogueVersion).toBe('2026.2');
  });
});

describe('carryItemScores', () => {
  it('fills only missing successor ids, from scores the check has, and keeps everything else', () => {
    expect(c2.instrumentVersion).toBe('2026.2');
    expect(c1.instrumentVersion).toBeUndefined();
    const ownAnswer = carryItemScores(new Map([['ai_use.genai', 0], ['ai_use.genai_use', 1]]), '2026.2');
    expect(ownAnswer.get('ai_use.genai_use')).toBe(1); // a 2026.2 check's own answer is never replaced
    expect(ownAnswer.get('ai_use.genai_controls')).toBe(0);
    const unanswered = carryItemScores(new Map([['ai_use.genai', null]]), '2026.2');
    expect(unanswered.get('ai_use.genai_use')).toBeNull();
    const nothing = carryItemScores(new Map([['data.inventory', 0.4]]), '2026.2');
    expect([...nothing]).toEqual([['data.inventory', 0.4]]); // nothing invented
    expect([...carryItemScores(new Map([['ai_use.genai', 0.5]]), '2026.1')]).toEqual([['ai_use.genai', 0.5]]);
    expect(() => carryItemScores(new Map(), '1999.1')).toThrow();
  });

  it('carries only from items of 2026.1 to items of 2026.2', () => {
    const from = getInstrument('2026.1');
    const to = getInstrument('2026.2');
    for (const [newId, oldId] of Object.entries(to.carriedFrom ?? {})) {
      expect(to.items.some((i) => i.id === newId), newId).toBe(true);
      expect(from.items.some((i) => i.id === oldId), oldId).toBe(true);
      expect(to.items.some((i) => i.id === oldId), `${oldId} is gone in 2026.2`).toBe(false);
    }
  });
});
