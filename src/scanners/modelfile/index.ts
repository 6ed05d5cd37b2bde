import type { ReferenceKind } from '../../core/types.js';
import { defineScanner } from '../define.js';
import { classifyOllama, hubIdFromHostPath, isPathLike } from '../common/ids.js';
import { outputOf } from '../common/output.js';
import type { RawRef } from '../common/text.js';

const WEIGHT_FILE_RE = /\.(?:gguf|ggml|bin|safetensors)$/i;

/**
 * Classifies the argument of FROM/ADAPTER: `hf.co/org/repo:Q4_K_M` → Hub `org/repo`; a path (`./x.gguf`,
 * `/models/x`, `models/x.gguf`, `outputs/merged`, `C:\w`) → local-file; anything else (FROM only) →
 * `ollama:name[:tag]`.
 */
export function classifyModelfileArg(
  value: string,
  instruction: 'FROM' | 'ADAPTER',
): { id: string; kind: ReferenceKind; provider?: string } | undefined {
  const v = value.trim();
  if (!v) return undefined;
  if (/^(?:https?:\/\/)?(?:www\.)?(?:hf\.co|huggingface\.co)\//i.test(v)) {
    const id = hubIdFromHostPath(v);
    return id ? { id, kind: 'hub' } : undefined;
  }
  if (/^(?:\.{1,2}[\\/]|[\\/~]|[A-Za-z]:[\\/]|\.{1,2}$)/.test(v) || WEIGHT_FILE_RE.test(v) || v.includes('\\')) {
    return { id: v, kind: 'local-file' };
  }
  if (instruction === 'ADAPTER') return { id: v, kind: 'local-file' };
  const cl = classifyOllama(v);
  if (cl) return cl;
  // a relative directory of the repository (`outputs/merged`, `models/llama-ft`): local weights
  if (isPathLike(v) || /^[\w.-]+(?:\/[\w.-]+){2,}$/.test(v)) return { id: v, kind: 'local-file' };
  return undefined;
}

/** One instruction line: `FROM x`, `ADAPTER "x"` (the argument, and where it starts in the line). */
function instruction(line: string): { name: 'FROM' | 'ADAPTER'; arg: string; at: number } | undefined {
  let i = 0;
  while (line[i] === ' ' || line[i] === '\t') i++;
  const word = line.slice(i, i + 7).toUpperCase();
  const name = word.startsWith('FROM') ? 'FROM' : word.startsWith('ADAPTER') ? 'ADAPTER' : undefined;
  if (!name) return undefined;
  i += name.length;
  if (line[i] !== ' ' && line[i] !== '\t') return undefined;
  while (line[i] === ' ' || line[i] === '\t') i++;
  const q = line[i];
  if (q === '"' || q === "'") {
    const close = line.indexOf(q, i + 1);
    if (close === -1) return undefined;
    return { name, arg: line.slice(i + 1, close), at: i + 1 };
  }
  let j = i;
  while (j < line.length && line[j] !== ' ' && line[j] !== '\t' && line[j] !== '#' && line[j] !== '\r') j++;
  return j > i ? { name, arg: line.slice(i, j), at: i } : undefined;
}

export const modelfile = defineScanner({
  name: 'modelfile',
  description:
    'Ollama Modelfiles: FROM name:tag (ollama:name:tag), FROM hf.co/org/repo:quant (Hub org/repo), FROM/ADAPTER of local weight files and directories (local-file).',
  fileMatch: ['**/Modelfile', '**/Modelfile.*', '**/*.Modelfile', '**/*.modelfile', '**/modelfile'],
  analyze(content, path, _ctx, budget) {
    const raw: RawRef[] = [];
    let pos = 0;
    let inText = false;
    while (pos <= content.length) {
      budget.tick();
      const nl = content.indexOf('\n', pos);
      const end = nl === -1 ? content.length : nl;
      const line = content.slice(pos, end);
      const start = pos;
      pos = end + 1;
      // TEMPLATE/SYSTEM/MESSAGE texts in triple quotes are not instructions
      const wasText = inText;
      let count = 0;
      for (let k = line.indexOf('"""'); k !== -1; k = line.indexOf('"""', k + 3)) count++;
      if (count % 2 === 1) inText = !inText;
      if (!wasText) {
        const ins = instruction(line);
        if (ins && (count === 0 || line.indexOf('"""') > ins.at)) {
          const cl = classifyModelfileArg(ins.arg, ins.name);
          if (cl)
            raw.push({
              id: cl.id,
              kind: cl.kind,
              offset: start + ins.at,
              ...(cl.provider ? { provider: cl.provider } : {}),
            });
        }
      }
      if (nl === -1) break;
    }
    return outputOf(content, path, 'modelfile', raw);
  },
});
