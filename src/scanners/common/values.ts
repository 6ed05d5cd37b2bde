import { VALUE_MODES, type ReadMode, type ScanContext, type ValueMode } from '../types.js';
import { serviceMode } from './hosted.js';
import { table } from './table.js';
import {
  classifyModel,
  classifyOllama,
  isApiModelName,
  isBedrockModelId,
  isHubIdShape,
  isPathLike,
  isProviderNamespace,
  litellmHubRoute,
  ollamaId,
  ollamaModel,
  OPENAI_CLIP,
  type Classified,
  type Strength,
} from './ids.js';

/**
 * How a value reaches a model parameter: one of the value modes, a LiteLLM route (`route`: `groq/x`, `ollama/x`,
 * `gpt-4o`), or a hosted API (`hosted:openai`), whose model ids are services, not Hub repositories.
 */
export type Mode = ReadMode;

const VALUE_MODE_SET: ReadonlySet<string> = new Set<string>(VALUE_MODES);

/**
 * KerasHub's (formerly KerasNLP's) preset names (`keras_hub.models.GemmaCausalLM.from_preset("gemma2_instruct_2b_en")`),
 * whose weights the library downloads from Kaggle (`kaggle://keras/gemma2/keras/gemma2_instruct_2b_en/2`), by the Hub
 * repositories of the same checkpoints, whose terms they carry. Read from the presets files of keras-team/keras-hub
 * at 71453d08 (keras_hub/src/models/{gemma,gemma3,gemma3n,gemma4,pali_gemma,llama,llama3,mistral,phi3}/*_presets.py):
 * https://github.com/keras-team/keras-hub/tree/71453d08f59edc90d276e999319fc51e61cbf82c/keras_hub/src/models
 * Presets of other families, and converted checkpoints of no Hub counterpart, name none.
 */
const KERAS_HUB: Readonly<Record<string, string>> = table({
  gemma_2b_en: 'google/gemma-2b',
  gemma_instruct_2b_en: 'google/gemma-2b-it',
  'gemma_1.1_instruct_2b_en': 'google/gemma-1.1-2b-it',
  gemma_7b_en: 'google/gemma-7b',
  gemma_instruct_7b_en: 'google/gemma-7b-it',
  'gemma_1.1_instruct_7b_en': 'google/gemma-1.1-7b-it',
  code_gemma_2b_en: 'google/codegemma-2b',
  'code_gemma_1.1_2b_en': 'google/codegemma-1.1-2b',
  code_gemma_7b_en: 'google/codegemma-7b',
  code_gemma_instruct_7b_en: 'google/codegemma-7b-it',
  'code_gemma_1.1_instruct_7b_en': 'google/codegemma-1.1-7b-it',
  gemma2_2b_en: 'google/gemma-2-2b',
  gemma2_instruct_2b_en: 'google/gemma-2-2b-it',
  gemma2_9b_en: 'google/gemma-2-9b',
  gemma2_instruct_9b_en: 'google/gemma-2-9b-it',
  gemma2_27b_en: 'google/gemma-2-27b',
  gemma2_instruct_27b_en: 'google/gemma-2-27b-it',
  shieldgemma_2b_en: 'google/shieldgemma-2b',
  shieldgemma_9b_en: 'google/shieldgemma-9b',
  shieldgemma_27b_en: 'google/shieldgemma-27b',
  gemma3_270m: 'google/gemma-3-270m',
  gemma3_instruct_270m: 'google/gemma-3-270m-it',
  gemma3_1b: 'google/gemma-3-1b-pt',
  gemma3_instruct_1b: 'google/gemma-3-1b-it',
  gemma3_4b: 'google/gemma-3-4b-pt',
  gemma3_instruct_4b: 'google/gemma-3-4b-it',
  gemma3_4b_text: 'google/gemma-3-4b-pt',
  gemma3_instruct_4b_text: 'google/gemma-3-4b-it',
  gemma3_12b: 'google/gemma-3-12b-pt',
  gemma3_instruct_12b: 'google/gemma-3-12b-it',
  gemma3_12b_text: 'google/gemma-3-12b-pt',
  gemma3_instruct_12b_text: 'google/gemma-3-12b-it',
  gemma3_27b: 'google/gemma-3-27b-pt',
  gemma3_instruct_27b: 'google/gemma-3-27b-it',
  gemma3_27b_text: 'google/gemma-3-27b-pt',
  gemma3_instruct_27b_text: 'google/gemma-3-27b-it',
  function_gemma_instruct_270m: 'google/functiongemma-270m-it',
  embedding_gemma3_300m: 'google/embeddinggemma-300m',
  gemma3n_e2b: 'google/gemma-3n-E2B',
  gemma3n_e2b_it: 'google/gemma-3n-E2B-it',
  gemma3n_e4b: 'google/gemma-3n-E4B',
  gemma3n_e4b_it: 'google/gemma-3n-E4B-it',
  gemma4_2b: 'google/gemma-4-E2B',
  gemma4_instruct_2b: 'google/gemma-4-E2B-it',
  gemma4_4b: 'google/gemma-4-E4B',
  gemma4_instruct_4b: 'google/gemma-4-E4B-it',
  gemma4_26b_a4b: 'google/gemma-4-26B-A4B',
  gemma4_instruct_26b_a4b: 'google/gemma-4-26B-A4B-it',
  gemma4_31b: 'google/gemma-4-31B',
  gemma4_instruct_31b: 'google/gemma-4-31B-it',
  pali_gemma_3b_224: 'google/paligemma-3b-pt-224',
  pali_gemma_3b_448: 'google/paligemma-3b-pt-448',
  pali_gemma_3b_896: 'google/paligemma-3b-pt-896',
  pali_gemma_3b_mix_224: 'google/paligemma-3b-mix-224',
  pali_gemma_3b_mix_448: 'google/paligemma-3b-mix-448',
  pali_gemma2_mix_3b_224: 'google/paligemma2-3b-mix-224',
  pali_gemma2_mix_3b_448: 'google/paligemma2-3b-mix-448',
  pali_gemma2_mix_10b_224: 'google/paligemma2-10b-mix-224',
  pali_gemma2_mix_10b_448: 'google/paligemma2-10b-mix-448',
  pali_gemma2_mix_28b_224: 'google/paligemma2-28b-mix-224',
  pali_gemma2_mix_28b_448: 'google/paligemma2-28b-mix-448',
  pali_gemma2_pt_3b_224: 'google/paligemma2-3b-pt-224',
  pali_gemma2_pt_3b_448: 'google/paligemma2-3b-pt-448',
  pali_gemma2_pt_3b_896: 'google/paligemma2-3b-pt-896',
  pali_gemma2_pt_10b_224: 'google/paligemma2-10b-pt-224',
  pali_gemma2_pt_10b_448: 'google/paligemma2-10b-pt-448',
  pali_gemma2_pt_10b_896: 'google/paligemma2-10b-pt-896',
  pali_gemma2_pt_28b_224: 'google/paligemma2-28b-pt-224',
  pali_gemma2_pt_28b_448: 'google/paligemma2-28b-pt-448',
  pali_gemma2_pt_28b_896: 'google/paligemma2-28b-pt-896',
  llama2_7b_en: 'meta-llama/Llama-2-7b-hf',
  llama2_instruct_7b_en: 'meta-llama/Llama-2-7b-chat-hf',
  llama3_8b_en: 'meta-llama/Meta-Llama-3-8B',
  llama3_instruct_8b_en: 'meta-llama/Meta-Llama-3-8B-Instruct',
  'llama3.1_8b': 'meta-llama/Llama-3.1-8B',
  'llama3.1_instruct_8b': 'meta-llama/Llama-3.1-8B-Instruct',
  'llama3.1_guard_8b': 'meta-llama/Llama-Guard-3-8B',
  'llama3.2_1b': 'meta-llama/Llama-3.2-1B',
  'llama3.2_instruct_1b': 'meta-llama/Llama-3.2-1B-Instruct',
  'llama3.2_3b': 'meta-llama/Llama-3.2-3B',
  'llama3.2_instruct_3b': 'meta-llama/Llama-3.2-3B-Instruct',
  'llama3.2_guard_1b': 'meta-llama/Llama-Guard-3-1B',
  mistral_7b_en: 'mistralai/Mistral-7B-v0.1',
  mistral_instruct_7b_en: 'mistralai/Mistral-7B-Instruct-v0.1',
  'mistral_0.2_instruct_7b_en': 'mistralai/Mistral-7B-Instruct-v0.2',
  'mistral_0.3_7b_en': 'mistralai/Mistral-7B-v0.3',
  'mistral_0.3_instruct_7b_en': 'mistralai/Mistral-7B-Instruct-v0.3',
  phi3_mini_4k_instruct_en: 'microsoft/Phi-3-mini-4k-instruct',
  phi3_mini_128k_instruct_en: 'microsoft/Phi-3-mini-128k-instruct',
});

/**
 * The Gemma library's checkpoints (google-deepmind/gemma: `gm.ckpts.load_params(gm.ckpts.CheckpointPath.GEMMA3_4B_IT)`,
 * whose value is `gs://gemma-data/checkpoints/gemma3-4b-it`), by the Hub repositories of the same checkpoints, whose
 * terms they carry. Keyed by the folder's name, which is the enum's name in lower case with `-` for `_`. Read from
 * https://github.com/google-deepmind/gemma/blob/7691fd4e7f26c9ec5db38110dddb3addfab4d767/gemma/gm/ckpts/_paths.py
 */
const GEMMA_CHECKPOINTS: Readonly<Record<string, string>> = table({
  'gemma2-2b-pt': 'google/gemma-2-2b',
  'gemma2-9b-pt': 'google/gemma-2-9b',
  'gemma2-27b-pt': 'google/gemma-2-27b',
  'gemma2-2b-it': 'google/gemma-2-2b-it',
  'gemma2-9b-it': 'google/gemma-2-9b-it',
  'gemma2-27b-it': 'google/gemma-2-27b-it',
  'gemma3-270m-pt': 'google/gemma-3-270m',
  'gemma3-1b-pt': 'google/gemma-3-1b-pt',
  'gemma3-4b-pt': 'google/gemma-3-4b-pt',
  'gemma3-12b-pt': 'google/gemma-3-12b-pt',
  'gemma3-27b-pt': 'google/gemma-3-27b-pt',
  'gemma3-270m-it': 'google/gemma-3-270m-it',
  'gemma3-1b-it': 'google/gemma-3-1b-it',
  'gemma3-4b-it': 'google/gemma-3-4b-it',
  'gemma3-12b-it': 'google/gemma-3-12b-it',
  'gemma3-27b-it': 'google/gemma-3-27b-it',
  'gemma3n-e2b-pt': 'google/gemma-3n-E2B',
  'gemma3n-e4b-pt': 'google/gemma-3n-E4B',
  'gemma3n-e2b-it': 'google/gemma-3n-E2B-it',
  'gemma3n-e4b-it': 'google/gemma-3n-E4B-it',
  'gemma4-e2b-pt': 'google/gemma-4-E2B',
  'gemma4-e4b-pt': 'google/gemma-4-E4B',
  'gemma4-26b-a4b-pt': 'google/gemma-4-26B-A4B',
  'gemma4-31b-pt': 'google/gemma-4-31B',
  'gemma4-e2b-it': 'google/gemma-4-E2B-it',
  'gemma4-e4b-it': 'google/gemma-4-E4B-it',
  'gemma4-26b-a4b-it': 'google/gemma-4-26B-A4B-it',
  'gemma4-31b-it': 'google/gemma-4-31B-it',
});

/**
 * Ultralytics' weight names (`YOLO("yolov8n.pt")`), which the library downloads from its own release assets, by the
 * Hub repository that publishes the same checkpoints under the same (AGPL-3.0) terms. Other names (`yolov8n.yaml`
 * builds an untrained model, a path is local weights) name none.
 */
const ULTRALYTICS_HUB: ReadonlyArray<[RegExp, string]> = [
  [/^yolov8[nsmlx]?(?:-(?:seg|pose|cls|obb|oiv7|world|worldv2))?\.pt$/, 'Ultralytics/YOLOv8'],
  [/^yolov5[nsmlx]6?u?(?:-(?:seg|cls))?\.pt$/, 'Ultralytics/YOLOv5'],
  [/^yolo11[nsmlx]?(?:-(?:seg|pose|cls|obb))?\.pt$/, 'Ultralytics/YOLO11'],
];

/**
 * AudioCraft's MusicGen short names (`MusicGen.get_pretrained("melody")`), which `MusicGen.get_pretrained` replaces by
 * these Hub repositories before it loads them (its `_HF_MODEL_CHECKPOINTS_MAP`, compared exactly):
 * https://github.com/facebookresearch/audiocraft/blob/896ec7c47f5e5d1e5aa1e4b260c4405328bf009d/audiocraft/models/musicgen.py#L30-L37
 */
const MUSICGEN_NAMES: Readonly<Record<string, string>> = table({
  small: 'facebook/musicgen-small',
  medium: 'facebook/musicgen-medium',
  large: 'facebook/musicgen-large',
  melody: 'facebook/musicgen-melody',
  style: 'facebook/musicgen-style',
});

/**
 * Coqui TTS's model names (`TTS("tts_models/multilingual/multi-dataset/xtts_v2")`) whose weights the library
 * downloads from the Hub (TTS/.models.json `hf_url`); its other models come from Coqui's own release storage.
 */
const COQUI_HUB: Record<string, string> = table({
  'tts_models/multilingual/multi-dataset/xtts_v2': 'coqui/XTTS-v2',
  'tts_models/multilingual/multi-dataset/xtts_v1.1': 'coqui/XTTS-v1',
});

/**
 * OpenCLIP's pretrained tags (`open_clip.create_model_and_transforms("ViT-B-32", pretrained="laion2b_s34b_b79k")`),
 * by architecture: the Hub repository open_clip downloads the weights from (its `hf_hub`, which open_clip prefers
 * over `url` whenever huggingface_hub is installed, as it is with the package). The licenses differ by tag: LAION's
 * and DataComp's are MIT, MetaCLIP's (`metaclip_*`) CC-BY-NC-4.0, SigLIP's (`webli`) Apache-2.0, DFN's Apple's.
 * Written from src/open_clip/pretrained.py `_PRETRAINED` of mlfoundations/open_clip at 89fb801f (4.2.0.dev0): the
 * architectures and tags people write, not all 180 pairs. A `-quickgelu` architecture (`ViT-B-32-quickgelu`) takes
 * the tags marked `q` (pretrained.py's `quick_gelu=True`), which is how open_clip builds `_PRETRAINED_quickgelu`.
 */
const OPEN_CLIP: Readonly<Record<string, Readonly<Record<string, string>>>> = table({
  RN50: tags({
    openai: 'q timm/resnet50_clip.openai',
    yfcc15m: 'q timm/resnet50_clip.yfcc15m',
    cc12m: 'q timm/resnet50_clip.cc12m',
  }),
  RN101: tags({ openai: 'q timm/resnet101_clip.openai', yfcc15m: 'q timm/resnet101_clip.yfcc15m' }),
  'ViT-B-32': tags({
    openai: 'q timm/vit_base_patch32_clip_224.openai',
    laion400m_e31: 'q timm/vit_base_patch32_clip_224.laion400m_e31',
    laion400m_e32: 'q timm/vit_base_patch32_clip_224.laion400m_e32',
    laion2b_e16: 'timm/vit_base_patch32_clip_224.laion2b_e16',
    laion2b_s34b_b79k: 'laion/CLIP-ViT-B-32-laion2B-s34B-b79K',
    datacomp_xl_s13b_b90k: 'laion/CLIP-ViT-B-32-DataComp.XL-s13B-b90K',
    metaclip_400m: 'q timm/vit_base_patch32_clip_224.metaclip_400m',
    metaclip_fullcc: 'q timm/vit_base_patch32_clip_224.metaclip_2pt5b',
  }),
  'ViT-B-32-256': tags({ datacomp_s34b_b86k: 'laion/CLIP-ViT-B-32-256x256-DataComp-s34B-b86K' }),
  'ViT-B-16': tags({
    openai: 'q timm/vit_base_patch16_clip_224.openai',
    laion400m_e31: 'timm/vit_base_patch16_clip_224.laion400m_e31',
    laion400m_e32: 'timm/vit_base_patch16_clip_224.laion400m_e32',
    laion2b_s34b_b88k: 'laion/CLIP-ViT-B-16-laion2B-s34B-b88K',
    datacomp_xl_s13b_b90k: 'laion/CLIP-ViT-B-16-DataComp.XL-s13B-b90K',
    datacomp_l_s1b_b8k: 'laion/CLIP-ViT-B-16-DataComp.L-s1B-b8K',
    dfn2b: 'q apple/DFN2B-CLIP-ViT-B-16',
    metaclip_400m: 'q timm/vit_base_patch16_clip_224.metaclip_400m',
    metaclip_fullcc: 'q timm/vit_base_patch16_clip_224.metaclip_2pt5b',
  }),
  'ViT-L-14': tags({
    openai: 'q timm/vit_large_patch14_clip_224.openai',
    laion400m_e31: 'timm/vit_large_patch14_clip_224.laion400m_e31',
    laion400m_e32: 'timm/vit_large_patch14_clip_224.laion400m_e32',
    laion2b_s32b_b82k: 'laion/CLIP-ViT-L-14-laion2B-s32B-b82K',
    datacomp_xl_s13b_b90k: 'laion/CLIP-ViT-L-14-DataComp.XL-s13B-b90K',
    metaclip_400m: 'q timm/vit_large_patch14_clip_224.metaclip_400m',
    metaclip_fullcc: 'q timm/vit_large_patch14_clip_224.metaclip_2pt5b',
    dfn2b: 'q apple/DFN2B-CLIP-ViT-L-14',
    dfn2b_s39b: 'apple/DFN2B-CLIP-ViT-L-14-39B',
  }),
  'ViT-L-14-336': tags({ openai: 'q timm/vit_large_patch14_clip_336.openai' }),
  'ViT-H-14': tags({
    laion2b_s32b_b79k: 'laion/CLIP-ViT-H-14-laion2B-s32B-b79K',
    metaclip_fullcc: 'q timm/vit_huge_patch14_clip_224.metaclip_2pt5b',
    metaclip_altogether: 'timm/vit_huge_patch14_clip_224.metaclip_altogether',
    dfn5b: 'q apple/DFN5B-CLIP-ViT-H-14',
  }),
  'ViT-H-14-378': tags({ dfn5b: 'q apple/DFN5B-CLIP-ViT-H-14-378' }),
  'ViT-g-14': tags({
    laion2b_s12b_b42k: 'laion/CLIP-ViT-g-14-laion2B-s12B-b42K',
    laion2b_s34b_b88k: 'laion/CLIP-ViT-g-14-laion2B-s34B-b88K',
  }),
  'ViT-bigG-14': tags({
    laion2b_s39b_b160k: 'laion/CLIP-ViT-bigG-14-laion2B-39B-b160k',
    metaclip_fullcc: 'q timm/vit_gigantic_patch14_clip_224.metaclip_2pt5b',
  }),
  'xlm-roberta-base-ViT-B-32': tags({ laion5b_s13b_b90k: 'laion/CLIP-ViT-B-32-xlm-roberta-base-laion5B-s13B-b90k' }),
  'xlm-roberta-large-ViT-H-14': tags({
    frozen_laion5b_s13b_b90k: 'laion/CLIP-ViT-H-14-frozen-xlm-roberta-large-laion5B-s13B-b90k',
  }),
  convnext_base: tags({ laion400m_s13b_b51k: 'laion/CLIP-convnext_base-laion400M-s13B-b51K' }),
  convnext_base_w: tags({
    laion2b_s13b_b82k: 'laion/CLIP-convnext_base_w-laion2B-s13B-b82K',
    laion2b_s13b_b82k_augreg: 'laion/CLIP-convnext_base_w-laion2B-s13B-b82K-augreg',
  }),
  'coca_ViT-L-14': tags({
    laion2b_s13b_b90k: 'laion/CoCa-ViT-L-14-laion2B-s13B-b90k',
    mscoco_finetuned_laion2b_s13b_b90k: 'laion/mscoco_finetuned_CoCa-ViT-L-14-laion2B-s13B-b90k',
  }),
  'EVA02-B-16': tags({ merged2b_s8b_b131k: 'timm/eva02_base_patch16_clip_224.merged2b_s8b_b131k' }),
  'EVA02-L-14': tags({ merged2b_s4b_b131k: 'timm/eva02_large_patch14_clip_224.merged2b_s4b_b131k' }),
  'EVA02-L-14-336': tags({ merged2b_s6b_b61k: 'timm/eva02_large_patch14_clip_336.merged2b_s6b_b61k' }),
  // SigLIP and SigLIP 2 (`webli`): the repository is named for the architecture, but for -378 (384's weights)
  ...webli([
    'ViT-B-16-SigLIP',
    'ViT-B-16-SigLIP-256',
    'ViT-B-16-SigLIP-384',
    'ViT-B-16-SigLIP-512',
    'ViT-L-16-SigLIP-256',
    'ViT-L-16-SigLIP-384',
    'ViT-SO400M-14-SigLIP',
    'ViT-SO400M-14-SigLIP-384',
    'ViT-B-16-SigLIP2',
    'ViT-B-16-SigLIP2-256',
    'ViT-B-16-SigLIP2-384',
    'ViT-B-16-SigLIP2-512',
    'ViT-L-16-SigLIP2-256',
    'ViT-L-16-SigLIP2-384',
    'ViT-SO400M-14-SigLIP2',
    'ViT-SO400M-14-SigLIP2-378',
    'ViT-SO400M-16-SigLIP2-256',
    'ViT-SO400M-16-SigLIP2-384',
    'ViT-SO400M-16-SigLIP2-512',
    'ViT-gopt-16-SigLIP2-384',
  ]),
  'ViT-SO400M-14-SigLIP-378': tags({ webli: 'timm/ViT-SO400M-14-SigLIP-384' }),
  'MobileCLIP-S1': tags({ datacompdr: 'apple/MobileCLIP-S1-OpenCLIP' }),
  'MobileCLIP-S2': tags({ datacompdr: 'apple/MobileCLIP-S2-OpenCLIP' }),
  'MobileCLIP-B': tags({ datacompdr: 'apple/MobileCLIP-B-OpenCLIP', datacompdr_lt: 'apple/MobileCLIP-B-LT-OpenCLIP' }),
});

/** One architecture's tags of OPEN_CLIP: `'q org/x'` marks a QuickGELU checkpoint (pretrained.py's `quick_gelu`). */
function tags(entries: Record<string, string>): Readonly<Record<string, string>> {
  return table(entries);
}

/** SigLIP architectures whose `webli` weights are the timm repository of the same name. */
function webli(archs: string[]): Record<string, Readonly<Record<string, string>>> {
  return Object.fromEntries(archs.map((a) => [a, tags({ webli: `timm/${a}` })]));
}

/**
 * The Hub repository OpenCLIP loads for an architecture and a pretrained tag, as open_clip reads them
 * (factory.py: `/` in the name becomes `-`; pretrained.py `_clean_tag`: the tag in lower case, `-` as `_`).
 * Undefined for a pair it does not publish, a local checkpoint (`pretrained="/ckpt/epoch_32.pt"`) or no tag.
 */
export function openClipWeights(model: string, pretrained: string): string | undefined {
  let arch = model.trim().replace(/\//g, '-');
  const quick = arch.endsWith('-quickgelu');
  if (quick) arch = arch.slice(0, -'-quickgelu'.length);
  const entry = OPEN_CLIP[arch]?.[pretrained.trim().toLowerCase().replace(/-/g, '_')];
  if (!entry) return undefined;
  const marked = entry.startsWith('q ');
  if (quick && !marked) return undefined;
  return marked ? entry.slice(2) : entry;
}

/** Every repository of OPEN_CLIP (the tests' check that a reference points at its tag). */
export function openClipRepositories(): string[] {
  return Object.values(OPEN_CLIP).flatMap((t) => Object.values(t).map((e) => (e.startsWith('q ') ? e.slice(2) : e)));
}

/**
 * A Kaggle model handle (`kagglehub.model_download("google/gemma/flax/2b-it")`, `kaggle://OWNER/MODEL/FRAMEWORK/VARIATION/VERSION`):
 * a KerasHub preset's (`keras/gemma2/keras/gemma2_2b_en`) is the Hub repository of the same checkpoint; any other
 * is the model's Kaggle page, `https://www.kaggle.com/models/OWNER/MODEL/FRAMEWORK/VARIATION`, whose license the
 * catalog's URL rules give (or leave unknown). Undefined for what is no handle.
 */
function kaggleModel(value: string): Classified | undefined {
  const m = /^(?:kaggle:\/\/)?([\w-]+)\/([\w.-]+)\/([\w.-]+)\/([\w.-]+)(?:\/\d+)?\/?$/i.exec(value);
  if (!m) return undefined;
  const [, owner, model, framework, variation] = m;
  if (owner.toLowerCase() === 'keras' && framework.toLowerCase() === 'keras') {
    const id = KERAS_HUB[variation.toLowerCase()];
    return id ? { id, kind: 'hub' } : undefined;
  }
  return { id: `https://www.kaggle.com/models/${owner}/${model}/${framework}/${variation}`, kind: 'url' };
}

/** Every preset of KERAS_HUB with its repository (the tests' checks that each is in the catalog, and of positions). */
export function kerasHubPresets(): Array<[string, string]> {
  return Object.entries(KERAS_HUB);
}

/** Whether a mode is one that a value set elsewhere (an environment variable) can be read by. */
export function isValueMode(mode: Mode): mode is ValueMode {
  return VALUE_MODE_SET.has(mode);
}

/** faster-whisper's size names (faster_whisper/utils.py `_MODELS`), which whisperX uses too. */
const FASTER_WHISPER: Record<string, string> = table({
  'tiny.en': 'Systran/faster-whisper-tiny.en',
  tiny: 'Systran/faster-whisper-tiny',
  'base.en': 'Systran/faster-whisper-base.en',
  base: 'Systran/faster-whisper-base',
  'small.en': 'Systran/faster-whisper-small.en',
  small: 'Systran/faster-whisper-small',
  'medium.en': 'Systran/faster-whisper-medium.en',
  medium: 'Systran/faster-whisper-medium',
  'large-v1': 'Systran/faster-whisper-large-v1',
  'large-v2': 'Systran/faster-whisper-large-v2',
  'large-v3': 'Systran/faster-whisper-large-v3',
  large: 'Systran/faster-whisper-large-v3',
  'distil-large-v2': 'Systran/faster-distil-whisper-large-v2',
  'distil-medium.en': 'Systran/faster-distil-whisper-medium.en',
  'distil-small.en': 'Systran/faster-distil-whisper-small.en',
  'distil-large-v3': 'Systran/faster-distil-whisper-large-v3',
  'distil-large-v3.5': 'distil-whisper/distil-large-v3.5-ct2',
  'large-v3-turbo': 'mobiuslabsgmbh/faster-whisper-large-v3-turbo',
  turbo: 'mobiuslabsgmbh/faster-whisper-large-v3-turbo',
});

/** Whether a value is a size name of faster-whisper or Whisper (`small`, `large-v3`, `distil-large-v3`, `turbo`). */
export function isWhisperSize(value: string): boolean {
  const v = value.trim();
  return Object.hasOwn(FASTER_WHISPER, v) || Object.hasOwn(OPENAI_WHISPER, v);
}

/** Where openai-whisper downloads its checkpoints from (`_MODELS` in whisper/__init__.py). */
const WHISPER_FILES = 'https://openaipublic.azureedge.net/main/whisper/models/';
const WHISPER_FILE = (file: string): string => `${WHISPER_FILES}${file}`;

/**
 * openai-whisper's size names (`whisper.load_model("turbo")`) → the file the package downloads for each (its
 * `_MODELS` table, read at https://github.com/openai/whisper/blob/main/whisper/__init__.py): OpenAI's own
 * checkpoints, released under the MIT License (its README), which the catalog's URL rule openai-whisper-checkpoints
 * answers. (The Hub's conversions, `openai/whisper-*`, are other files under another label.)
 */
const OPENAI_WHISPER: Record<string, string> = table({
  'tiny.en': WHISPER_FILE('d3dd57d32accea0b295c96e26691aa14d8822fac7d9d27d5dc00b4ca2826dd03/tiny.en.pt'),
  tiny: WHISPER_FILE('65147644a518d12f04e32d6f3b26facc3f8dd46e5390956a9424a650c0ce22b9/tiny.pt'),
  'base.en': WHISPER_FILE('25a8566e1d0c1e2231d1c762132cd20e0f96a85d16145c3a00adf5d1ac670ead/base.en.pt'),
  base: WHISPER_FILE('ed3a0b6b1c0edf879ad9b11b1af5a0e6ab5db9205f891f668f8b0e6c6326e34e/base.pt'),
  'small.en': WHISPER_FILE('f953ad0fd29cacd07d5a9eda5624af0f6bcf2258be67c92b79389873d91e0872/small.en.pt'),
  small: WHISPER_FILE('9ecf779972d90ba49c06d968637d720dd632c55bbf19d441fb42bf17a411e794/small.pt'),
  'medium.en': WHISPER_FILE('d7440d1dc186f76616474e0ff0b3b6b879abc9d1a4926b7adfa41db2d497ab4f/medium.en.pt'),
  medium: WHISPER_FILE('345ae4da62f9b3d59415adc60127b97c714f32e89e936602e85993674d08dcb1/medium.pt'),
  'large-v1': WHISPER_FILE('e4b87e7e0bf463eb8e6956e646f1e277e901512310def2c24bf0e11bd3c28e9a/large-v1.pt'),
  'large-v2': WHISPER_FILE('81f7c96c852ee8fc832187b0132e569d6c3065a3252ed18e56effd0b6a73e524/large-v2.pt'),
  'large-v3': WHISPER_FILE('e5b1a55b89c1367dacf97e3e19bfd829a01529dbfdeefa8caeb59b3f1b81dadb/large-v3.pt'),
  large: WHISPER_FILE('e5b1a55b89c1367dacf97e3e19bfd829a01529dbfdeefa8caeb59b3f1b81dadb/large-v3.pt'),
  'large-v3-turbo': WHISPER_FILE('aff26ae408abcba5fbf8813c21e62b0941638c5f6eebfb145be0c9839262a19a/large-v3-turbo.pt'),
  turbo: WHISPER_FILE('aff26ae408abcba5fbf8813c21e62b0941638c5f6eebfb145be0c9839262a19a/large-v3-turbo.pt'),
});

/**
 * A package name of spaCy's trained pipelines (`en_core_web_sm`, `de_dep_news_trf`, `xx_ent_wiki_sm`,
 * `xx_sent_ud_sm`): `[lang]_[type]_[genre]_[size]`, as the releases of explosion/spacy-models name them (type core,
 * dep, ent or sent; genre web, news, wiki or ud; size sm, md, lg or trf). Other packages with the shape of a name
 * (scispaCy's `en_core_sci_sm`, a project's own `en_pipeline`) are not spaCy's and are not read.
 */
const SPACY_PIPELINE_RE = /^[a-z]{2,3}_(?:core|dep|ent|sent)_(?:web|news|wiki|ud)_(?:sm|md|lg|trf)$/;

/**
 * Substrings every spaCy pipeline name holds (SPACY_PIPELINE_RE's type and genre pairs that spaCy releases): the
 * scanners' literal triggers for `import en_core_web_sm` and `SPACY_PIPELINE=pt_core_news_sm`.
 */
export const SPACY_PIPELINE_NEEDLES = ['_core_', '_dep_news_', '_ent_wiki_', '_sent_ud_'] as const;

/** The Hub repository of a spaCy pipeline package (`en_core_web_sm` → `spacy/en_core_web_sm`), else undefined. */
export function spacyPipelineId(value: string): string | undefined {
  const v = value.trim();
  return SPACY_PIPELINE_RE.test(v) ? `spacy/${v}` : undefined;
}

/**
 * SPACY_PIPELINE_NEEDLES as a distribution name is also written, with hyphens (`en-core-web-sm==3.7.1`: pip
 * normalises `-`, `_` and `.` alike).
 */
export const SPACY_PACKAGE_NEEDLES = [
  ...SPACY_PIPELINE_NEEDLES,
  ...SPACY_PIPELINE_NEEDLES.map((n) => n.replace(/_/g, '-')),
] as const;

/** A requirement's distribution name (PEP 508), at the start of the text. */
const REQUIREMENT_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}/;
/**
 * What follows the name in a requirement (or a dependency table's key): extras, then the end, a version specifier
 * (`==3.7.1`, `>=3.7`), a direct reference (`@ https://...`), a marker (`;`), a list's next item, a closing quote,
 * a comment, a line continuation, a pip option (`--hash=...`), or a TOML key's `=`.
 */
const AFTER_REQUIREMENT_NAME_RE = /^[ \t]*(?:\[[^\]\n]{0,200}\])?[ \t]*(?:$|[@;=<>!~,#\\"'\r\n]|--)/;

/**
 * The Hub repository of the spaCy pipeline a requirement installs (`en_core_web_sm @ https://...whl`,
 * `en-core-web-sm==3.7.1`, `de_core_news_md`): its name, normalised as pip compares names (lower case, `-` and `.`
 * as `_`), read with SPACY_PIPELINE_RE; with the length of the name as written. Else undefined (`spacy>=3.7`,
 * `en_core_web_sm.load`).
 */
export function spacyRequirement(text: string): { id: string; length: number } | undefined {
  const m = REQUIREMENT_NAME_RE.exec(text);
  if (!m || !AFTER_REQUIREMENT_NAME_RE.test(text.slice(m[0].length, m[0].length + 256))) return undefined;
  const id = spacyPipelineId(m[0].toLowerCase().replace(/[-_.]+/g, '_'));
  return id ? { id, length: m[0].length } : undefined;
}

/**
 * Libraries' own names for checkpoints the Hub publishes, by value mode: `fold`, the library compares them in any
 * case; `hubIds`, it also takes a Hub id as it is (faster-whisper, Whisper through transformers); `packagePinned`,
 * a name downloads a file whose SHA-256 the package ships and checks (openai-whisper's `_download` and CLIP's take
 * it from the address, `.../<sha256>/base.pt`), so the package's version pins the weights.
 */
const LIBRARY_NAMES: Record<
  'clip' | 'coqui' | 'faster-whisper' | 'whisper' | 'musicgen' | 'audiocraft',
  { names: Readonly<Record<string, string>>; fold: boolean; hubIds: boolean; packagePinned: boolean }
> = {
  clip: { names: OPENAI_CLIP, fold: true, hubIds: false, packagePinned: true },
  coqui: { names: COQUI_HUB, fold: true, hubIds: false, packagePinned: false },
  musicgen: { names: MUSICGEN_NAMES, fold: false, hubIds: true, packagePinned: false },
  // AudioCraft's other loaders (AudioGen, MAGNeT, JASCO, CompressionModel): Hub ids only, no short names
  audiocraft: { names: {}, fold: false, hubIds: true, packagePinned: false },
  'faster-whisper': { names: FASTER_WHISPER, fold: false, hubIds: true, packagePinned: false },
  whisper: { names: OPENAI_WHISPER, fold: false, hubIds: true, packagePinned: true },
};

/**
 * Families of the Ollama library. A bare name in a file that talks to Ollama, but not through a model
 * parameter of an Ollama client (a `"model"` entry of a request body, `DEFAULT_MODEL = ...`), is read as an
 * Ollama model only when it carries a tag (`name:tag`) or starts with one of these.
 */
const OLLAMA_FAMILY_RE =
  /^(?:llama|codellama|tinyllama|medllama|mistral|mixtral|codestral|devstral|magistral|ministral|qwen|qwq|codeqwen|gemma|codegemma|embeddinggemma|phi|deepseek|llava|bakllava|nomic-embed|mxbai-embed|all-minilm|snowflake-arctic-embed|bge-|granite|starcoder|vicuna|orca|neural-chat|zephyr|openchat|dolphin|wizard|command-r|yi|solar|falcon|stablelm|stable-code|smollm|moondream|minicpm|olmo|gpt-oss|nemotron|hermes|openhermes|nous-hermes|aya|internlm|cogito|exaone|athene|tulu|sqlcoder|dbrx|paraphrase-multilingual|llama-guard|shieldgemma|reader-lm|duckdb-nsql|notux|nexusraven|everythinglm|meditron|samantha|mathstral|mistrallite|firefunction|opencoder|marco-o1|r1-1776|kimi|glm)/;

/** Where the gpt4all package downloads a model file named without a folder (`GPT4All("orca-mini-3b-gguf2-q4_0.gguf")`). */
const GPT4ALL_MODELS = 'https://gpt4all.io/models/gguf/';
/** A GPT4All model file name: no folder, a GGUF file. */
const GPT4ALL_FILE_RE = /^[\w][\w.+-]*\.gguf$/i;

/** The Hugging Face model LlamaIndex embeds with when told `embed_model="local"`. */
const LLAMA_INDEX_LOCAL_EMBED = 'BAAI/bge-small-en';

/** Whether a bare name reads as an Ollama library model (`llama3.2`, `qwen3:8b`, `nomic-embed-text`). */
export function looksLikeOllamaLibrary(value: string): boolean {
  return ollamaShaped(value) && !isApiModelName(value.trim().toLowerCase().split(':')[0]);
}

/**
 * Whether a bare name has the shape of an Ollama library name (looksLikeOllamaLibrary), a hosted API's name
 * included: Cohere's `command-r-08-2024` is shaped like Ollama's `command-r` family.
 */
export function ollamaShaped(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (!ollamaId(v)) return false;
  // a LiteLLM route (`deepseek/deepseek-chat`, `bedrock/us.amazon.nova-pro-v1:0`), not a namespaced Ollama name
  const slash = v.indexOf('/');
  if (slash > 0 && isProviderNamespace(v.slice(0, slash))) return false;
  if (v.includes(':')) return true;
  // an application's own name with the size in it (continue's `codellama-7b`, Groq's former `llama3-8b`): the
  // library writes sizes as tags (`codellama:7b`), its names never end in `-7b` (`command-r7b` has no dash)
  if (SIZE_SUFFIX_RE.test(v) && !v.includes('/')) return false;
  return OLLAMA_FAMILY_RE.test(v);
}

/** A name ending in a model size after a dash: `-7b`, `-1.5b`, `-8x7b`, `-135m`. */
const SIZE_SUFFIX_RE = /-\d+(?:\.\d+)?(?:x\d+)?[bm]$/;

/** The strings that stand for no value at all: `"None"`, `"null"`, `"undefined"`, `"N/A"`. */
const NO_VALUE_RE = /^(?:none|null|nil|undefined|n\/a)$/i;

/**
 * The strings a sample writes where the reader's model or deployment goes, no model of any service: the words that
 * describe an id (Semantic Kernel's `AzureAIInferenceChatCompletion(ai_model_id="id")`, `model="model-name"`,
 * `deployment_name="deployment"`), a stand-in (`modelId: "Dummy"`, `"placeholder"`), a name the reader is to replace
 * (`your-deployment-name`, `YOUR_MODEL`).
 */
const HOSTED_PLACEHOLDER_RE =
  /^(?:id|name|model|models|model[-_ ]?(?:id|name)|deployment|deployment[-_ ]?(?:id|name)|placeholder|dummy|string|your(?:[-_].*)?)$/i;

/** Whether a value can be a hosted API model id: one token, not a path. */
function hostedValue(value: string): string | undefined {
  const v = value.trim();
  if (!v || v.length > 200 || /[\s{}$<>"'`]/.test(v)) return undefined;
  // a string saying "no value" (`self.embedding_model_name = "None"` until the user picks one), or a stand-in
  if (NO_VALUE_RE.test(v) || HOSTED_PLACEHOLDER_RE.test(v)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^(?:\.{1,2}[\\/]|[\\/~])/.test(v)) return undefined;
  return v;
}

/**
 * Reads a value by the way it reaches a model parameter. `strength` says how sure the syntax is (see
 * `classifyModel`); faster-whisper and Whisper size names map to the Hub repositories those libraries load.
 */
export function classifyValue(value: string, mode: Mode, strength: Strength, ctx: ScanContext): Classified | undefined {
  if (value.length > 300) return undefined;
  switch (mode) {
    case 'ollama':
      return classifyOllama(value);
    case 'st':
      return classifyModel(value, strength, ctx, { sentenceTransformers: true });
    case 'hub':
      return classifyModel(value, strength, ctx);
    case 'route':
      return classifyRoute(value);
    case 'ultralytics': {
      const v = value.trim().toLowerCase();
      for (const [re, id] of ULTRALYTICS_HUB) if (re.test(v)) return { id, kind: 'hub' };
      return undefined;
    }
    case 'llama-index-embed': {
      // LlamaIndex's resolve_embed_model: "local" is its default Hugging Face embedding model (BAAI/bge-small-en,
      // DEFAULT_HUGGINGFACE_EMBEDDING_MODEL in llama_index/core/embeddings/utils.py), "local:org/x" that model
      const v = value.trim();
      if (v === 'local') return { id: LLAMA_INDEX_LOCAL_EMBED, kind: 'hub' };
      if (!v.startsWith('local:')) return undefined;
      const cl = classifyModel(v.slice('local:'.length), 'strong', ctx);
      return cl ? { ...cl, shift: (cl.shift ?? 0) + value.indexOf('local:') + 'local:'.length } : undefined;
    }
    case 'gemma': {
      // an enum member's name (`GEMMA3_4B_IT`): its folder's name (`gemma3-4b-it`)
      const id = GEMMA_CHECKPOINTS[value.trim().toLowerCase().replace(/_/g, '-')];
      return id ? { id, kind: 'hub' } : undefined;
    }
    case 'keras-hub': {
      // a preset's name, its Kaggle handle (`kaggle://keras/gemma2/keras/gemma2_2b_en/2`), or a Hub repository (`hf://org/x`)
      const v = value.trim();
      if (/^hf:\/\//i.test(v)) return classifyModel(value, 'strong', ctx);
      if (/^kaggle:\/\//i.test(v)) return kaggleModel(v);
      const mapped = KERAS_HUB[v.toLowerCase()];
      return mapped ? { id: mapped, kind: 'hub' } : undefined;
    }
    case 'gpt4all': {
      // the gpt4all package downloads a bare file name from gpt4all.io (GPT4All.download_model's default address);
      // a path is a local file
      const v = value.trim();
      return GPT4ALL_FILE_RE.test(v) ? { id: `${GPT4ALL_MODELS}${v}`, kind: 'url' } : undefined;
    }
    case 'kaggle':
      return kaggleModel(value.trim());
    case 'spacy': {
      // spaCy's `spacy.load(NAME)` / `spacy download NAME`: a pipeline package; a path is a local pipeline
      const id = spacyPipelineId(value);
      return id ? { id, kind: 'hub', shift: value.indexOf(value.trim()) } : undefined;
    }
    case 'clip':
    case 'coqui':
    case 'musicgen':
    case 'audiocraft':
    case 'faster-whisper':
    case 'whisper': {
      const { names, fold, hubIds, packagePinned } = LIBRARY_NAMES[mode];
      const v = value.trim();
      const mapped = names[fold ? v.toLowerCase() : v];
      // (a name the library downloads from its publisher's address, openai-whisper's, is that file)
      const kind = mapped?.startsWith('https://') ? 'url' : 'hub';
      if (mapped) return packagePinned ? { id: mapped, kind, packagePinned } : { id: mapped, kind };
      return hubIds && v.includes('/') && !isPathLike(v) && isHubIdShape(v) ? { id: v, kind: 'hub' } : undefined;
    }
    default: {
      const id = hostedValue(value);
      if (!id) return undefined;
      // a Bedrock model id is Bedrock's, whichever client the code hands it to (browser-use's default of its
      // Bedrock branch, `'us.anthropic.claude-sonnet-4-6'`, held by the name its OpenAI branch sends too)
      const provider = isBedrockModelId(id) ? 'bedrock' : mode.slice('hosted:'.length);
      return { id, kind: 'hosted', provider, shift: value.indexOf(id) };
    }
  }
}

/** The provider of a hosted model id written without one (LiteLLM's bare names): `gpt-4o` → openai. */
function providerOfApiName(name: string): string | undefined {
  const n = name.toLowerCase();
  if (/^(?:gpt-|gpt[0-9]o|chatgpt|o[1-9](?:-|$)|text-embedding|dall-e|whisper-1|tts-1|davinci|babbage)/.test(n))
    return 'openai';
  if (n.startsWith('claude')) return 'anthropic';
  if (n.startsWith('gemini') || n.startsWith('text-bison') || n.startsWith('chat-bison')) return 'google';
  if (/^(?:command|embed-(?:english|multilingual)|rerank-)/.test(n)) return 'cohere';
  if (
    /^(?:mistral-(?:large|medium|small|tiny)|codestral-|open-mistral|open-mixtral|open-codestral)/.test(n) ||
    /^(?:mistral|magistral|ministral|devstral|pixtral|voxtral)(?:-[a-z0-9.]+)*-latest$/.test(n)
  )
    return 'mistral';
  if (n.startsWith('grok-')) return 'xai';
  if (n.startsWith('sonar')) return 'perplexity';
  // DeepSeek's API names (LiteLLM and aider take `deepseek-chat` bare, as `deepseek/deepseek-chat`)
  if (/^deepseek-(?:chat|coder|reasoner)$/.test(n)) return 'deepseek';
  if (isBedrockModelId(n)) return 'bedrock';
  return undefined;
}

/** LiteLLM / gateway route prefixes that name a hosted provider: `groq/llama3-8b-8192` → groq. */
const ROUTE_PROVIDERS: Record<string, string> = table({
  openai: 'openai',
  azure: 'azure-openai',
  azure_ai: 'azure-ai',
  anthropic: 'anthropic',
  bedrock: 'bedrock',
  bedrock_converse: 'bedrock',
  vertex_ai: 'vertex-ai',
  vertex_ai_beta: 'vertex-ai',
  gemini: 'google',
  groq: 'groq',
  together_ai: 'together',
  openrouter: 'openrouter',
  fireworks_ai: 'fireworks',
  perplexity: 'perplexity',
  replicate: 'replicate',
  deepinfra: 'deepinfra',
  cohere: 'cohere',
  cohere_chat: 'cohere',
  mistral: 'mistral',
  xai: 'xai',
  cerebras: 'cerebras',
  sambanova: 'sambanova',
  watsonx: 'watsonx',
  sagemaker: 'sagemaker',
  deepseek: 'deepseek',
  databricks: 'databricks',
  nvidia_nim: 'nvidia-nim',
  voyage: 'voyage',
  novita: 'novita',
  nebius: 'nebius',
  hyperbolic: 'hyperbolic',
  featherless_ai: 'featherless',
  lambda_ai: 'lambda',
  anyscale: 'anyscale',
  // `clarifai/openai.chat-completion.gpt-oss-20b`: Clarifai's OpenAI-compatible API
  // (https://docs.litellm.ai/docs/providers/clarifai)
  clarifai: 'clarifai',
  // OpenHands' own LLM proxy (`openhands/claude-sonnet-4-20250514`), which OpenHands rewrites to `litellm_proxy/`
  // with the base URL https://llm-proxy.app.all-hands.dev (openhands/llm/llm.py;
  // https://docs.openhands.dev/openhands/usage/llms/openhands-llms)
  openhands: 'openhands',
});

/**
 * Route prefixes that name an inference service and nothing else (not a vendor's slug as OpenRouter writes them:
 * `deepseek/deepseek-r1`, `mistral/...`, `anthropic/...`): a value written with one, in lower case as LiteLLM
 * writes them, is that service's model wherever it is written (`MODEL = "together_ai/meta-llama/Llama-3-70b-chat-hf"`),
 * not a Hub id. Not `cerebras` nor `databricks`: both publish on the Hub under that name
 * (`cerebras/Cerebras-GPT-13B`, `databricks/dolly-v2-3b`), so only a call or a record that names the service says so.
 */
const SERVICE_ROUTES = new Set([
  'openrouter',
  'together_ai',
  'groq',
  'bedrock',
  'bedrock_converse',
  'vertex_ai',
  'vertex_ai_beta',
  'fireworks_ai',
  'deepinfra',
  'replicate',
  'azure',
  'azure_ai',
  'sambanova',
  'nvidia_nim',
  'watsonx',
  'sagemaker',
  'novita',
  'nebius',
  'hyperbolic',
  'featherless_ai',
  'lambda_ai',
  'anyscale',
  'openhands',
]);

/**
 * OpenRouter's routers, models of its API that pick another model per request: the Auto Router (`openrouter/auto`,
 * https://openrouter.ai/docs/model-routing) and the Free Models Router (`openrouter/free`,
 * https://openrouter.ai/docs/guides/routing/routers/free-router.md). Their ids are written whole.
 */
const OPENROUTER_ROUTERS = new Set(['auto', 'free']);

/**
 * A value that a LiteLLM-style prefix names a service for (`groq/llama3-8b-8192`, `openrouter/meta-llama/x`): the
 * service's hosted model, in any context. Undefined for other values.
 */
export function classifyServiceRoute(value: string): Classified | undefined {
  const v = value.trim();
  const slash = v.indexOf('/');
  if (slash <= 0 || !SERVICE_ROUTES.has(v.slice(0, slash))) return undefined;
  const cl = classifyRoute(v);
  return cl && cl.kind === 'hosted' ? { ...cl, shift: (cl.shift ?? 0) + value.indexOf(v) } : undefined;
}

/**
 * A LiteLLM route (`provider/model`, or a bare hosted name): `ollama/x` → Ollama, `huggingface/org/x` → Hub,
 * `groq/x` → hosted on groq, `gpt-4o` → hosted on openai. Undefined when it names none of these.
 */
export function classifyRoute(value: string): Classified | undefined {
  const v = value.trim();
  const slash = v.indexOf('/');
  if (slash > 0) {
    const prefix = v.slice(0, slash).toLowerCase();
    const rest = v.slice(slash + 1);
    if (prefix === 'ollama' || prefix === 'ollama_chat') {
      const o = ollamaId(rest);
      return o ? { ...ollamaModel(o), shift: slash + 1 } : undefined;
    }
    // the OpenAI Agents SDK's provider prefixes (`litellm/groq/llama-3.3-70b-versatile`, `any-llm/openrouter/x`,
    // `openai/gpt-4.1`): the rest is the route (its MultiProvider)
    if (prefix === 'litellm' || prefix === 'any-llm') {
      const inner = classifyRoute(rest);
      return inner ? { ...inner, shift: (inner.shift ?? 0) + slash + 1 } : undefined;
    }
    if (prefix === 'huggingface') {
      const hf = litellmHubRoute(`huggingface/${rest}`);
      return hf ? { id: hf.id, kind: 'hub', shift: hf.shift } : undefined;
    }
    const provider = ROUTE_PROVIDERS[prefix];
    // OpenRouter's own routers (`openrouter/auto`, `openrouter/free`): its model ids, not a route to a model `auto`
    if (prefix === 'openrouter' && OPENROUTER_ROUTERS.has(rest))
      return { id: v, kind: 'hosted', provider: 'openrouter' };
    if (provider && hostedValue(rest)) return { id: rest, kind: 'hosted', provider, shift: slash + 1 };
    return undefined;
  }
  if (isApiModelName(v)) {
    const provider = providerOfApiName(v);
    if (provider) return { id: v, kind: 'hosted', provider };
  }
  return undefined;
}

/** LangChain's provider names (`init_chat_model(model, model_provider=...)`, `"provider:model"`) → how their models read. */
const LANGCHAIN_PROVIDERS: Record<string, Mode> = table({
  openai: 'hosted:openai',
  anthropic: 'hosted:anthropic',
  azure_openai: 'hosted:azure-openai',
  azure_ai: 'hosted:azure-ai',
  google_vertexai: 'hosted:vertex-ai',
  google_anthropic_vertex: 'hosted:vertex-ai',
  google_genai: 'hosted:google',
  bedrock: 'hosted:bedrock',
  bedrock_converse: 'hosted:bedrock',
  cohere: 'hosted:cohere',
  fireworks: 'hosted:fireworks',
  together: 'hosted:together',
  mistralai: 'hosted:mistral',
  groq: 'hosted:groq',
  deepseek: 'hosted:deepseek',
  ibm: 'hosted:watsonx',
  nvidia: 'hosted:nvidia-nim',
  xai: 'hosted:xai',
  perplexity: 'hosted:perplexity',
  huggingface: 'hub',
  ollama: 'ollama',
});

/**
 * A model of LangChain's `init_chat_model` / `initChatModel`: `model_provider` names the provider, or the value
 * does (`"ollama:llama3.2"`), or LangChain infers it from the name (`gpt-4o` → openai).
 */
export function classifyChatModel(
  value: string,
  provider: string | undefined,
  ctx: ScanContext,
): Classified | undefined {
  return classifyProviderModel(value, provider, (p) => LANGCHAIN_PROVIDERS[p], ctx);
}

/**
 * pydantic-ai's provider names (the prefix of its `provider:model` strings, its KnownModelName:
 * `Agent('groq:llama-3.3-70b-versatile')`) that serviceMode names otherwise or not at all; the others
 * (`openai`, `anthropic`, `groq`, `mistral`, `bedrock`, `openrouter`, `together`, `cerebras`...) are services'
 * names. `ollama:` goes to an Ollama server (its OpenAI-compatible API: the model is the Ollama model),
 * `huggingface:` to Hugging Face's Inference Providers (a Hub repository), `litellm:` to a LiteLLM proxy (a LiteLLM
 * route), `sentence-transformers:` (an `Embedder`) loads the model itself. `google-gla:` and `google-vertex:` are
 * the names before pydantic-ai 2 (`google:`, `google-cloud:`), `vertexai:` older still. Read from
 * https://github.com/pydantic/pydantic-ai/blob/4fda38988f2939fa6ea9cdefcf120693e10ef491/pydantic_ai_slim/pydantic_ai/providers/__init__.py
 */
const PYDANTIC_AI_PROVIDERS: Record<string, Mode> = table({
  'openai-chat': 'hosted:openai',
  'openai-responses': 'hosted:openai',
  'azure-responses': 'hosted:azure-openai',
  'google-gla': 'hosted:google',
  'google-vertex': 'hosted:vertex-ai',
  'google-cloud': 'hosted:vertex-ai',
  'bedrock-mantle': 'hosted:bedrock',
  moonshotai: 'hosted:moonshot',
  github: 'hosted:github-models',
  alibaba: 'hosted:dashscope',
  zai: 'hosted:zai',
  vercel: 'hosted:vercel',
  heroku: 'hosted:heroku',
  snowflake: 'hosted:snowflake',
  voyageai: 'hosted:voyage',
  litellm: 'route',
  'sentence-transformers': 'st',
});

/**
 * The Pydantic AI Gateway's names of the providers it proxies (`gateway/converse:...`) that are not pydantic-ai's
 * own (`gateway/openai:gpt-5` is OpenAI's model):
 * https://github.com/pydantic/pydantic-ai/blob/4fda38988f2939fa6ea9cdefcf120693e10ef491/pydantic_ai_slim/pydantic_ai/providers/gateway.py
 */
const PYDANTIC_AI_GATEWAY_ALIASES: Record<string, string> = table({
  chat: 'openai-chat',
  responses: 'openai-responses',
  converse: 'bedrock',
  google: 'google-cloud',
});

/** How the models of a pydantic-ai provider read (`groq` → hosted:groq), or undefined for a name it has not. */
export function pydanticAiProvider(name: string): Mode | undefined {
  const p = name.startsWith('gateway/')
    ? (PYDANTIC_AI_GATEWAY_ALIASES[name.slice('gateway/'.length)] ?? name.slice('gateway/'.length))
    : name;
  if (!/^[a-z][a-z-]*$/.test(p)) return undefined;
  return PYDANTIC_AI_PROVIDERS[p] ?? serviceMode(p, true);
}

/**
 * A model string of pydantic-ai (`Agent('anthropic:claude-3-5-sonnet-latest')`, `infer_model(...)`,
 * `Embedder('openai:text-embedding-3-small')`): `provider:model` as its `infer_model` splits it (at the first colon),
 * or a hosted API's bare name, which versions before 0.1 took (`gemini-1.5-flash`). Undefined for anything else
 * (`'test'` is its TestModel, no model at all).
 */
export function classifyPydanticAiModel(value: string, ctx: ScanContext): Classified | undefined {
  return classifyProviderModel(value, undefined, pydanticAiProvider, ctx);
}

/**
 * A model named with its provider by a framework: `provider` given, or written before the first colon of the
 * value and known to `modeOf`, or inferred from a hosted API's bare name (`gpt-4o` → openai).
 */
function classifyProviderModel(
  value: string,
  provider: string | undefined,
  modeOf: (provider: string) => Mode | undefined,
  ctx: ScanContext,
): Classified | undefined {
  let v = value.trim();
  let shift = value.indexOf(v);
  let p = provider;
  const colon = v.indexOf(':');
  if (!p && colon > 0 && modeOf(v.slice(0, colon))) {
    p = v.slice(0, colon);
    v = v.slice(colon + 1);
    shift += colon + 1;
  }
  const mode: Mode | undefined = p
    ? modeOf(p)
    : isApiModelName(v) && providerOfApiName(v)
      ? `hosted:${providerOfApiName(v)}`
      : undefined;
  if (!mode) return undefined;
  const cl = classifyValue(v, mode, 'strong', ctx);
  return cl ? { ...cl, shift: (cl.shift ?? 0) + shift } : undefined;
}
