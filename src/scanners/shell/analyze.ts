import type { ScanContext } from '../types.js';
import {
  classifyModel,
  classifyOllama,
  isModelishName,
  knownHubString,
  modelEnvKind,
  stripQuantTag,
  type Classified,
  type Strength,
} from '../common/ids.js';
import type { RawRef } from '../common/text.js';
import { parentKeyOf, yamlEvents, type YEvent, type YScalar } from '../common/yaml-lite.js';
import { analyzePython } from '../python/analyze.js';
import { DYN, shellCommands, type Word } from './words.js';

/** llama.cpp flags that name a Hub repository (`-hf org/repo-GGUF:Q4_K_M`). */
const HF_REPO_FLAGS = new Set([
  '-hf',
  '-hfr',
  '--hf-repo',
  '--hf_repo',
  '-hfd',
  '--hf-repo-draft',
  '-hfv',
  '--hf-repo-v',
]);
/** Flags of serving/training CLIs that take a model (besides anything isModelishName accepts). */
const MODEL_FLAGS = new Set([
  '--model-path',
  '--model_path',
  '--tokenizer',
  '--tokenizer-name',
  '--tokenizer_name',
  '--model-id',
  '--model_id',
]);
/** Flags taking a value, of `huggingface-cli download` / `hf download`. */
const DOWNLOAD_VALUE_FLAGS = new Set([
  '--repo-type',
  '--revision',
  '--local-dir',
  '--cache-dir',
  '--include',
  '--exclude',
  '--token',
  '--max-workers',
  '--local-dir-use-symlinks',
]);

function basename(s: string): string {
  const i = s.lastIndexOf('/');
  return i === -1 ? s : s.slice(i + 1);
}

function push(out: RawRef[], cl: Classified | undefined, w: Word, from: number, revision?: string): void {
  if (!cl) return;
  const ref: RawRef = { id: cl.id, kind: cl.kind, offset: w.map[from + (cl.shift ?? 0)] ?? w.map[from] ?? 0 };
  if (revision && cl.kind === 'hub') ref.revision = revision;
  out.push(ref);
}

function classifyHub(v: string, strength: Strength, ctx: ScanContext): Classified | undefined {
  if (v.includes(DYN)) return undefined;
  return classifyModel(v, strength, ctx, { litellm: strength === 'weak' });
}

/** An environment assignment `NAME=value` (or `ENV NAME value`), value starting at `from` in `w`. */
export function envAssignment(
  name: string,
  value: string,
  w: Word,
  from: number,
  ctx: ScanContext,
  out: RawRef[],
): void {
  const kind = modelEnvKind(name);
  if (!kind || value.includes(DYN)) return;
  push(out, kind === 'ollama' ? classifyOllama(value) : classifyHub(value, 'weak', ctx), w, from);
}

/** Applies the command rules to one command's words. */
export function commandRules(words: Word[], ctx: ScanContext, out: RawRef[]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const t = w.text;
    if (!t) continue;
    // NAME=value (export, env, docker -e, --build-arg, ENV/ARG, compose lists)
    const eq = t.indexOf('=');
    if (eq > 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(t.slice(0, eq))) {
      envAssignment(t.slice(0, eq), t.slice(eq + 1), w, eq + 1, ctx, out);
      continue;
    }
    if (i === 0 && /^(?:ENV|ARG)$/i.test(t) && words.length === 3 && !words[1].text.includes('=')) {
      envAssignment(words[1].text, words[2].text, words[2], 0, ctx, out);
      return;
    }
    if (t.startsWith('-')) {
      const fm = /^(--?[A-Za-z][\w-]*)(?:=(.*))?$/s.exec(t);
      if (!fm) continue;
      const flag = fm[1];
      const isHf = HF_REPO_FLAGS.has(flag);
      const isModel = !isHf && flag.startsWith('--') && (MODEL_FLAGS.has(flag) || isModelishName(flag));
      if (!isHf && !isModel) {
        // python -c "...from_pretrained(...)"
        if (flag === '-c' && i > 0 && /python/.test(words[i - 1].text) && words[i + 1]) {
          const code = words[i + 1];
          for (const r of analyzePython(code.text, ctx))
            out.push({ ...r, offset: code.map[r.offset] ?? code.map[0] });
          i++;
        }
        continue;
      }
      let vw: Word | undefined;
      let from = 0;
      if (fm[2] !== undefined) {
        vw = w;
        from = flag.length + 1;
      } else if (words[i + 1] && !words[i + 1].text.startsWith('-')) {
        vw = words[i + 1];
        i++;
      }
      if (!vw) continue;
      const value = vw.text.slice(from);
      if (isHf) push(out, classifyHub(stripQuantTag(value), 'strong', ctx), vw, from);
      else push(out, classifyHub(value, 'weak', ctx), vw, from);
      continue;
    }
    const base = basename(t);
    const sub = words[i + 1]?.text;
    if (base === 'vllm' && sub === 'serve') {
      const j = nextPositional(words, i + 2, new Set());
      if (j !== -1) push(out, classifyHub(words[j].text, 'strong', ctx), words[j], 0);
      i++;
      continue;
    }
    if (base === 'ollama' && (sub === 'pull' || sub === 'run')) {
      const j = nextPositional(words, i + 2, new Set());
      if (j !== -1 && !words[j].text.includes(DYN)) {
        push(out, classifyOllama(words[j].text), words[j], 0);
      }
      i++;
      continue;
    }
    if ((base === 'huggingface-cli' || base === 'hf') && sub === 'download') {
      download(words, i + 2, ctx, out);
      return;
    }
    if (t.includes('/') && knownHubString(ctx, t)) push(out, { id: t, kind: 'hub' }, w, 0);
  }
}

function nextPositional(words: Word[], from: number, valueFlags: Set<string>): number {
  for (let j = from; j < words.length; j++) {
    const t = words[j].text;
    if (t.startsWith('-')) {
      if (valueFlags.has(t)) j++;
      continue;
    }
    return j;
  }
  return -1;
}

function download(words: Word[], from: number, ctx: ScanContext, out: RawRef[]): void {
  let repoType: string | undefined;
  let revision: string | undefined;
  for (let j = from; j < words.length; j++) {
    const m = /^(--[\w-]+)(?:=(.*))?$/.exec(words[j].text);
    if (!m) continue;
    const v = m[2] ?? words[j + 1]?.text;
    if (m[1] === '--repo-type') repoType = v;
    if (m[1] === '--revision') revision = v;
  }
  if (repoType === 'dataset' || repoType === 'space') return;
  const j = nextPositional(words, from, DOWNLOAD_VALUE_FLAGS);
  if (j === -1) return;
  push(
    out,
    classifyHub(words[j].text, 'strong', ctx),
    words[j],
    0,
    revision && !revision.includes(DYN) ? revision : undefined,
  );
}

/** Shell scripts, Dockerfiles, .env files, Makefiles. */
export function analyzeShell(text: string, ctx: ScanContext, base = 0): RawRef[] {
  const out: RawRef[] = [];
  for (const cmd of shellCommands(text, base)) commandRules(cmd, ctx, out);
  return out;
}

function wordOf(s: YScalar): Word {
  const map: number[] = new Array(s.text.length);
  for (let k = 0; k < s.text.length; k++) map[k] = s.offset + k;
  return { text: s.text, map };
}

/**
 * docker-compose, Kubernetes and GitHub workflow YAML: commands in scalars and block scalars, argument lists
 * (`args: ["--model", "org/x"]`, `- --model` / `- org/x`), environment maps and lists, and Kubernetes
 * `env: [{name: MODEL_ID, value: org/x}]`.
 */
export function analyzeYaml(text: string, ctx: ScanContext): RawRef[] {
  const out: RawRef[] = [];
  const events = yamlEvents(text);
  let group: { indent: number; words: Word[]; key?: string; last: number } | undefined;
  let lastCommand: { indent: number; words: Word[] } | undefined;
  const flush = () => {
    if (!group) return;
    let words = group.words;
    if (group.key === 'args' && lastCommand && lastCommand.indent === group.indent)
      words = [...lastCommand.words, ...words];
    if (group.key === 'command' || group.key === 'entrypoint') lastCommand = { indent: group.indent, words };
    commandRules(words, ctx, out);
    group = undefined;
  };
  for (let ei = 0; ei < events.length; ei++) {
    const ev = events[ei];
    // a block sequence of plain items is one command line: `args:` / `- --model` / `- org/x`
    if (ev.item && ev.key === undefined && ev.value) {
      if (!group || group.last !== ei - 1 || group.indent !== ev.indent) {
        flush();
        group = { indent: ev.indent, words: [], key: parentKeyOf(events, ei), last: ei };
      }
      group.words.push(wordOf(ev.value));
      group.last = ei;
      out.push(...analyzeShell(ev.value.text, ctx, ev.value.offset));
      continue;
    }
    flush();
    if (ev.flow) {
      group = { indent: ev.indent, words: ev.flow.map(wordOf), key: ev.key, last: ei };
      flush();
      for (const s of ev.flow) if (s.text.includes(' ')) out.push(...analyzeShell(s.text, ctx, s.offset));
      continue;
    }
    if (ev.block) {
      out.push(...analyzeShell(text.slice(ev.block.start, ev.block.end), ctx, ev.block.start));
      continue;
    }
    if (!ev.value) continue;
    const v = ev.value;
    if (ev.key !== undefined) {
      // environment map (MODEL_ID: org/x); lower-case keys belong to the config scanner
      if (/^[A-Z][A-Z0-9_]*$/.test(ev.key)) envAssignment(ev.key, v.text, wordOf(v), 0, ctx, out);
      // Kubernetes env entry: {name: MODEL_ID, value: org/x}
      if (ev.key === 'value') {
        const name = siblingValue(events, ei, 'name');
        if (name) envAssignment(name, v.text, wordOf(v), 0, ctx, out);
      }
    }
    out.push(...analyzeShell(v.text, ctx, v.offset));
  }
  flush();
  return out;
}

/** Value of key `key` in the same mapping as event `ei` (a list item's mapping, for Kubernetes env). */
function siblingValue(events: YEvent[], ei: number, key: string): string | undefined {
  const indent = events[ei].indent;
  let start = ei;
  while (start > 0 && !events[start].item && events[start - 1].indent >= indent) start--;
  for (let k = start; k < events.length; k++) {
    const e = events[k];
    if (k > start && (e.indent < indent || (e.item && e.indent === indent))) break;
    if (e.indent === indent && e.key === key && e.value) return e.value.text;
  }
  return undefined;
}
