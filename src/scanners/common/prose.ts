import type { Budget } from '../limits.js';
import type { ScanContext } from '../types.js';
import { isDatasetRepoId, isHubIdShape } from './ids.js';
import type { RawRef } from './text.js';

/**
 * An `org/name` standing alone in prose, a table or an inline code span: not part of a path, an address or a
 * prefixed id (no word character, `.`, `/`, `@`, `:` or `-` before it; no word character, `/` or `-` after it).
 * Each part is bounded, so that the pattern is linear in the text.
 */
const PROSE_ID_RE = /(?<![\w./@:-])([A-Za-z0-9][\w.-]{0,95}\/[A-Za-z0-9][\w.-]{0,95})(?![\w/-])/g;

/**
 * The Hub ids that documentation names in its prose ("we fine-tune `google/gemma-2-9b-it`", a table of the
 * models a project uses): only ids the catalog knows, since prose is full of `and/or`, `input/output` and
 * `owner/repo` of GitHub. A sentence's full stop after an id is not part of it. With `mention`, each is marked as
 * written in documentation (a notebook's Markdown cell); in a document, its path says so.
 */
export function proseIds(text: string, ctx: ScanContext, budget?: Budget, mention = false): RawRef[] {
  const out: RawRef[] = [];
  for (const m of text.matchAll(PROSE_ID_RE)) {
    budget?.tick(m[0].length);
    const id = m[1].replace(/\.+$/, '');
    if (!isHubIdShape(id) || isDatasetRepoId(id) || !ctx.isKnownModel(id)) continue;
    out.push(mention ? { id, kind: 'hub', offset: m.index, mention } : { id, kind: 'hub', offset: m.index });
  }
  return out;
}
