/**
 * The GPU estimator's settings: the shipped defaults (shared/reference/gpu/settings.ts) with the
 * advisor's changes on top. Only a value that differs from its default is stored.
 */
import { InvalidInputError } from '@shared/field-problems';
import type { Handlers, ParsedInput } from '@shared/contract';
import type { GpuSettingsView } from '@shared/contract/gpu';
import { GpuBudgetInputError, estimateGpuBudget } from '@shared/domain/gpu-budget';
import { SETTING_REFERENCES, defaultGpuBudgetSettings, type GpuBudgetSettings } from '@shared/reference/gpu/settings';
import type { ServiceContext } from '../context';
import type { GpuRepository, GpuSettingKey } from './gpu-repository';

const settingsInputPath = (path: string) => path.replace(/^settings\./, 'patch.');

export function createGpuSettings(ctx: ServiceContext, repo: GpuRepository) {
  function loadSettings(): { settings: GpuBudgetSettings; overridden: GpuSettingKey[]; updatedAt: string | null } {
    const settings = defaultGpuBudgetSettings();
    const stored = repo.settings();
    let updatedAt: string | null = null;
    for (const s of stored) {
      (settings as unknown as Record<string, unknown>)[s.key] = s.value;
      if (!updatedAt || s.updatedAt > updatedAt) updatedAt = s.updatedAt;
    }
    return { settings, overridden: stored.map((s) => s.key), updatedAt };
  }

  function settingsView(): GpuSettingsView {
    const { settings, overridden, updatedAt } = loadSettings();
    return { settings, defaults: defaultGpuBudgetSettings(), overridden, references: { ...SETTING_REFERENCES }, updatedAt };
  }

  /** The estimator's own setting rules (PUE ≥ 1, Playground ≤ Fast Lane …) decide, not a copy of them. */
  function checkSettings(merged: GpuBudgetSettings) {
    try {
      estimateGpuBudget({ workloads: [], hardwareId: 'meluxina-a100-40gb', precision: 'bf16', settings: merged });
    } catch (error) {
      if (error instanceof GpuBudgetInputError) {
        throw new InvalidInputError(
          error.problems.map((p) => ({ ...p, path: settingsInputPath(p.path) })),
          'GPU budget settings refused',
        );
      }
      throw error;
    }
  }

  const handlers = {
    'gpu.settings.get': () => settingsView(),

    'gpu.settings.update': ({ patch }: ParsedInput<'gpu.settings.update'>) => {
      const defaults = defaultGpuBudgetSettings();
      const merged: GpuBudgetSettings = { ...loadSettings().settings };
      const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [GpuSettingKey, number | string | null][];
      // null means "back to the default".
      for (const [key, value] of entries) (merged as unknown as Record<string, unknown>)[key] = value ?? defaults[key];
      checkSettings(merged);
      const at = ctx.now().toISOString();
      repo.transaction(() => {
        for (const [key] of entries) {
          if (merged[key] === defaults[key]) repo.deleteSetting(key);
          else repo.saveSetting({ key, value: merged[key], updatedAt: at });
        }
      });
      ctx.emit({ type: 'changed', entity: 'gpu_settings' });
      return settingsView();
    },
  } satisfies Partial<Handlers>;

  return { handlers, loadSettings };
}

export type GpuSettings = ReturnType<typeof createGpuSettings>;
