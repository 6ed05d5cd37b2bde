import type { ModelReference, ReferenceKind } from '../../core/types.js';
import type { ScanContext, Scanner } from '../types.js';
import { classifyOllama, hubIdFromHostPath } from '../common/ids.js';
import { finalize, type RawRef } from '../common/text.js';

const INSTRUCTION_RE = /^[ \t]*(FROM|ADAPTER)[ \t]+("[^"\n]*"|'[^'\n]*'|[^\s#]+)/gim;
const WEIGHT_FILE_RE = /\.(?:gguf|ggml|bin|safetensors)$/i;

/**
 * Classifies the argument of FROM/ADAPTER: `hf.co/org/repo:Q4_K_M` → Hub `org/repo`; a path (`./x.gguf`,
 * `/models/x`, `models/x.gguf`) → local-file; anything else (FROM only) → `ollama:name[:tag]`.
 */
export function classifyModelfileArg(
  value: string,
  instruction: 'FROM' | 'ADAPTER',
): { id: string; kind: ReferenceKind } | undefined {
  const v = value.trim();
  if (!v) return undefined;
  if (/^(?:https?:\/\/)?(?:www\.)?(?:hf\.co|huggingface\.co)\//i.test(v)) {
    const id = hubIdFromHostPath(v);
    return id ? { id, kind: 'hub' } : undefined;
  }
  if (
    /^(?:\.{1,2}[\\/]|[\\/~]|[A-Za-z]:[\\/]|\.{1,2}$)/.test(v) ||
    WEIGHT_FILE_RE.test(v) ||
    v.includes('\\')
  ) {
    return { id: v, kind: 'local-file' };
  }
  if (instruction === 'ADAPTER') return { id: v, kind: 'local-file' };
  const cl = classifyOllama(v);
  return cl ? { id: cl.id, kind: cl.kind } : undefined;
}

export const modelfile: Scanner = {
  name: 'modelfile',
  description:
    'Ollama Modelfiles: FROM name:tag (ollama:name:tag), FROM hf.co/org/repo:quant (Hub org/repo), FROM/ADAPTER of local weight files (local-file).',
  url: 'https://github.com/model-gate/model-gate#scanner-modelfile',
  fileMatch: ['**/Modelfile', '**/Modelfile.*', '**/*.Modelfile', '**/*.modelfile', '**/modelfile'],
  extract(content: string, path: string, _ctx: ScanContext): ModelReference[] {
    const raw: RawRef[] = [];
    // TEMPLATE/SYSTEM/MESSAGE texts in triple quotes are not instructions
    const text = content.replace(/"""[\s\S]*?(?:"""|$)/g, (m) => m.replace(/[^\n]/g, ' '));
    for (const m of text.matchAll(INSTRUCTION_RE)) {
      const instruction = m[1].toUpperCase() as 'FROM' | 'ADAPTER';
      let arg = m[2];
      let offset = (m.index ?? 0) + m[0].length - arg.length;
      if (arg.startsWith('"') || arg.startsWith("'")) {
        arg = arg.slice(1, -1);
        offset++;
      }
      const cl = classifyModelfileArg(arg, instruction);
      if (cl) raw.push({ id: cl.id, kind: cl.kind, offset });
    }
    return finalize(content, path, 'modelfile', raw);
  },
};
