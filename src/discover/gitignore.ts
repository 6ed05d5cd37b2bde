import picomatch from 'picomatch';

/** One rule of a .gitignore file. */
interface Rule {
  /** Directory of the .gitignore (POSIX, relative to the root; '' for the root). */
  base: string;
  negate: boolean;
  dirOnly: boolean;
  match: (path: string) => boolean;
}

/** .gitignore rules, for trees that are not git work trees. Later rules win, as in git. */
export class GitIgnore {
  private readonly rules: Rule[] = [];

  /** Adds the rules of a .gitignore found in directory `base`. */
  add(text: string, base = ''): void {
    for (const rawLine of text.split(/\r?\n/)) {
      let line = rawLine.replace(/(?<!\\)\s+$/, '');
      if (!line || line.startsWith('#')) continue;
      let negate = false;
      if (line.startsWith('!')) {
        negate = true;
        line = line.slice(1);
      } else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
      let dirOnly = false;
      if (line.endsWith('/')) {
        dirOnly = true;
        line = line.replace(/\/+$/, '');
      }
      if (!line) continue;
      const anchored = line.includes('/');
      line = line.replace(/^\//, '');
      const pattern = anchored ? line : `**/${line}`;
      const m = picomatch(pattern, { dot: true });
      this.rules.push({ base, negate, dirOnly, match: m });
    }
  }

  get size(): number {
    return this.rules.length;
  }

  /** Whether `path` (a file, or a directory when `isDir`) is ignored by the rules alone (parents not checked). */
  ignores(path: string, isDir: boolean): boolean {
    let ignored = false;
    for (const r of this.rules) {
      if (r.dirOnly && !isDir) continue;
      let rel = path;
      if (r.base) {
        if (!path.startsWith(r.base + '/')) continue;
        rel = path.slice(r.base.length + 1);
      }
      if (r.negate ? ignored : !ignored) {
        if (r.match(rel)) ignored = !r.negate;
      }
    }
    return ignored;
  }

  /** Whether a file is ignored, itself or through one of its directories. */
  ignoresFile(path: string): boolean {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) if (this.ignores(parts.slice(0, i).join('/'), true)) return true;
    return this.ignores(path, false);
  }
}
