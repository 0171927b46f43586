/**
 * Model presets for the GPU-hour budget, with their real shapes from the published configs.
 * Parameter counts of the decoder LLMs are recomputed from config.json (embeddings + layers +
 * untied LM head) and match the counts the model cards give.
 *
 * FLOPs convention: one multiply-accumulate (MAC) = 2 FLOPs. Vision libraries often print
 * MACs under the name "GFLOPS" (torchvision: ResNet-50 "4.09 GFLOPS" = 4.09 GMACs), so
 * `forwardFlopsPerImage` below is 2 × the published MAC count where the source counts MACs.
 */

export type Architecture = 'decoder' | 'encoder' | 'vision';

/** The shape the estimator needs. Transformer fields are 0 for convolutional vision models. */
export interface ModelShape {
  parameterCount: number;
  layers: number;
  hiddenSize: number;
  kvHeads: number;
  headDim: number;
  vocabSize: number;
  /** Maximum sequence length the model supports (config `max_position_embeddings`). */
  sequenceLength: number;
  /** Forward FLOPs for one image at the preset's input size (2 FLOPs per MAC). */
  forwardFlopsPerImage?: number;
  /** Defaults: 'vision' when only `forwardFlopsPerImage` is meaningful, else 'decoder'. */
  architecture?: Architecture;
}

/** A custom vision model needs only its size and forward FLOPs; transformer fields default to 0. */
export interface VisionModelShape extends Partial<Omit<ModelShape, 'parameterCount' | 'forwardFlopsPerImage'>> {
  parameterCount: number;
  forwardFlopsPerImage: number;
}

export interface ModelPreset extends ModelShape {
  id: string;
  name: string;
  architecture: Architecture;
  attentionHeads: number;
  /** Input resolution for vision presets, pixels per side. */
  imageSize?: number;
  sources: string[];
  note?: string;
}

export const MODEL_PRESETS: readonly ModelPreset[] = [
  {
    id: 'llama-3.1-8b',
    name: 'Llama-3.1-8B',
    architecture: 'decoder',
    parameterCount: 8_030_261_248,
    layers: 32,
    hiddenSize: 4096,
    attentionHeads: 32,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 128_256,
    sequenceLength: 131_072,
    sources: [
      'https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json',
      'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
    ],
    note: 'intermediate_size 14336; pre-trained at 8,192 tokens, extended to 128k (rope_scaling llama3).',
  },
  {
    id: 'llama-3.1-70b',
    name: 'Llama-3.1-70B',
    architecture: 'decoder',
    parameterCount: 70_553_706_496,
    layers: 80,
    hiddenSize: 8192,
    attentionHeads: 64,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 128_256,
    sequenceLength: 131_072,
    sources: [
      'https://huggingface.co/meta-llama/Llama-3.1-70B/blob/main/config.json',
      'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
    ],
    note: 'intermediate_size 28672.',
  },
  {
    id: 'mistral-7b-v0.3',
    name: 'Mistral-7B-v0.3',
    architecture: 'decoder',
    parameterCount: 7_248_023_552,
    layers: 32,
    hiddenSize: 4096,
    attentionHeads: 32,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 32_768,
    sequenceLength: 32_768,
    sources: ['https://huggingface.co/mistralai/Mistral-7B-v0.3/blob/main/config.json', 'https://arxiv.org/abs/2310.06825'],
    note: 'v0.1 is the same shape with a 32,000-token vocabulary (7,241,732,096 parameters) and a 4,096-token sliding window.',
  },
  {
    id: 'qwen2.5-14b',
    name: 'Qwen2.5-14B',
    architecture: 'decoder',
    parameterCount: 14_770_033_664,
    layers: 48,
    hiddenSize: 5120,
    attentionHeads: 40,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 152_064,
    sequenceLength: 131_072,
    sources: ['https://huggingface.co/Qwen/Qwen2.5-14B/blob/main/config.json', 'https://huggingface.co/Qwen/Qwen2.5-14B'],
    note: 'Model card: 14.7B parameters (13.1B without embeddings), 40 query / 8 KV heads, QKV bias; intermediate_size 13824.',
  },
  {
    id: 'bert-base',
    name: 'BERT-base (uncased)',
    architecture: 'encoder',
    parameterCount: 109_482_240,
    layers: 12,
    hiddenSize: 768,
    attentionHeads: 12,
    kvHeads: 12,
    headDim: 64,
    vocabSize: 30_522,
    sequenceLength: 512,
    sources: ['https://huggingface.co/google-bert/bert-base-uncased/blob/main/config.json', 'https://arxiv.org/abs/1810.04805'],
    note: 'Paper: 110M parameters (L=12, H=768, A=12).',
  },
  {
    id: 'resnet-50',
    name: 'ResNet-50',
    architecture: 'vision',
    parameterCount: 25_557_032,
    layers: 0,
    hiddenSize: 0,
    attentionHeads: 0,
    kvHeads: 0,
    headDim: 0,
    vocabSize: 0,
    sequenceLength: 0,
    imageSize: 224,
    // torchvision: 4.089 "GFLOPS" which are GMACs → 2 × 4.089e9 FLOPs per 224² image.
    forwardFlopsPerImage: 8.178e9,
    sources: ['https://pytorch.org/vision/stable/models/generated/torchvision.models.resnet50.html', 'https://arxiv.org/abs/1512.03385'],
    note: 'Paper: 3.8 × 10^9 multiply-adds (v1); torchvision v1.5 counts 4.09 GMACs.',
  },
  {
    id: 'vit-b-16',
    name: 'ViT-B/16',
    architecture: 'vision',
    parameterCount: 86_567_656,
    layers: 12,
    hiddenSize: 768,
    attentionHeads: 12,
    kvHeads: 12,
    headDim: 64,
    vocabSize: 0,
    // 196 patches of 16×16 at 224² + the class token.
    sequenceLength: 197,
    imageSize: 224,
    // torchvision: 17.564 "GFLOPS" (GMACs) → 35.13 GFLOPs per 224² image.
    forwardFlopsPerImage: 35.128e9,
    sources: ['https://pytorch.org/vision/stable/models/generated/torchvision.models.vit_b_16.html', 'https://arxiv.org/abs/2010.11929'],
  },
  {
    id: 'yolov8m',
    name: 'YOLOv8m (detection)',
    architecture: 'vision',
    parameterCount: 25_902_640,
    layers: 0,
    hiddenSize: 0,
    attentionHeads: 0,
    kvHeads: 0,
    headDim: 0,
    vocabSize: 0,
    sequenceLength: 0,
    imageSize: 640,
    // Ultralytics table: 78.9 B FLOPs at 640². Ultralytics already doubles thop's MACs (get_flops: `/ 1e9 * 2`).
    forwardFlopsPerImage: 78.9e9,
    sources: ['https://docs.ultralytics.com/models/yolov8/', 'https://github.com/ultralytics/ultralytics/blob/main/ultralytics/utils/torch_utils.py'],
    note: 'Model card: 25.9M parameters, 78.9 GFLOPs at 640 pixels.',
  },
];

export function findModelPreset(id: unknown): ModelPreset | undefined {
  return MODEL_PRESETS.find((m) => m.id === id);
}
