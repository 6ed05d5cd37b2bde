import picomatch from 'picomatch';

/**
 * Globs over repository paths as model-gate matches them everywhere: picomatch with `{ dot: true, nocase: true }`.
 * The shapes scanners and policies use most (`**\/*.md`, `**\/docs/**`, `**\/test_*.py`, `**\/templates/*.tpl`)
 * are tested with string operations on ASCII paths; picomatch compiles the others. Building and first running
 * picomatch matchers cost a few milliseconds at every start for globs a string test answers alike
 * (__tests__/core/glob.test.ts compares both on generated paths).
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const which = globMatchers([globs]);
  return (path) => which(path).length > 0;
}

/**
 * One matcher per list of globs, as `globMatcher` each, asked together: the indices of the lists that match
 * `path`. The path is checked and lower-cased once for all of them (a scan asks this of every file).
 */
export function globMatchers(lists: ReadonlyArray<readonly string[]>): (path: string) => number[] {
  const sets = lists.map((globs) => {
    // the string tests by the extension of the base names they can match (see extensionOf), and those that can
    // match any: a path asks only its extension's and the others
    const byExt = new Map<string, BaseTest[]>();
    const any: BaseTest[] = [];
    const rest: string[] = [];
    for (const g of globs) {
      const t = fastGlob(g);
      if (!t) rest.push(g);
      else if (t.ext === undefined) any.push(t.test);
      else byExt.set(t.ext, [...(byExt.get(t.ext) ?? []), t.test]);
    }
    return {
      globs,
      byExt,
      any,
      rest,
      slow: undefined as ((path: string) => boolean) | undefined,
      full: undefined as ((path: string) => boolean) | undefined,
    };
  });
  return (path) => {
    const out: number[] = [];
    // Only printable ASCII paths take the string tests: case folding beyond ASCII differs between toLowerCase and
    // a case-insensitive RegExp, and picomatch treats some characters of its own.
    if (!SAFE_PATH.test(path)) {
      sets.forEach((m, i) => {
        if (!m.globs.length) return;
        m.full ??= picomatch([...m.globs], { dot: true, nocase: true });
        if (m.full(path)) out.push(i);
      });
      return out;
    }
    const lower = path.toLowerCase();
    const base = lower.lastIndexOf('/') + 1;
    const ext = extensionOf(lower, base);
    for (let i = 0; i < sets.length; i++) {
      const m = sets[i];
      let hit = false;
      const tests = m.byExt.get(ext);
      if (tests) for (const t of tests) if ((hit = t(lower, base))) break;
      if (!hit) for (const t of m.any) if ((hit = t(lower, base))) break;
      if (!hit && m.rest.length) hit = (m.slow ??= picomatch(m.rest, { dot: true, nocase: true }))(path);
      if (hit) out.push(i);
    }
    return out;
  };
}

type BaseTest = (lowerPath: string, base: number) => boolean;

/** The key of a base name's extension: what follows its last `.`, or NO_EXT when it has none. */
function extensionOf(s: string, from: number): string {
  const dot = s.lastIndexOf('.');
  return dot < from ? NO_EXT : s.slice(dot + 1);
}
const NO_EXT = '/';

/**
 * The extension key (extensionOf) of every base name a base-name pattern matches, when they share one: a pattern
 * that ends with literals holding a `.` (`*.py`, `*.tar.gz`, `.env`), or a literal without one (`Makefile`).
 * Undefined when base names of several extensions match (`Dockerfile.*`, `test_*`).
 */
function patternExtension(pattern: string): string | undefined {
  const star = pattern.lastIndexOf('*');
  const tail = pattern.slice(star + 1);
  if (tail.includes('.')) return extensionOf(tail, 0);
  return star < 0 ? NO_EXT : undefined;
}

/** Paths the string tests read alike: printable ASCII, no leading `./`, no empty segment. */
const SAFE_PATH = /^(?!\.\/)(?!.*\/\/)(?!.*\/$)(?!\/)[\x20-\x5b\x5d-\x7e]+$/;
const LITERAL = /^[^*?[\]{}()!+@\\/]+$/;

/** A base-name pattern of literals and `*` (not crossing `/`), as a test of the lower-cased base name. */
function wildcardTest(pattern: string): ((s: string, from: number) => boolean) | undefined {
  const parts = pattern.split('*');
  if (!parts.every((p) => p === '' || LITERAL.test(p))) return undefined;
  if (parts.length === 1) return (s, from) => s.length - from === pattern.length && s.startsWith(pattern, from);
  const head = parts[0];
  const tail = parts[parts.length - 1];
  const middle = parts.slice(1, -1).filter((p) => p !== '');
  const min = head.length + tail.length + middle.reduce((n, p) => n + p.length, 0);
  return (s, from) => {
    if (s.length - from < min || !s.startsWith(head, from) || !s.endsWith(tail)) return false;
    // Leftmost placement of each middle part between head and tail: a match exists iff this one fits.
    let at = from + head.length;
    const end = s.length - tail.length;
    for (const p of middle) {
      const i = s.indexOf(p, at);
      if (i < 0 || i + p.length > end) return false;
      at = i + p.length;
    }
    return true;
  };
}

/**
 * A string test for `**`, `**\/P`, `**\/D/**` and `**\/D/P` (D a literal folder name, P literals and `*`), with
 * the extension key of the base names it can match (undefined: any); undefined for any other glob.
 */
function fastGlob(glob: string): { test: BaseTest; ext: string | undefined } | undefined {
  if (!/^[\x20-\x7e]+$/.test(glob)) return undefined;
  if (glob === '**') return { test: () => true, ext: undefined };
  if (!glob.startsWith('**/')) return undefined;
  const rest = glob.slice(3).toLowerCase();
  const segs = rest.split('/');
  if (segs.length === 1) {
    const t = wildcardTest(rest);
    return t && { test: t, ext: patternExtension(rest) };
  }
  if (segs.length !== 2 || !LITERAL.test(segs[0])) return undefined;
  const dir = segs[0];
  if (segs[1] === '**') {
    // Any segment, the last included (picomatch: `**/docs/**` matches `docs` and `a/docs`).
    const test: BaseTest = (p) => {
      let from = 0;
      for (;;) {
        const slash = p.indexOf('/', from);
        const end = slash < 0 ? p.length : slash;
        if (end - from === dir.length && p.startsWith(dir, from)) return true;
        if (slash < 0) return false;
        from = slash + 1;
      }
    };
    return { test, ext: undefined };
  }
  const t = wildcardTest(segs[1]);
  if (!t) return undefined;
  const test: BaseTest = (p, base) => {
    if (base === 0) return false;
    const parentStart = p.lastIndexOf('/', base - 2) + 1;
    return base - 1 - parentStart === dir.length && p.startsWith(dir, parentStart) && t(p, base);
  };
  return { test, ext: patternExtension(segs[1]) };
}
