/** Command-line options of `npm run catalog:refresh`. */
import { catalogDataDir } from '../catalog.js';

export interface RefreshArgs {
  write: boolean;
  report?: string;
  limit: number;
  pages: number;
  data: string;
}

export function parseRefreshArgs(argv: string[]): RefreshArgs {
  const a: RefreshArgs = { write: false, limit: 100, pages: 10, data: catalogDataDir() };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const count = (max: number) => {
      const v = value();
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < 1 || n > max)
        throw new Error(`${flag} takes a whole number from 1 to ${max}, not "${v}"`);
      return n;
    };
    if (flag === '--write') a.write = true;
    else if (flag === '--report') a.report = value();
    else if (flag === '--limit') a.limit = count(1000);
    else if (flag === '--pages') a.pages = count(100);
    else if (flag === '--data') a.data = value();
    else throw new Error(`unknown option "${flag}"; use --write, --report FILE, --limit N, --pages N, --data DIR`);
  }
  return a;
}
