/**
 * Reading the JSON reports the inventory merges: each one checked to be a model-gate report of a version this
 * build reads, field by field for the fields the inventory uses (unknown, additive fields are ignored), with
 * every count capped. A bad file is one `file:line:col: message` error.
 */
import { basename, dirname } from 'node:path';
import { UserError } from '../core/errors.js';
import type { ModelStatus, ReferenceKind } from '../core/types.js';
import { STATUS_ORDER } from './types.js';

/** Limits: a report larger or longer than this is refused rather than merged slowly. */
export const LIMITS = {
  /** Bytes of one report. */
  reportBytes: 64 * 1024 * 1024,
  /** Models in one report. */
  modelsPerReport: 100_000,
  /** Locations kept per model and repository (the rest are counted). */
  locationsPerUsage: 100,
  /** Report files in one inventory. */
  reports: 100_000,
} as const;

export interface ReportRepository {
  full_name: string;
  url?: string;
  commit?: string;
}

export interface ReportModel {
  id: string;
  status: ModelStatus;
  license: string | null;
  declared: boolean;
  locations: Array<{ path: string; line: number; column?: number }>;
  rules: string[];
  kind?: ReferenceKind;
  publisher?: string;
  revision?: string;
  commit?: string;
  purpose?: string;
}

/** The part of a report the inventory uses. */
export interface ParsedReport {
  file: string;
  verdict: 'pass' | 'fail';
  policy: string;
  repository?: ReportRepository;
  models: ReportModel[];
  not_scanned: number;
}

const KINDS: readonly string[] = ['hub', 'ollama', 'url', 'local-file'];
const RULE_ID = /^[a-z]+\.[a-z][a-z-]*$/;

class Bad extends Error {}

function fail(message: string): never {
  throw new Bad(message);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `a string`;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === undefined)
    return `${typeof v} ${String(v)}`;
  return typeof v;
}

function str(o: Record<string, unknown>, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string') fail(`${where}/${key} must be a string, not ${describe(v)}`);
  return v;
}

function optStr(o: Record<string, unknown>, key: string, where: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') fail(`${where}/${key} must be a string, not ${describe(v)}`);
  return v;
}

function line(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    fail(`${where} must be a line number (an integer from 1), not ${describe(v)}`);
  return v;
}

/** Offset of the first syntax error of a JSON text (only called once JSON.parse has failed); linear. */
export function jsonErrorOffset(t: string): number {
  const n = t.length;
  const stack: string[] = [];
  let i = 0;
  let state: 'value' | 'after' | 'key' | 'colon' = 'value';
  let opened = false;
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const string = (): number => {
    for (let k = i + 1; k < n; k++) {
      const c = t.charCodeAt(k);
      if (c === 0x22) return k + 1;
      if (c < 0x20) return -k - 1;
      if (c === 0x5c) {
        const e = t[k + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(t.slice(k + 2, k + 6))) return -k - 1;
          k += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) k++;
        else return -k - 1;
      }
    }
    return -n - 1;
  };
  for (;;) {
    while (i < n && (t[i] === ' ' || t[i] === '\t' || t[i] === '\n' || t[i] === '\r')) i++;
    if (i >= n) return state === 'after' && stack.length === 0 ? -1 : n;
    const c = t[i];
    if (state === 'value') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        state = c === '{' ? 'key' : 'value';
        opened = true;
        continue;
      }
      if (c === ']' && opened && stack[stack.length - 1] === '[') {
        stack.pop();
        i++;
        state = 'after';
        opened = false;
        continue;
      }
      opened = false;
      if (c === '"') {
        const j = string();
        if (j < 0) return -j - 1;
        i = j;
        state = 'after';
        continue;
      }
      NUMBER.lastIndex = i;
      const num = NUMBER.exec(t);
      const word = ['true', 'false', 'null'].find((w) => t.startsWith(w, i));
      if (num && num[0] !== '-') i += num[0].length;
      else if (word) i += word.length;
      else return i;
      state = 'after';
    } else if (state === 'key') {
      if (c === '}' && opened) {
        stack.pop();
        i++;
        state = 'after';
        opened = false;
        continue;
      }
      opened = false;
      if (c !== '"') return i;
      const j = string();
      if (j < 0) return -j - 1;
      i = j;
      state = 'colon';
    } else if (state === 'colon') {
      if (c !== ':') return i;
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (!top) return i;
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop();
        i++;
      } else return i;
    }
  }
}

/** Line and column of the first syntax error of a JSON text. */
function jsonPosition(text: string): { line: number; column: number } {
  const pos = Math.max(0, Math.min(jsonErrorOffset(text), text.length));
  let ln = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) {
    ln++;
    start = i + 1;
  }
  return { line: ln, column: pos - start + 1 };
}

/** What a JSON document that is not a model-gate report is, when it is recognisable. */
function otherFormat(doc: Record<string, unknown>): string | undefined {
  if (doc.bomFormat === 'CycloneDX') return 'a CycloneDX BOM';
  if (typeof doc.$schema === 'string' && /sarif/i.test(doc.$schema)) return 'a SARIF log';
  if (Array.isArray(doc.runs) && typeof doc.version === 'string') return 'a SARIF log';
  if (Array.isArray(doc.repositories) && doc.tool && isObject(doc.summary)) return 'a model-gate inventory';
  return undefined;
}

function parseRepository(v: unknown): ReportRepository | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) fail(`/repository must be an object, not ${describe(v)}`);
  const full_name = str(v, 'full_name', '/repository').trim();
  if (!full_name) fail('/repository/full_name must not be empty');
  const url = optStr(v, 'url', '/repository');
  if (url !== undefined && !/^https?:\/\/[^\s/?#@]+(\/[^\s?#]*)?$/i.test(url))
    fail(`/repository/url must be an http(s) address without credentials, not "${url.slice(0, 100)}"`);
  const commit = optStr(v, 'commit', '/repository');
  if (commit !== undefined && !/^[0-9a-f]{7,64}$/i.test(commit))
    fail('/repository/commit must be a commit sha (7 to 64 hexadecimal digits)');
  return {
    full_name,
    ...(url ? { url: url.replace(/(\.git)?\/*$/, '') } : {}),
    ...(commit ? { commit: commit.toLowerCase() } : {}),
  };
}

/** Whether a model entry has every field the inventory reads, of the right type (no allocation: the hot path). */
function modelIsValid(v: unknown): boolean {
  if (!isObject(v)) return false;
  if (typeof v.id !== 'string' || !/\S/.test(v.id)) return false;
  if (v.status !== 'blocked' && v.status !== 'waived' && v.status !== 'warning' && v.status !== 'allowed') return false;
  if (v.license !== null && typeof v.license !== 'string') return false;
  if (typeof v.declared !== 'boolean' || !Array.isArray(v.locations) || !Array.isArray(v.findings)) return false;
  for (const l of v.locations as unknown[]) {
    if (
      !isObject(l) ||
      typeof l.path !== 'string' ||
      typeof l.line !== 'number' ||
      !Number.isInteger(l.line) ||
      l.line < 1
    )
      return false;
  }
  for (const f of v.findings as unknown[]) {
    if (!isObject(f) || typeof f.rule !== 'string' || !RULE_ID.test(f.rule)) return false;
  }
  for (const k of ['kind', 'publisher', 'revision', 'commit', 'purpose']) {
    const x = v[k];
    if (x !== undefined && x !== null && typeof x !== 'string') return false;
  }
  return v.kind === undefined || v.kind === null || KINDS.includes(v.kind as string);
}

/** Why a model entry is not valid (the slow path, only for a bad report): throws the first problem. */
function explainModel(v: unknown, i: number): never {
  const where = `/models/${i}`;
  if (!isObject(v)) fail(`${where} must be an object, not ${describe(v)}`);
  const id = str(v, 'id', where);
  if (!id.trim()) fail(`${where}/id must not be empty`);
  if (!STATUS_ORDER.includes(v.status as ModelStatus))
    fail(`${where}/status must be one of ${STATUS_ORDER.join(', ')}, not ${JSON.stringify(v.status)?.slice(0, 60)}`);
  if (v.license !== null && typeof v.license !== 'string')
    fail(`${where}/license must be a string or null, not ${describe(v.license)}`);
  if (typeof v.declared !== 'boolean') fail(`${where}/declared must be true or false, not ${describe(v.declared)}`);
  if (!Array.isArray(v.locations)) fail(`${where}/locations must be an array, not ${describe(v.locations)}`);
  v.locations.forEach((l: unknown, j: number) => {
    const lw = `${where}/locations/${j}`;
    if (!isObject(l)) fail(`${lw} must be an object, not ${describe(l)}`);
    str(l, 'path', lw);
    line(l.line, `${lw}/line`);
  });
  if (!Array.isArray(v.findings)) fail(`${where}/findings must be an array, not ${describe(v.findings)}`);
  v.findings.forEach((f: unknown, j: number) => {
    if (!isObject(f)) fail(`${where}/findings/${j} must be an object, not ${describe(f)}`);
    const rule = str(f, 'rule', `${where}/findings/${j}`);
    if (!RULE_ID.test(rule)) fail(`${where}/findings/${j}/rule is not a rule id: "${rule.slice(0, 60)}"`);
  });
  for (const k of ['publisher', 'revision', 'commit', 'purpose']) optStr(v, k, where);
  const kind = optStr(v, 'kind', where);
  if (kind !== undefined && !KINDS.includes(kind)) fail(`${where}/kind must be one of ${KINDS.join(', ')}`);
  fail(`${where} is not a model entry`);
}

const NO_RULES: string[] = [];

function optional(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function parseModel(v: unknown, i: number): ReportModel {
  if (!modelIsValid(v)) explainModel(v, i);
  const m = v as Record<string, unknown> & {
    id: string;
    status: ModelStatus;
    license: string | null;
    declared: boolean;
    locations: Array<{ path: string; line: number }>;
    findings: Array<{ rule: string }>;
  };
  let rules = NO_RULES;
  if (m.findings.length) {
    rules = [];
    for (const f of m.findings) if (!rules.includes(f.rule)) rules.push(f.rule);
    if (rules.length > 1) rules.sort();
  }
  const license = m.license === null ? null : m.license.trim() || null;
  return {
    id: m.id.trim(),
    status: m.status,
    license,
    declared: m.declared,
    locations: m.locations,
    rules,
    kind: optional(m.kind) as ReferenceKind | undefined,
    publisher: optional(m.publisher),
    revision: optional(m.revision),
    commit: optional(m.commit),
    purpose: optional(m.purpose),
  };
}

/** Parse one report's text; `file` names it in errors. Throws a UserError (`file:line:col: message`). */
export function parseReport(text: string, file: string): ParsedReport {
  let doc: unknown;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/\S/.test(body))
    throw new UserError({
      path: file,
      message: 'empty file; expected a model-gate JSON report (model-gate check --format json)',
    });
  try {
    doc = JSON.parse(body);
  } catch (e) {
    const msg = (e as Error).message;
    throw new UserError({
      path: file,
      ...jsonPosition(body),
      message: `not JSON (${msg.split('\n')[0].slice(0, 160)}); expected a model-gate JSON report (model-gate check --format json)`,
    });
  }
  try {
    if (!isObject(doc))
      fail(
        `not a model-gate report: the document is ${describe(doc)}, not an object; expected the output of model-gate check --format json`,
      );
    const other = otherFormat(doc);
    if (other) fail(`${other}, not a model-gate JSON report; write one with model-gate check --format json`);
    if (doc.version === undefined || !('models' in doc) || !('verdict' in doc)) {
      fail('not a model-gate report (no version, verdict and models); write one with model-gate check --format json');
    }
    if (doc.version !== 1) {
      fail(
        `report version ${JSON.stringify(doc.version)?.slice(0, 20)}: this model-gate reads version 1; merge reports written by the same model-gate version`,
      );
    }
    if (doc.verdict !== 'pass' && doc.verdict !== 'fail')
      fail(`/verdict must be "pass" or "fail", not ${JSON.stringify(doc.verdict)?.slice(0, 40)}`);
    const policy = str(doc, 'policy', '');
    if (!Array.isArray(doc.models)) fail(`/models must be an array, not ${describe(doc.models)}`);
    if (doc.models.length > LIMITS.modelsPerReport)
      fail(
        `${doc.models.length} models: more than the ${LIMITS.modelsPerReport.toLocaleString('en-US')} one report may hold`,
      );
    const models = doc.models.map((m, i) => parseModel(m, i));
    const notScanned = Array.isArray(doc.not_scanned) ? doc.not_scanned.length : 0;
    return {
      file,
      verdict: doc.verdict,
      policy,
      repository: parseRepository(doc.repository),
      models,
      not_scanned: notScanned,
    };
  } catch (e) {
    if (e instanceof Bad) throw new UserError({ path: file, message: e.message });
    throw e;
  }
}

const GENERIC_NAMES = new Set(['report', 'model-gate', 'model-gate-report', 'models', 'inventory']);

/**
 * A repository name from a report's file name: `acme__web.json` -> `acme/web` (owners cannot hold `_`, so the
 * first `__` is the slash); a generic name (`report.json`) takes its folder's name instead.
 */
export function nameFromFile(file: string): string {
  let base = basename(file).replace(/\.json$/i, '');
  if (GENERIC_NAMES.has(base.toLowerCase())) {
    const parent = basename(dirname(file));
    if (parent && parent !== '.' && parent !== '/') base = parent;
  }
  const i = base.indexOf('__');
  return i > 0 && i < base.length - 2 ? `${base.slice(0, i)}/${base.slice(i + 2)}` : base;
}
