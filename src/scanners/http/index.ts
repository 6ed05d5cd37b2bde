import type { Budget } from '../limits.js';
import { defineScanner } from '../define.js';
import { endpointMode } from '../common/hosted.js';
import { classifyOllama } from '../common/ids.js';
import { jsonEntries } from '../common/json-scan.js';
import { outputOf } from '../common/output.js';
import type { RawRef } from '../common/text.js';
import { classifyValue, type Mode } from '../common/values.js';
import { isOllamaRequest } from '../shell/analyze.js';

/** A variable of the file (`@model = llama3`): its value and where the value is written. */
interface Variable {
  value: string;
  offset: number;
}

const MARKER_RE = /(?:#|\/\/)[ \t]*model-gate(?::[ \t]*|-)ignore\b/;
const METHOD_RE = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+/i;

/**
 * Request files of the REST Client (VS Code) and the JetBrains HTTP client: requests separated by `###`, each a
 * request line, headers, a blank line and a body; `@name = value` variables used as `{{name}}`. The model of a
 * request to an Ollama server (`/api/generate`, `/api/chat`, `/api/embed`...) is an Ollama model; of a request to
 * a hosted API (api.openai.com...), a hosted model. A `# model-gate: ignore` comment above the request line
 * suppresses the request.
 */
function analyzeHttp(text: string, budget: Budget): RawRef[] {
  const raw: RawRef[] = [];
  const vars = new Map<string, Variable>();
  const lines: Array<{ start: number; text: string }> = [];
  let pos = 0;
  while (pos <= text.length) {
    budget.tick();
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start: pos, text: text.slice(pos, end).replace(/\r$/, '') });
    if (nl === -1) break;
    pos = nl + 1;
  }
  let i = 0;
  while (i < lines.length) {
    // one request: from here to the next `###`
    let suppressed = false;
    let url: string | undefined;
    let j = i;
    for (; j < lines.length; j++) {
      budget.tick();
      const t = lines[j].text.trim();
      if (t.startsWith('###')) {
        if (j > i) break;
        if (MARKER_RE.test(t)) suppressed = true;
        continue;
      }
      if (url === undefined) {
        if (!t) continue;
        if (t.startsWith('#') || t.startsWith('//')) {
          if (MARKER_RE.test(t)) suppressed = true;
          continue;
        }
        const v = /^@([\w.-]+)[ \t]*=[ \t]*(.*)$/.exec(t);
        if (v) {
          const at = lines[j].text.indexOf(v[2], lines[j].text.indexOf('='));
          vars.set(v[1], { value: v[2].trim(), offset: lines[j].start + Math.max(at, 0) });
          continue;
        }
        url = substitute(requestTarget(t), vars);
        continue;
      }
      if (t === '') {
        // the body: up to the next `###`
        let k = j + 1;
        while (k < lines.length && !lines[k].text.trim().startsWith('###')) k++;
        if (!suppressed && k > j + 1) {
          const mode = requestMode(url);
          const bodyStart = lines[j + 1].start;
          const bodyEnd = lines[k - 1].start + lines[k - 1].text.length;
          if (mode) raw.push(...bodyModels(text.slice(bodyStart, bodyEnd), bodyStart, mode, vars, budget));
        }
        j = k;
        break;
      }
    }
    i = Math.max(j, i + 1);
  }
  return raw;
}

/** The target of a request line `POST url HTTP/1.1` (method and version dropped; no regular expression over it). */
function requestTarget(line: string): string {
  let t = line.replace(METHOD_RE, '');
  const space = Math.max(t.lastIndexOf(' '), t.lastIndexOf('\t'));
  if (space !== -1 && /^HTTP\/[\d.]+$/i.test(t.slice(space + 1))) t = t.slice(0, space);
  return t.trim();
}

/** How a request's `"model"` reads: Ollama, a hosted API, or the Hub's router; undefined for other servers. */
function requestMode(url: string): Mode | undefined {
  if (isOllamaRequest(url)) return 'ollama';
  const m = endpointMode(url);
  return m === 'self' || m === 'ollama' ? undefined : m;
}

function substitute(s: string, vars: Map<string, Variable>): string {
  if (!s.includes('{{')) return s;
  let out = '';
  let i = 0;
  for (;;) {
    const open = s.indexOf('{{', i);
    if (open === -1) return out + s.slice(i);
    const close = s.indexOf('}}', open + 2);
    if (close === -1) return out + s.slice(i);
    out += s.slice(i, open) + (vars.get(s.slice(open + 2, close).trim())?.value ?? '\0');
    i = close + 2;
  }
}

function bodyModels(body: string, base: number, mode: Mode, vars: Map<string, Variable>, budget: Budget): RawRef[] {
  const out: RawRef[] = [];
  for (const e of jsonEntries(body, budget, base)) {
    if (e.item || e.parent !== -1 || (e.key !== 'model' && !(e.key === 'name' && mode === 'ollama'))) continue;
    let { text: value, offset } = e.value;
    const v = /^\{\{\s*([\w.-]+)\s*\}\}$/.exec(value);
    if (v) {
      const def = vars.get(v[1]);
      if (!def) continue;
      value = def.value;
      offset = def.offset;
    }
    const cl =
      mode === 'ollama' ? classifyOllama(value) : classifyValue(value, mode, 'strong', { isKnownModel: () => false });
    if (!cl) continue;
    const ref: RawRef = { id: cl.id, kind: cl.kind, offset: offset + (cl.shift ?? 0) };
    if (cl.provider) ref.provider = cl.provider;
    out.push(ref);
  }
  return out;
}

export const http = defineScanner({
  name: 'http',
  description:
    'HTTP request files (.http, .rest): the "model" of requests to an Ollama server (/api/generate, /api/chat, /api/embed, or OpenAI routes on port 11434) and to hosted APIs, with @variables.',
  fileMatch: ['**/*.http', '**/*.rest'],
  analyze(content, path, _ctx, budget) {
    return outputOf(content, path, 'http', analyzeHttp(content, budget));
  },
});
