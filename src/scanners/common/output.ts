import type { EnvDefinition, EnvUse, ScanFacts, ScanOutput } from '../types.js';
import type { RawUse } from './flow.js';
import { finalize, LineIndex, type RawRef } from './text.js';

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
  extra: { uses?: RawUse[]; env?: RawEnv[] } = {},
): ScanOutput {
  const references = finalize(text, path, scanner, raw);
  const uses = extra.uses ?? [];
  const env = extra.env ?? [];
  if (!uses.length && !env.length) return { references };
  const index = new LineIndex(text);
  const facts: ScanFacts = {};
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
