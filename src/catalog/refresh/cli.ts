/**
 * The catalog refresh as a command: asks the Hub (HF_ENDPOINT, default https://huggingface.co; HF_TOKEN when set)
 * about every catalog model and the most downloaded models, prints (or writes with --report) a Markdown report, and
 * with --write applies the license and gating changes to src/catalog/data/models/*.yml for review.
 * Exit 0 when the Hub answered, 1 when it did not, 2 on a usage error (one line each, no stack trace).
 */
import { writeFileSync } from 'node:fs';
import { parseRefreshArgs, type RefreshArgs } from './args.js';
import { HttpRefreshHub } from './hub-api.js';
import { refreshCatalog } from './refresh.js';

export interface RefreshIo {
  out(s: string): void;
  err(s: string): void;
}

export async function refreshCli(argv: string[], env: NodeJS.ProcessEnv, io: RefreshIo): Promise<number> {
  let args: RefreshArgs;
  try {
    args = parseRefreshArgs(argv);
  } catch (e) {
    io.err(`catalog:refresh: ${(e as Error).message}\n`);
    return 2;
  }
  let hub: HttpRefreshHub;
  try {
    hub = new HttpRefreshHub({ endpoint: env.HF_ENDPOINT || undefined, token: env.HF_TOKEN || undefined });
  } catch {
    io.err(
      `catalog:refresh: HF_ENDPOINT "${env.HF_ENDPOINT}" is not an address; set it to https://huggingface.co or a mirror\n`,
    );
    return 2;
  }
  try {
    const r = await refreshCatalog({
      dataDir: args.data,
      hub,
      limit: args.limit,
      pages: args.pages,
      write: args.write,
    });
    if (args.report) writeFileSync(args.report, r.report + '\n');
    else io.out(r.report + '\n');
    io.err(
      `catalog:refresh: ${r.edits.length} edits ${args.write ? 'applied' : 'proposed'}, ${r.uncovered.length} uncovered checkpoints\n`,
    );
    return 0;
  } catch (e) {
    io.err(`catalog:refresh: ${(e as Error).message}\n`);
    return 1;
  }
}
