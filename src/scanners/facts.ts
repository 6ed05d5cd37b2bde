import type { ModelReference } from '../core/types.js';
import { classifyValue } from './common/values.js';
import { sortAndDedupe } from './common/text.js';
import type { ScanContext, ScanFacts } from './types.js';

/**
 * Joins what files tell about each other, after every file is scanned; pure:
 * - an environment variable set in one file (`.env` `GENERATION_MODEL=qwen3:8b`, compose `environment:`,
 *   Kubernetes `env:`) and read by code whose value reaches a model parameter (`ChatOllama(model=os.getenv(
 *   "GENERATION_MODEL"))`) is a reference, at the line that sets it, read the way the code reads it (an Ollama
 *   name, a Hub id...). A variable that no such code reads is not (`.env` `MODEL=...` feeding nothing);
 * - an Ollama model built by `ollama create NAME -f FILE` is local weights wherever it is named: its `ollama:NAME`
 *   references become `local-file` references to FILE.
 * Returns every reference, the joined ones added, sorted.
 */
export function applyFacts(references: ModelReference[], facts: ScanFacts[], ctx: ScanContext): ModelReference[] {
  const uses = new Map<string, Set<string>>();
  const local = new Map<string, string>();
  for (const f of facts) {
    for (const u of f.uses ?? []) {
      const key = u.name.toLowerCase();
      const modes = uses.get(key) ?? new Set<string>();
      modes.add(u.mode);
      uses.set(key, modes);
    }
    for (const l of f.localOllama ?? []) local.set(l.id, l.modelfile);
  }
  const out = references.map((r) => {
    if (r.kind !== 'ollama' || !local.size) return r;
    const file = local.get(r.id) ?? local.get(r.id.replace(/:latest$/, ''));
    return file ? { ...r, id: file, kind: 'local-file' as const } : r;
  });
  if (!uses.size) return local.size ? sortAndDedupe(out) : references;
  for (const f of facts) {
    for (const d of f.env ?? []) {
      const modes = uses.get(d.name.toLowerCase());
      if (!modes) continue;
      for (const mode of modes) {
        const cl = classifyValue(d.value, mode as Parameters<typeof classifyValue>[1], 'strong', ctx);
        if (!cl) continue;
        let id = cl.id;
        let kind = cl.kind;
        const file = kind === 'ollama' ? (local.get(id) ?? local.get(id.replace(/:latest$/, ''))) : undefined;
        if (file) {
          id = file;
          kind = 'local-file';
        }
        out.push({ id, kind, path: d.path, line: d.line, column: d.column + (cl.shift ?? 0), scanner: d.scanner });
      }
    }
  }
  return sortAndDedupe(out);
}
