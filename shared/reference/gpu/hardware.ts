/**
 * GPU hardware presets for the GPU-hour budget (domain.md §5). Dense tensor-core peaks, no
 * sparsity. Memory is the vendor figure in decimal GB (10^9 bytes): conservative for the A100,
 * whose "40 GB" are 40 GiB. Board power is the maximum board power (TDP), used for energy.
 *
 * MFU bands (model FLOPs utilisation, low / expected / high) are the domain.md §5 figures;
 * the FP8 band is measured against the FP8 peak. They are checked against published runs in
 * test/unit/gpu-calibration.test.ts.
 */
import type { LocalizedText } from '../../locale';

/**
 * 2026.2: A100-80GB bandwidth 2.039 TB/s (was 2.0); B200 as the HGX board, 180 GB, 7.7 TB/s (was
 * 8, the 192 GB launch figure); system sizes for the capacity checks; per-GPU or per-node billing.
 */
export const GPU_REFERENCE_VERSION = '2026.2';
/** Date the hardware, model and setting sources in shared/reference/gpu were last checked. */
export const GPU_REFERENCE_LAST_CHECKED = '2026-12-02';

export type Precision = 'bf16' | 'fp8';
export const PRECISIONS: readonly Precision[] = ['bf16', 'fp8'];

export interface Band {
  low: number;
  expected: number;
  high: number;
}

export type HardwareId = 'meluxina-a100-40gb' | 'a100-80gb' | 'h100-sxm' | 'h200' | 'b200';

export interface GpuHardware {
  id: HardwareId;
  /** Short name shown in tables and sent as `gpuModel` in a compute request. */
  gpuModel: string;
  label: LocalizedText;
  /** Dense peak in TFLOP/s per GPU; `fp8: null` where the GPU has no FP8 tensor cores. */
  peakTflops: { bf16: number; fp8: number | null };
  /** MFU band per precision; `fp8: null` where FP8 is not available. */
  mfu: { bf16: Band; fp8: Band | null };
  memoryGB: number;
  bandwidthTBs: number;
  boardPowerKw: number;
  /** GPUs in one node of the system this preset stands for (MeluXina: 4). */
  gpusPerNode: number;
  /** Name of the system for `system` in a compute request, when the preset is a real system. */
  system: string | null;
  /**
   * GPUs the whole system has (capacity checks: a job or a year of work beyond it is impossible);
   * null for a bare GPU model that stands for no particular system.
   */
  systemGpus: number | null;
  /** Where `systemGpus` comes from. */
  systemGpusSource: string | null;
  /** True when the figure depends on a choice not yet public (MeluXina-AI's GPU model). */
  unconfirmed: boolean;
  sources: string[];
}

const A100_DATASHEET =
  'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf';
const H100_DATASHEET = 'https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet';

/** domain.md §5: A100 BF16 0.30/0.45/0.55; H100/H200 BF16 0.25/0.38/0.48; FP8 0.20/0.35/0.40; B200 0.22/0.35/0.45. */
const MFU_A100_BF16: Band = { low: 0.3, expected: 0.45, high: 0.55 };
const MFU_HOPPER_BF16: Band = { low: 0.25, expected: 0.38, high: 0.48 };
const MFU_FP8: Band = { low: 0.2, expected: 0.35, high: 0.4 };
const MFU_B200_BF16: Band = { low: 0.22, expected: 0.35, high: 0.45 };

/** MeluXina-AI: "more than 2,100 GPUs" (end of 2026); the lower bound is used for the checks. */
const MELUXINA_AI_GPUS = 2100;
const MELUXINA_AI_SOURCE = 'Luxembourg AI Factory announcement (Dec 2025): MeluXina-AI, > 2,100 GPUs, end of 2026';

export const GPU_HARDWARE: readonly GpuHardware[] = [
  {
    id: 'meluxina-a100-40gb',
    gpuModel: 'NVIDIA A100-SXM4-40GB',
    label: {
      en: 'MeluXina GPU node (4× NVIDIA A100 40 GB)',
      fr: 'Nœud GPU MeluXina (4× NVIDIA A100 40 Go)',
      de: 'MeluXina-GPU-Knoten (4× NVIDIA A100 40 GB)',
      lb: 'MeluXina-GPU-Knuet (4× NVIDIA A100 40 GB)',
    },
    peakTflops: { bf16: 312, fp8: null },
    mfu: { bf16: MFU_A100_BF16, fp8: null },
    memoryGB: 40,
    bandwidthTBs: 1.555,
    boardPowerKw: 0.4,
    gpusPerNode: 4,
    system: 'MeluXina',
    // ~200 GPU nodes × 4 A100 (docs.lxp.lu): the figure is approximate, so it is a bound, not a plan.
    systemGpus: 800,
    systemGpusSource: 'https://docs.lxp.lu/system/overview/ (~200 GPU nodes × 4 A100-40GB)',
    unconfirmed: false,
    sources: [
      A100_DATASHEET,
      // ~200 GPU nodes, 4× A100-40GB (NVLink), 2× AMD EPYC 7452, 512 GB RAM.
      'https://docs.lxp.lu/system/overview/',
    ],
  },
  {
    id: 'a100-80gb',
    gpuModel: 'NVIDIA A100-SXM4-80GB',
    label: {
      en: 'NVIDIA A100 80 GB (SXM)',
      fr: 'NVIDIA A100 80 Go (SXM)',
      de: 'NVIDIA A100 80 GB (SXM)',
      lb: 'NVIDIA A100 80 GB (SXM)',
    },
    peakTflops: { bf16: 312, fp8: null },
    mfu: { bf16: MFU_A100_BF16, fp8: null },
    memoryGB: 80,
    // Datasheet: 2,039 GB/s for the 80 GB SXM module (1,935 GB/s is the PCIe card).
    bandwidthTBs: 2.039,
    boardPowerKw: 0.4,
    gpusPerNode: 4,
    system: null,
    systemGpus: null,
    systemGpusSource: null,
    unconfirmed: false,
    sources: [A100_DATASHEET],
  },
  {
    id: 'h100-sxm',
    gpuModel: 'NVIDIA H100-SXM5-80GB',
    label: {
      en: 'NVIDIA H100 80 GB (SXM)',
      fr: 'NVIDIA H100 80 Go (SXM)',
      de: 'NVIDIA H100 80 GB (SXM)',
      lb: 'NVIDIA H100 80 GB (SXM)',
    },
    peakTflops: { bf16: 989, fp8: 1979 },
    mfu: { bf16: MFU_HOPPER_BF16, fp8: MFU_FP8 },
    memoryGB: 80,
    bandwidthTBs: 3.35,
    boardPowerKw: 0.7,
    gpusPerNode: 4,
    system: null,
    systemGpus: null,
    systemGpusSource: null,
    unconfirmed: false,
    sources: [H100_DATASHEET],
  },
  {
    id: 'h200',
    gpuModel: 'NVIDIA H200-SXM-141GB',
    label: {
      en: 'NVIDIA H200 141 GB (possible MeluXina-AI GPU)',
      fr: 'NVIDIA H200 141 Go (GPU possible de MeluXina-AI)',
      de: 'NVIDIA H200 141 GB (mögliche GPU von MeluXina-AI)',
      lb: 'NVIDIA H200 141 GB (méiglech GPU vu MeluXina-AI)',
    },
    peakTflops: { bf16: 989, fp8: 1979 },
    mfu: { bf16: MFU_HOPPER_BF16, fp8: MFU_FP8 },
    memoryGB: 141,
    bandwidthTBs: 4.8,
    boardPowerKw: 0.7,
    gpusPerNode: 4,
    system: 'MeluXina-AI',
    systemGpus: MELUXINA_AI_GPUS,
    systemGpusSource: MELUXINA_AI_SOURCE,
    // MeluXina-AI (end of 2026, > 2,100 GPUs): GPU model not public (domain.md §5).
    unconfirmed: true,
    sources: ['https://www.nvidia.com/en-us/data-center/h200/', H100_DATASHEET],
  },
  {
    id: 'b200',
    gpuModel: 'NVIDIA B200-180GB',
    label: {
      en: 'NVIDIA B200 180 GB, HGX (possible MeluXina-AI GPU)',
      fr: 'NVIDIA B200 180 Go, HGX (GPU possible de MeluXina-AI)',
      de: 'NVIDIA B200 180 GB, HGX (mögliche GPU von MeluXina-AI)',
      lb: 'NVIDIA B200 180 GB, HGX (méiglech GPU vu MeluXina-AI)',
    },
    peakTflops: { bf16: 2250, fp8: 4500 },
    // domain.md gives one B200 band (used for BF16); FP8 uses the general FP8 band.
    mfu: { bf16: MFU_B200_BF16, fp8: MFU_FP8 },
    memoryGB: 180,
    // HGX B200 (1,000 W board): 7.7 TB/s per GPU; 8 TB/s is the 192 GB launch figure.
    bandwidthTBs: 7.7,
    boardPowerKw: 1.0,
    gpusPerNode: 4,
    system: 'MeluXina-AI',
    systemGpus: MELUXINA_AI_GPUS,
    systemGpusSource: MELUXINA_AI_SOURCE,
    unconfirmed: true,
    sources: ['https://www.nvidia.com/en-us/data-center/hgx/'],
  },
];

export function findHardware(id: unknown): GpuHardware | undefined {
  return GPU_HARDWARE.find((h) => h.id === id);
}
