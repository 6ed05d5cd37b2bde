import type { ModelReference } from '../../core/types.js';
import type { ScanContext, Scanner } from '../types.js';
import { isHubIdShape, NON_MODEL_HUB_SECTIONS } from '../common/ids.js';
import { finalize, triggerTest, type RawRef } from '../common/text.js';

/**
 * huggingface.co / hf.co addresses, with or without scheme, not preceded by a character that would make the
 * host part of another name (`cdn-lfs.huggingface.co`, `user@huggingface.co`, `xhf.co`).
 */
const URL_RE =
  /(?<![\w.@/-])(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\/([\w.-]+)\/([\w.-]+)(?:\/(resolve|tree|blob|commit|raw)\/([\w.%-]+))?/gi;
/** Inference API addresses name the model after /models/. */
const INFERENCE_RE =
  /(?<![\w.@/-])(?:https?:\/\/)?(?:api-inference\.huggingface\.co|router\.huggingface\.co\/hf-inference)\/models\/([\w.-]+)\/([\w.-]+)/gi;

export const URL_TRIGGERS = ['huggingface.co', 'hf.co', 'HuggingFace.co', 'Huggingface.co', 'HF.co'] as const;
const hasTrigger = triggerTest(URL_TRIGGERS);

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Hub model addresses in any text, with the offset of the address. */
export function extractHubUrls(text: string): RawRef[] {
  const raw: RawRef[] = [];
  for (const m of text.matchAll(URL_RE)) {
    const ns = m[1];
    if (NON_MODEL_HUB_SECTIONS.has(ns.toLowerCase())) continue;
    const name = m[2].replace(/\.+$/, '');
    const id = `${ns}/${name}`;
    if (!isHubIdShape(id)) continue;
    const ref: RawRef = { id, kind: 'hub', offset: m.index ?? 0 };
    // /resolve/<rev>/, /tree/<rev>, /blob/<rev>/, /commit/<sha>: the revision named by the address
    if (m[4]) ref.revision = safeDecode(m[4]);
    raw.push(ref);
  }
  for (const m of text.matchAll(INFERENCE_RE)) {
    const id = `${m[1]}/${m[2].replace(/\.+$/, '')}`;
    if (isHubIdShape(id)) raw.push({ id, kind: 'hub', offset: m.index ?? 0 });
  }
  return raw;
}

export const url: Scanner = {
  name: 'url',
  description:
    'Hugging Face model addresses (huggingface.co/org/name, hf.co/org/name, Inference API URLs) in any text file; not datasets, spaces, docs, blog or papers.',
  url: 'https://github.com/model-gate/model-gate#scanner-url',
  fileMatch: ['**'],
  triggers: URL_TRIGGERS,
  extract(content: string, path: string, _ctx: ScanContext): ModelReference[] {
    if (!hasTrigger(content)) return [];
    return finalize(content, path, 'url', extractHubUrls(content));
  },
};
