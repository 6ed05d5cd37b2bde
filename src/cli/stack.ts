import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { dirname, resolve } from 'node:path';

/** Stack frames read at most (a stack trace is short; this bounds the work on a pathological one). */
const MAX_FRAMES = 50;

/**
 * A stack trace with each frame in a bundle that has a source map beside it (`FILE.map`: dist/cli/bundle.js.map)
 * followed by the place in the sources it comes from: `at fn (dist/cli/bundle.js:2:1234) [src/cli/cli.ts:88:5]`.
 * The CLI's bundle is compiled by node:vm (start.ts), whose frames Node.js 20 does not map even with
 * `--enable-source-maps`. Frames without a map are left as they are; nothing here throws.
 */
export function mapStack(stack: string): string {
  const maps = new Map<string, SourceMap | undefined>();
  let frames = 0;
  return stack.replace(
    /\(?((?:file:\/\/)?\/[^\s():]+\.[cm]?js):(\d+):(\d+)\)?/g,
    (frame, file: string, l: string, c: string) => {
      if (++frames > MAX_FRAMES) return frame;
      const path = file.startsWith('file://') ? new URL(file).pathname : file;
      let map = maps.get(path);
      if (!maps.has(path)) {
        try {
          map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')) as SourceMapPayload);
        } catch {
          map = undefined;
        }
        maps.set(path, map);
      }
      if (!map) return frame;
      const entry = map.findEntry(Number(l) - 1, Number(c) - 1) as Partial<{
        originalSource: string;
        originalLine: number;
        originalColumn: number;
      }>;
      if (!entry.originalSource) return frame;
      const source = entry.originalSource.replace(/^webpack:\/\/[^/]*\//, '');
      const shown = source.startsWith('/') || /^\w+:/.test(source) ? source : resolve(dirname(path), source);
      return `${frame} [${shown}:${(entry.originalLine ?? 0) + 1}:${(entry.originalColumn ?? 0) + 1}]`;
    },
  );
}
