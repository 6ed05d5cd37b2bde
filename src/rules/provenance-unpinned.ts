import { isPinnedRevision } from '../core/manifest.js';
import { defineRule, type RuleResult } from './types.js';

/** provenance.unpinned: no commit revision is pinned. */
export const provenanceUnpinned = defineRule({
  meta: {
    id: 'provenance.unpinned',
    description:
      'No commit revision is pinned: none is given, or a branch or tag such as main (an Ollama tag without its digest).',
    help: 'Pin the weights: set `revision:` in models.yaml to the full 40-character commit sha (and pass `revision=` where the code loads it; with a loader that takes no revision, load a file downloaded at that commit).',
    defaultSeverity: 'warn',
  },
  evaluate({ model }): RuleResult[] {
    const f = model.facts;
    if (f.kind === 'local-file' || f.kind === 'url') return [];
    if (f.kind === 'ollama') {
      if (/^(?:sha256:)?[0-9a-f]{64}$/i.test(model.revision ?? '')) return [];
      return [
        {
          message: `${f.id} is an Ollama tag, which can move; no digest is pinned`,
          help: "Pin the Ollama model by its manifest digest: set `revision:` in models.yaml to sha256:<64 hex digits> (from the registry's manifest of the tag).",
        },
      ];
    }
    const rev = model.revision;
    if (isPinnedRevision(rev)) return [];
    // loaded only by names whose files the library checks against SHA-256 sums it ships: the package pins them
    if (!rev && model.references.length && model.references.every((r) => r.packagePinned)) return [];
    return [
      {
        message: rev
          ? `${f.id} is pinned to "${rev}", a branch or tag that can move, not a commit sha`
          : `${f.id} has no pinned revision; the weights can change under you`,
      },
    ];
  },
});
