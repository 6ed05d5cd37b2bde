import type { Catalog } from '../catalog/catalog.js';
import { normalizeModelId } from '../core/manifest.js';
import { FactResolver } from '../engine/resolve.js';
import type { LicenseTerms, Manifest, ManifestEntry, ModelResolver, Policy } from '../core/types.js';
import { RULES, type SubjectModel } from '../rules/index.js';
import { fmtNumber } from '../rules/types.js';
import { gatedText } from '../report/notes.js';
import { evaluate } from '../engine/evaluate.js';

export interface ExplainOptions {
  policy: Policy;
  catalog: Catalog;
  resolver?: ModelResolver;
  color?: boolean;
  now?: Date;
  /** The repository's manifest: a model it declares is explained with its declared license, base and revision. */
  manifest?: Manifest;
}

/** The manifest entry that declares a model (ids compared as the catalog names them). */
function declaredEntry(model: string, manifest: Manifest | undefined, catalog: Catalog): ManifestEntry | undefined {
  const key = (raw: string) => {
    const { id, kind } = normalizeModelId(raw);
    return (kind === 'hub' ? (catalog.model(id)?.id ?? id) : id).toLowerCase();
  };
  const want = key(model);
  return manifest?.entries.find((e) => key(e.id) === want);
}

function clean(s: string): string {
  // eslint-disable-next-line no-control-regex -- blanks control characters in hostile text before it reaches the terminal
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

function termsLines(t: LicenseTerms): string[] {
  const yesNo = (b: boolean) => (b ? 'yes' : 'no');
  const lines = [
    `  license        ${t.id}: ${t.name} (${t.category}${t.osi_approved ? ', OSI-approved' : ''})`,
    `  commercial     ${t.commercial === 'conditional' ? `conditional: ${t.commercial_condition ?? ''}` : yesNo(t.commercial)}`,
  ];
  if (t.user_cap) lines.push(`  user cap       ${fmtNumber(t.user_cap)} monthly active users`);
  if (t.revenue_cap_usd)
    lines.push(
      `  revenue cap    USD ${fmtNumber(t.revenue_cap_usd)} annual revenue${t.revenue_cap_inclusive ? ' (reaching it counts)' : ''}`,
    );
  if (t.derivatives === false)
    lines.push(`  derivatives    none allowed${t.derivatives_clause ? `: ${t.derivatives_clause}` : ''}`);
  if (t.excluded_regions?.length)
    lines.push(`  excluded       ${t.excluded_regions.join(', ')}${t.region_clause ? `: ${t.region_clause}` : ''}`);
  if (t.attribution) lines.push(`  attribution    ${t.attribution}`);
  if (t.naming) lines.push(`  naming         ${t.naming}`);
  if (t.output_training) lines.push(`  outputs        ${t.output_training}`);
  if (t.acceptable_use) lines.push(`  use policy     ${t.acceptable_use}`);
  lines.push(`  pass downstream ${yesNo(t.restrictions_pass_downstream)}`);
  lines.push(`  license text   ${t.url}`);
  if (t.unconfirmed) lines.push(`  unconfirmed    ${t.unconfirmed}`);
  return lines;
}

/** What model-gate knows of a model and how each rule of the policy decides on it. */
export async function explain(model: string, opts: ExplainOptions): Promise<string> {
  const { policy, catalog } = opts;
  const c = (code: string) => (s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const bold = c('1');
  const dim = c('2');
  const entry = declaredEntry(model, opts.manifest, catalog);
  const facts = await new FactResolver(catalog, opts.resolver).resolve({
    ...normalizeModelId(entry?.id ?? model),
    revision: entry?.revision,
    manifestLicense: entry?.license,
    manifestBase: entry?.base_model,
  });
  const out: string[] = [bold(clean(facts.id))];
  if (entry && opts.manifest) {
    const what = [
      entry.license ? `license ${entry.license}` : 'no license',
      entry.base_model ? `base ${entry.base_model}` : '',
      entry.revision ? `revision ${entry.revision}` : '',
    ]
      .filter(Boolean)
      .map(clean);
    out.push(`  declared       ${opts.manifest.path}:${entry.location.line} (${what.join(', ')})`);
  }
  const cat = facts.catalog;
  if (!cat && !facts.hub) {
    out.push(
      `  not in model-gate's catalog${opts.resolver ? '' : ' (offline: the Hub was not asked)'}${facts.hubFailure ? `; Hub: ${clean(facts.hubFailure.message)}` : ''}`,
    );
  }
  if (cat) {
    out.push(`  family         ${cat.family}`);
    out.push(`  publisher      ${cat.publisher}`);
    // a family rule may state neither: unknown is said, never shown as "no" or as nothing
    out.push(`  gated          ${facts.gated === undefined ? 'not stated' : gatedText(facts.gated)}`);
    const formats = facts.formats ?? cat.formats;
    out.push(
      `  formats        ${formats.length ? formats.join(', ') : 'not stated'}${facts.kind === 'ollama' ? ' (the Ollama library build)' : ''}`,
    );
    out.push(`  openness       ${cat.openness}${cat.data_released ? ' (training data released)' : ''}`);
    if (cat.aliases?.length) out.push(`  aliases        ${cat.aliases.join(', ')}`);
    out.push(`  model card     ${cat.source}`);
    if (cat.unconfirmed) out.push(`  unconfirmed    ${cat.unconfirmed}`);
  } else if (facts.hub) {
    out.push(`  publisher      ${clean(facts.hub.author ?? '?')} (from the Hub)`);
    if (facts.formats?.length) out.push(`  formats        ${facts.formats.join(', ')}`);
    if (facts.gated !== undefined) out.push(`  gated          ${gatedText(facts.gated)}`);
    if (facts.lastModified) out.push(`  last commit    ${facts.lastModified}${facts.sha ? ` (${facts.sha})` : ''}`);
  }
  const terms = catalog.license(facts.effectiveLicense ?? facts.license);
  if (terms) out.push(...termsLines(terms));
  if (facts.licenseSource === 'manifest') out.push(`  license from   the manifest alone (declared, unverified)`);
  else if (facts.licenseSource)
    out.push(
      `  license from   ${facts.licenseSource === 'hub' ? 'the Hub' : `the catalog${facts.catalogMatch ? ` (${facts.catalogMatch} match)` : ''}`}`,
    );
  else out.push(`  license        unknown${facts.licenseRaw ? ` (${clean(facts.licenseRaw)})` : ''}`);
  if (facts.lineage.length > 1)
    out.push(
      `  lineage        ${facts.lineage.map((s) => `${clean(s.id)}${s.license ? ` (${clean(s.license)})` : ''}`).join(' → ')}`,
    );
  if (facts.effectiveFrom)
    out.push(`  bound by       ${facts.effectiveLicense} (inherited from ${facts.effectiveFrom})`);
  for (const n of facts.notes) out.push(`  note           ${clean(n)}`);
  if (facts.sources.length) out.push(`  sources        ${[...new Set(facts.sources)].join('\n                 ')}`);

  out.push('', bold(`Policy "${policy.name}"`) + dim(` (chain: ${policy.chain.join(' → ')})`));
  const originText = (setting: string) => {
    const o = policy.origins[setting];
    return o ? dim(`  (${o.path}:${o.line})`) : dim('  (default)');
  };
  const setting = (label: string, key: string, value: string | number | boolean | readonly string[] | undefined) => {
    if (value === undefined) return;
    out.push(
      `  ${label.padEnd(30)} ${Array.isArray(value) ? value.join(', ') || '[]' : String(value)}${originText(key)}`,
    );
  };
  setting('licenses.allow', 'licenses.allow', policy.licenses.allow);
  setting('licenses.allow_categories', 'licenses.allow_categories', policy.licenses.allow_categories);
  setting('licenses.deny', 'licenses.deny', policy.licenses.deny.length ? policy.licenses.deny : undefined);
  setting(
    'licenses.deny_categories',
    'licenses.deny_categories',
    policy.licenses.deny_categories.length ? policy.licenses.deny_categories : undefined,
  );
  setting('use.commercial', 'use.commercial', policy.use.commercial);
  setting('use.monthly_active_users', 'use.monthly_active_users', policy.use.monthly_active_users);
  setting('use.annual_revenue_usd', 'use.annual_revenue_usd', policy.use.annual_revenue_usd);
  setting('use.regions', 'use.regions', policy.use.regions);
  setting('openness.minimum', 'openness.minimum', policy.openness.minimum);
  setting('provenance.trusted_publishers', 'provenance.trusted_publishers', policy.provenance.trusted_publishers);

  const subject: SubjectModel = {
    facts,
    entry,
    references: [],
    location: entry?.location ?? { path: '(explain)', line: 1 },
  };
  if (entry?.revision) subject.revision = entry.revision;
  const report = evaluate({ subjects: [subject], policy, catalog, now: opts.now });
  const m = report.models[0];
  out.push('', bold('Rules'));
  for (const rule of RULES) {
    const sev = policy.rules[rule.meta.id];
    const hits = m.findings.filter((f) => f.rule === rule.meta.id);
    const decision =
      sev === 'off'
        ? dim('off')
        : hits.length
          ? hits.every((h) => h.waived)
            ? 'waived'
            : sev === 'block'
              ? 'BLOCK'
              : 'warn'
          : 'pass';
    out.push(`  ${rule.meta.id.padEnd(31)} ${sev.padEnd(5)} ${decision}${originText(`rules.${rule.meta.id}`)}`);
    for (const h of hits) out.push(`      ${clean(h.message)}`);
  }
  out.push(
    '',
    `Status under this policy: ${bold(m.status)}${m.alternatives?.length ? ` (allowed alternatives: ${m.alternatives.join(', ')})` : ''}`,
  );
  out.push(
    dim(
      entry
        ? `(explain checks the model as ${opts.manifest?.path ?? 'the manifest'} declares it, without the code that loads it.)`
        : '(explain checks the model alone: no revision is pinned and nothing is declared, so provenance.unpinned may show.)',
    ),
  );
  return out.join('\n') + '\n';
}
