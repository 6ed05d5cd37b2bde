import type { ModelReference } from '../../core/types.js';
import type { ScanContext, Scanner } from '../types.js';
import { classifyModel, isModelishName, knownHubString, type Strength } from '../common/ids.js';
import { finalize, triggerTest, type RawRef } from '../common/text.js';
import { parentKeyOf, yamlEvents, type YScalar } from '../common/yaml-lite.js';

/** Keys whose value is a model to load (training and serving configs: Axolotl, LLaMA-Factory, TRL, PEFT). */
const STRONG_KEYS = new Set([
  'base_model',
  'base_model_name_or_path',
  'model_name_or_path',
  'pretrained_model_name_or_path',
  'tokenizer_name_or_path',
  'tokenizer_name',
  'tokenizer_config',
  'base_model_config',
  '_name_or_path',
  'teacher_model_name_or_path',
  'ref_model_name_or_path',
  'reward_model_name_or_path',
  'adapter_name_or_path',
  'lora_model_dir', // Axolotl: a Hub id of an adapter, or a directory (filtered as a path)
  'hf_model_id',
  'hf_model',
]);

const REVISION_KEYS = new Set(['revision', 'model_revision', 'revision_of_model', 'base_model_revision']);

export const CONFIG_TRIGGERS = [
  'odel',
  'ODEL',
  'okenizer',
  'hf-hub:',
  'hf_hub:',
  'heckpoint',
  'repo_id',
] as const;
const hasTrigger = triggerTest(CONFIG_TRIGGERS);

function keyStrength(key: string): Strength | undefined {
  const k = key.toLowerCase();
  if (STRONG_KEYS.has(k)) return 'strong';
  return isModelishName(key) ? 'weak' : undefined;
}

class Collector {
  readonly raw: RawRef[] = [];
  readonly revisions = new Set<string>();
  strongCount = 0;
  constructor(readonly ctx: ScanContext) {}

  keyed(key: string, s: YScalar): void {
    const k = key.toLowerCase();
    if (REVISION_KEYS.has(k) && s.text) this.revisions.add(s.text);
    const strength = keyStrength(key);
    if (!strength) return this.any(s);
    const cl = classifyModel(s.text, strength, this.ctx, { litellm: true });
    if (!cl) return;
    if (strength === 'strong' && cl.kind === 'hub') this.strongCount++;
    this.raw.push({ id: cl.id, kind: cl.kind, offset: s.offset + (cl.shift ?? 0) });
  }

  /** Any other string value: `hf-hub:` ids and catalog-known ids. */
  any(s: YScalar): void {
    const v = s.text;
    if (/^hf[-_]hub:/i.test(v)) {
      const cl = classifyModel(v, 'strong', this.ctx);
      if (cl) this.raw.push({ id: cl.id, kind: cl.kind, offset: s.offset + (cl.shift ?? 0) });
    } else if (v.includes('/') && knownHubString(this.ctx, v)) {
      this.raw.push({ id: v, kind: 'hub', offset: s.offset });
    }
  }

  finish(): RawRef[] {
    if (this.revisions.size === 1 && this.strongCount === 1) {
      const [rev] = this.revisions;
      for (const r of this.raw) if (r.kind === 'hub') r.revision = rev;
    }
    return this.raw;
  }
}

function scanYaml(text: string, c: Collector): void {
  const events = yamlEvents(text);
  for (let i = 0; i < events.length; i++) {
    const ev = events[i];
    if (ev.key !== undefined && ev.value) c.keyed(ev.key, ev.value);
    else if (ev.key !== undefined && ev.flow) for (const s of ev.flow) c.keyed(ev.key, s);
    else if (ev.item && ev.key === undefined && ev.value) {
      const parent = parentKeyOf(events, i);
      if (parent !== undefined) c.keyed(parent, ev.value);
      else c.any(ev.value);
    } else if (ev.flow) for (const s of ev.flow) c.any(s);
  }
}

const JSON_PAIR_RE = /"((?:[^"\\\n]|\\.){1,100})"\s*:\s*(?:"((?:[^"\\\n]|\\.){0,300})"|\[([^\]]{0,2000})\])/g;
const JSON_STRING_RE = /"((?:[^"\\\n]|\\.){0,300})"/g;

function scanJson(text: string, c: Collector): void {
  for (const m of text.matchAll(JSON_PAIR_RE)) {
    const key = m[1];
    const start = m.index ?? 0;
    if (m[2] !== undefined) {
      c.keyed(key, { text: m[2], offset: start + m[0].length - m[2].length - 1 });
    } else if (m[3] !== undefined && keyStrength(key)) {
      const listStart = start + m[0].length - m[3].length - 1;
      for (const s of m[3].matchAll(JSON_STRING_RE))
        c.keyed(key, { text: s[1], offset: listStart + (s.index ?? 0) + 1 });
    }
  }
  // catalog-known ids in any other string (arrays, nested values)
  for (const s of text.matchAll(JSON_STRING_RE)) {
    if (s[1].includes('/') && knownHubString(c.ctx, s[1]))
      c.raw.push({ id: s[1], kind: 'hub', offset: (s.index ?? 0) + 1 });
  }
}

const TOML_PAIR_RE = /^[ \t]*("?)([\w.-]+)\1[ \t]*=[ \t]*(["'])([^"'\n]*)\3/gm;

function scanToml(text: string, c: Collector): void {
  for (const m of text.matchAll(TOML_PAIR_RE)) {
    c.keyed(m[2], { text: m[4], offset: (m.index ?? 0) + m[0].length - m[4].length - 1 });
  }
}

export const config: Scanner = {
  name: 'config',
  description:
    'Configuration files (YAML, JSON, TOML): training and serving configs (Axolotl base_model, model_name_or_path, tokenizer_name, PEFT base_model_name_or_path) and model-named keys.',
  url: 'https://github.com/model-gate/model-gate#scanner-config',
  fileMatch: ['**/*.yml', '**/*.yaml', '**/*.json', '**/*.jsonc', '**/*.json5', '**/*.toml'],
  triggers: CONFIG_TRIGGERS,
  extract(content: string, path: string, ctx: ScanContext): ModelReference[] {
    if (!hasTrigger(content)) return [];
    if (
      /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|composer\.lock|Cargo\.lock|poetry\.lock)$/i.test(
        path,
      )
    )
      return [];
    const c = new Collector(ctx);
    if (/\.ya?ml$/i.test(path)) scanYaml(content, c);
    else if (/\.toml$/i.test(path)) scanToml(content, c);
    else scanJson(content, c);
    return finalize(content, path, 'config', c.finish());
  },
};
