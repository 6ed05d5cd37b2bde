import type { ModelReference } from '../core/types.js';
import { classifyValue } from './common/values.js';
import { sortAndDedupe } from './common/text.js';
import type { EnvUse, ScanContext, ScanFacts } from './types.js';

/**
 * Joins what files tell about each other, after every file is scanned; pure:
 * - an environment variable set in one file (`.env` `GENERATION_MODEL=qwen3:8b`, compose `environment:`,
 *   Kubernetes `env:`) and read by code of the same project whose value reaches a model parameter
 *   (`ChatOllama(model=os.getenv("GENERATION_MODEL"))`) is a reference, at the line that sets it, read the way the
 *   code reads it (an Ollama name, a Hub id...). A variable that no such code reads is not (`.env` `MODEL=...`
 *   feeding nothing). Same project: the folder of the file that sets it, or the folder above, holds the code;
 * - an Ollama model built by `ollama create NAME -f FILE` is local weights wherever it is named: its `ollama:NAME`
 *   references become `local-file` references to FILE.
 * Returns every reference, the joined ones added, sorted.
 */
export function applyFacts(references: ModelReference[], facts: ScanFacts[], ctx: ScanContext): ModelReference[] {
  const uses = new Map<string, Set<EnvUse>>();
  const local = new Map<string, string>();
  for (const f of facts) {
    for (const u of f.uses ?? []) {
      const key = u.name.toLowerCase();
      const readers = uses.get(key) ?? new Set<EnvUse>();
      readers.add(u);
      uses.set(key, readers);
    }
    for (const l of f.localOllama ?? []) local.set(l.id, l.modelfile);
  }
  const out = references.map((r) => {
    if (r.kind !== 'ollama' || !local.size) return r;
    const file = local.get(r.id) ?? local.get(r.id.replace(/:latest$/, ''));
    return file ? { ...r, id: file, kind: 'local-file' as const } : r;
  });
  if (!uses.size) return local.size ? sortAndDedupe(out) : references;
  // a place that already holds a reference (`MODEL_ID=org/x`, read as a Hub id by its name) is not read twice
  const placed = new Set(out.map((r) => `${r.path}\0${r.line}`));
  for (const f of facts) {
    for (const d of f.env ?? []) {
      const readers = uses.get(d.name.toLowerCase());
      if (!readers || placed.has(`${d.path}\0${d.line}`)) continue;
      const modes = new Set([...readers].filter((u) => sameProject(d.path, u.path)).map((u) => u.mode));
      for (const mode of modes) {
        const cl = classifyValue(d.value, mode, 'strong', ctx);
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

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

function within(dir: string, path: string): boolean {
  return dir === '' || path.startsWith(`${dir}/`);
}

/** Whether code at `use` belongs to the project of the file at `def` (its folder, or the folder above it). */
function sameProject(def: string, use: string): boolean {
  const d = dirOf(def);
  return within(d, use) || within(dirOf(d), use);
}
