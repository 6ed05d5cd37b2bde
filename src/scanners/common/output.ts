import type { ClassUse, EnvDefinition, EnvUse, FieldDefinition, FieldUse, ScanFacts, ScanOutput } from '../types.js';
import type { RawClassUse, RawField, RawFieldUse, RawUse } from './flow.js';
import { finalize, isSuppressed, LineIndex, suppressedLines, type RawRef } from './text.js';

/** An environment variable set at an offset of the scanned text. */
export interface RawEnv {
  name: string;
  value: string;
  offset: number;
}

/** The output of a scan: references placed and suppressed (see `finalize`), facts placed at their lines. */
export function outputOf(
  text: string,
  path: string,
  scanner: string,
  raw: RawRef[],
  extra: {
    uses?: RawUse[];
    env?: RawEnv[];
    fields?: RawField[];
    fieldUses?: RawFieldUse[];
    classes?: string[];
    classServers?: Record<string, string>;
    classWraps?: string[];
    classUses?: RawClassUse[];
  } = {},
): ScanOutput {
  const references = finalize(text, path, scanner, raw);
  const uses = extra.uses ?? [];
  const env = extra.env ?? [];
  const fields = extra.fields ?? [];
  const fieldUses = extra.fieldUses ?? [];
  const classes = extra.classes ?? [];
  const classUses = extra.classUses ?? [];
  if (!uses.length && !env.length && !fields.length && !fieldUses.length && !classes.length && !classUses.length)
    return { references };
  const index = new LineIndex(text);
  const facts: ScanFacts = {};
  if (classes.length) {
    const servers = extra.classServers;
    const wraps = extra.classWraps;
    facts.classes = classes.map((name) => ({
      name,
      path,
      ...(servers && Object.hasOwn(servers, name) ? { server: servers[name] } : {}),
      ...(wraps?.includes(name) ? { wraps: true } : {}),
    }));
  }
  if (classUses.length) {
    facts.classUses = classUses.map((u) => {
      const { line, column } = index.position(u.offset);
      return { name: u.name, module: u.module, value: u.value, path, line, column } satisfies ClassUse;
    });
  }
  if (fields.length) {
    // a field on a suppressed line tells nothing
    const suppressed = suppressedLines(text);
    facts.fields = [];
    for (const f of fields) {
      const { line, column } = index.position(f.offset);
      if (isSuppressed(suppressed, line)) continue;
      facts.fields.push({
        owner: f.owner,
        name: f.name,
        value: f.value,
        path,
        line,
        column,
        scanner,
      } satisfies FieldDefinition);
    }
  }
  if (fieldUses.length) {
    const seen = new Set<string>();
    facts.fieldUses = [];
    for (const u of fieldUses) {
      const line = index.line(u.offset);
      const key = `${u.name}\0${u.mode}\0${u.strength}\0${line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      facts.fieldUses.push({
        name: u.name,
        owners: u.owners,
        mode: u.mode,
        strength: u.strength,
        path,
        line,
      } satisfies FieldUse);
    }
  }
  if (uses.length) {
    const seen = new Set<string>();
    facts.uses = [];
    for (const u of uses) {
      const line = index.line(u.offset);
      const key = `${u.name}\0${u.mode}\0${line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      facts.uses.push({ name: u.name, mode: u.mode, path, line } satisfies EnvUse);
    }
  }
  if (env.length) {
    facts.env = env.map((d) => {
      const { line, column } = index.position(d.offset);
      return { name: d.name, value: d.value, path, line, column, scanner } satisfies EnvDefinition;
    });
  }
  return { references, facts };
}
