/**
 * The report's compute section says how the cost is counted (per GPU or whole nodes) and lists
 * the inputs beyond what the system can provide, phrased in the report's language.
 */
import { describe, expect, it } from 'vitest';
import { generateReport } from '@main/report';
import { reportTranslator } from '@main/report/texts';
import { challengeSentence } from '@main/services/roadmaps/roadmap-report-sections';
import { estimateGpuBudget } from '@shared/domain/gpu-budget';
import type { ReportData } from '@shared/report/report-data';
import { reportFixture } from '../support/report-fixtures';
import { readZip, wordText } from '../support/zip';

async function text(data: ReportData): Promise<string> {
  return wordText(readZip(await generateReport(data)).get('word/document.xml')!.toString('utf8'));
}

describe('report: compute billing and challenges', () => {
  const estimate = estimateGpuBudget({
    hardwareId: 'meluxina-a100-40gb',
    precision: 'bf16',
    workloads: [
      { type: 'lora', model: 'llama-3.1-8b', tokens: 1e8, gpusPerJob: 900 },
      { type: 'lora', model: 'llama-3.1-8b', tokens: 1e15 },
    ],
  });

  it('phrases each challenge with its figures in the report language', () => {
    const fr = estimate.challenges.map((c) => challengeSentence(c, reportTranslator('fr'), 'fr'));
    expect(fr[0]).toMatch(/^Charge de travail 1\s:\s900 GPU par tâche, alors que le système entier compte 800 GPU$/);
    expect(fr.some((s) => /^Charge de travail 2\s:\s1.000 billions de tokens, plus que le plus grand corpus d’entraînement publié \(15 billions de tokens\)$/.test(s))).toBe(true);
    const de = estimate.challenges.map((c) => challengeSentence(c, reportTranslator('de'), 'de'));
    expect(de[0]).toBe('Arbeitslast 1: 900 GPUs pro Job, während das ganze System 800 GPUs hat');
  });

  it('says per node and lists the challenges; data made before 2026.2 shows neither', async () => {
    const base = reportFixture('en');
    const withBoth: ReportData = {
      ...base,
      gpu: { ...base.gpu!, billingUnit: 'node', challenges: estimate.challenges.map((c) => challengeSentence(c, reportTranslator('en'), 'en')) },
    };
    const t = await text(withBoth);
    expect(t).toContain('Cost counted per whole node');
    expect(t).toContain('Beyond what the system can provide');
    expect(t).toContain('Workload 1: 900 GPUs per job, while the whole system has 800 GPUs');
    const old = await text(base);
    expect(old).not.toContain('Cost counted per');
    expect(old).not.toContain('Beyond what the system can provide');
  });
});
