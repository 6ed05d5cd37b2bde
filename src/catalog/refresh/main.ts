/**
 * `npm run catalog:refresh [-- --write] [--report FILE] [--limit N] [--pages N] [--data DIR]`: see cli.ts.
 * Built with ncc into .tmp/catalog-refresh/ (like the bench), never shipped in dist/.
 */
import { refreshCli } from './cli.js';

void refreshCli(process.argv.slice(2), process.env, {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
}).then((code) => process.exit(code));
