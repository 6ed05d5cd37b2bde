import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { scanRepository } from '../../src/discover/scan.js';
import type { ModelReference } from '../../src/core/types.js';
import type { ScanContext, Scanner } from '../../src/scanners/types.js';
import { kerasHubPresets, openClipRepositories } from '../../src/scanners/common/values.js';

/** A catalog that knows a few models, as the real one would. */
export const KNOWN = [
  'gpt2',
  'bert-base-uncased',
  'distilbert-base-uncased',
  'meta-llama/Llama-3.1-8B-Instruct',
  'facebookresearch/dinov2',
  'Qwen/Qwen2.5-7B-Instruct',
];

export const ctx: ScanContext = {
  isKnownModel: (id: string) => KNOWN.some((k) => k.toLowerCase() === id.toLowerCase()),
  // the shipped tables of `pipeline(task)` defaults (pipelines.yml)
  pipelineTasks: (library) => loadCatalog().pipelineTasks(library),
};

/** Compact form for assertions: `line:column kind[(provider)] id[@revision][ mention]`. */
export function brief(refs: ModelReference[]): string[] {
  return refs.map(
    (r) =>
      `${r.line}:${r.column} ${r.kind}${r.provider ? `(${r.provider})` : ''} ${r.id}${r.revision ? '@' + r.revision : ''}${r.mention ? ' mention' : ''}`,
  );
}

/** Strips the common indentation of a template literal and its first newline. */
export function dedent(s: string): string {
  const lines = s.replace(/^\n/, '').split('\n');
  const ind = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(ind)).join('\n');
}

/**
 * Scans a repository of files (dedented) written under a fresh temporary folder, removed afterwards: one line per
 * reference, `path:line:column kind[(provider)] id`.
 */
export async function scanFiles(files: Record<string, string>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'mg-scan-files-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), dedent(text));
    }
    const { references } = await scanRepository(root, { paths: ['**'], ignore: [], ctx });
    return references.map(
      (r) => `${r.path}:${r.line}:${r.column} ${r.kind}${r.provider ? `(${r.provider})` : ''} ${r.id}`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const OPEN_CLIP_REPOS = new Set(openClipRepositories());
const KERAS_HUB_REPOS = new Set(kerasHubPresets().map(([, repo]) => repo));

/**
 * Asserts that every reference points at where its id is written: the text at line:column starts with the id
 * (or its written form: the bare sentence-transformers name, the Ollama name, the GitHub repo, a Hub URL).
 */
export function assertPositions(text: string, refs: ModelReference[]): void {
  const lines = text.split('\n');
  for (const r of refs) {
    const at = (lines[r.line - 1] ?? '').slice((r.column ?? 1) - 1).toLowerCase();
    const forms = [
      r.id,
      r.id.replace(/^sentence-transformers\//, ''),
      r.id.replace(/^ollama:/, ''),
      r.id.replace(/^https:\/\/github\.com\//, ''),
      // a GPT4All file name: the address the package downloads it from
      r.id.replace(/^https:\/\/gpt4all\.io\/models\/gguf\//, ''),
      r.id.replace(/^https:\/\/www\.kaggle\.com\/models\//, ''),
      // a ModelScope id read by ModelScope's loaders (`snapshot_download("iic/SenseVoiceSmall")`): its address there
      r.id.replace(/^https:\/\/modelscope\.cn\/models\//, ''),
      // a WebLLM prebuilt id (`Llama-3.2-1B-Instruct-q4f16_1-MLC`): the name of mlc-ai's repository
      r.id.replace(/^mlc-ai\//, ''),
      // a spaCy pipeline package (`spacy.load("en_core_web_sm")`): the name of its repository under spacy/
      r.id.replace(/^spacy\//, ''),
      'http',
      'hf.co/',
      'huggingface.co/',
      'hf-hub:',
      'hf_hub:',
      'ollama/',
      'ollama_chat/',
      'ollama.com/',
      'ollama.ai/',
      'www.ollama.com/',
      'registry.ollama.ai/',
    ].map((f) => f.toLowerCase());
    // library names (`WhisperModel("small")` → Systran/faster-whisper-small, Coqui's `tts_models/...` →
    // coqui/XTTS-v2, LlamaIndex's `embed_model="local"` → BAAI/bge-small-en) and hosted ids are written as they are
    const sizeName =
      (/whisper/i.test(r.id) && /^['"]?[a-z]/.test(at)) ||
      (/^coqui\//.test(r.id) && at.startsWith('tts_models/')) ||
      // AudioCraft's MusicGen short names (`MusicGen.get_pretrained("melody")` → facebook/musicgen-melody)
      (/^facebook\/musicgen-/.test(r.id) && /^['"]?[a-z]+['"]/.test(at)) ||
      // AudioCraft's defaults (`MusicGen.get_pretrained()`, `MultiBandDiffusion.get_mbd_musicgen()`): the call's name,
      // and its receiver for a second one
      (/^facebook\//.test(r.id) && /^(?:get_(?:pretrained|mbd_)|multibanddiffusion\.)/.test(at)) ||
      // transformers' task defaults (`pipeline("sentiment-analysis")`): the call's name
      at.startsWith('pipeline(') ||
      (/^ultralytics\//i.test(r.id) && at.startsWith('yolo')) ||
      (/^openai\/clip-/.test(r.id) && at.startsWith('vit-')) ||
      (r.id === 'BAAI/bge-small-en' && /^['"]?local['"]/.test(at)) ||
      // OpenCLIP's pretrained tags (`pretrained="laion2b_s34b_b79k"` → laion/CLIP-ViT-B-32-laion2B-s34B-b79K)
      // (quoted in code, or a config's plain scalar: `version: laion2b_s39b_b160k`)
      (OPEN_CLIP_REPOS.has(r.id) && /^[a-z0-9_-]+(?:['"]|\s*(?:#.*)?$)/i.test(at)) ||
      // KerasHub's presets (`from_preset("gemma2_instruct_2b_en")`, or its Kaggle handle) → google/gemma-2-2b-it
      (KERAS_HUB_REPOS.has(r.id) && /^(?:(?:kaggle:\/\/)?keras\/[a-z0-9_./-]+|[a-z0-9_.]+)['"]/.test(at)) ||
      // the Gemma library's checkpoints (`CheckpointPath.GEMMA3_4B_IT`)
      (/^google\/gemma-/.test(r.id) && /^gemma\dn?_/.test(at)) ||
      // a weight file's address built on a variable that holds its base (`"\${BASE_URL}/x.pt"`, `f"{BASE}/x.pt"`)
      (r.kind === 'url' && /^[${]/.test(at)) ||
      // FunASR's short names (`++model=paraformer-zh`) → the ModelScope repository FunASR downloads
      (/^https:\/\/modelscope\.cn\/models\/iic\//.test(r.id) &&
        /^['"]?(?:paraformer|fsmn-|ct-punc|fa-zh|cam\+\+|whisper-)/i.test(at)) ||
      // a hosted class's default, where the class is called (Haystack's `OpenAIChatGenerator()` → gpt-5-mini)
      (r.kind === 'hosted' && /^openai\w*(?:generator|embedder)\(/.test(at)) ||
      // a spaCy pipeline's distribution name as pip compares it (`en-core-web-sm==3.8.0`)
      (/^spacy\//.test(r.id) && at.replace(/[-.]/g, '_').startsWith(r.id.slice('spacy/'.length)));
    if (!sizeName && !forms.some((f) => at.startsWith(f))) {
      throw new Error(`${r.path}:${r.line}:${r.column} does not point at ${r.id}: "${at.slice(0, 60)}"`);
    }
  }
}

/** A test's `scan(code, path?)`: extract with one scanner, check every position points at its id, and brief. */
export function scanWith(scanner: Scanner, defaultPath?: string): (code: string, path?: string) => string[] {
  return (code, path = defaultPath) => {
    if (!path) throw new Error('scanWith: give a path');
    const text = dedent(code);
    const refs = scanner.extract(text, path, ctx);
    assertPositions(text, refs);
    return brief(refs);
  };
}
