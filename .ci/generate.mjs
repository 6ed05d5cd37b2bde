#!/usr/bin/env node
// Writes every file that derives from the rule modules (src/rules/<group>-<name>.ts), the policy merge table
// (src/policy/merge.ts) and the policy schema, so that none of them is kept by hand:
//
//   src/rules/index.ts               the list of rule modules (RULES) and the registration of their ids (RuleId)
//   schemas/policy.schema.json       rules.* properties, governance.overridable and exceptions[].rules enums
//   schemas/report.schema.json       the finding's rule enum
//   schemas/policy-test.schema.json  the expect.rules, expect.waived and expect.not_rules enums
//   policies/default.yml             its rules: block (each rule's default severity)
//   src/policy/default.generated.ts  policies/default.yml parsed with positions (a check does not parse it)
//   src/scanners/common/needles.generated.ts  the Python and JavaScript pre-filters' searches, built
//   docs/rules/README.md             the rules table
//   README.md                        the list of rules and their default severities
//   docs/policy.md                   the policy merge table and the policy reference
//
// `npm run generate` writes them; `node .ci/generate.mjs --check` (run by .ci/run and a test) fails when one is stale.
// `--root DIR` works on another copy of the repository (the tests use it).
// The sources are TypeScript: they are transpiled (not type-checked) into .tmp/generate and imported from there.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const rootArg = process.argv.indexOf('--root');
const root = rootArg > 0 ? process.argv[rootArg + 1] : join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const SEVERITIES = ['block', 'warn', 'off'];

// ---------------------------------------------------------------------------------------------------------------
// Load the sources

/** Transpile a source file and, following its relative imports, every file it needs (type-only imports vanish). */
function transpile(rel, done = new Set()) {
  if (done.has(rel)) return;
  done.add(rel);
  const text = readFileSync(join(root, 'src', rel), 'utf8');
  const out = ts.transpileModule(text, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, isolatedModules: true },
    fileName: rel,
  }).outputText;
  mkdirSync(dirname(join(build, 'src', rel)), { recursive: true });
  writeFileSync(join(build, 'src', rel.replace(/\.ts$/, '.js')), out);
  for (const imp of ts.preProcessFile(out, true, true).importedFiles) {
    if (imp.fileName.startsWith('.')) transpile(join(dirname(rel), imp.fileName).replace(/\.js$/, '.ts'), done);
  }
}

const build = join(root, '.tmp', 'generate', String(process.pid));
rmSync(build, { recursive: true, force: true });
process.on('exit', () => rmSync(build, { recursive: true, force: true }));
mkdirSync(build, { recursive: true });
writeFileSync(join(build, 'package.json'), '{"type":"module"}\n');
const load = (rel) => {
  transpile(rel);
  return import(pathToFileURL(join(build, 'src', rel.replace(/\.ts$/, '.js'))).href);
};

const fail = (message) => {
  console.error(`generate: ${message}`);
  process.exit(1);
};

/** Every rule module of src/rules/: { file, exportName, meta }. */
async function ruleModules() {
  const out = [];
  for (const file of readdirSync(join(root, 'src', 'rules')).sort()) {
    if (!file.endsWith('.ts') || file === 'index.ts') continue;
    const mod = await load(`rules/${file}`);
    const rules = Object.entries(mod).filter(
      ([, v]) => v && typeof v === 'object' && v.meta?.id && typeof v.evaluate === 'function',
    );
    if (!rules.length) continue;
    if (rules.length > 1) fail(`src/rules/${file} exports ${rules.length} rules; write one rule per module`);
    const [exportName, rule] = rules[0];
    const { meta } = rule;
    if (!/^[a-z]+\.[a-z][a-z-]*$/.test(meta.id))
      fail(`src/rules/${file}: rule id "${meta.id}" must be group.name (lower case)`);
    if (file !== `${meta.id.replace('.', '-')}.ts`)
      fail(`src/rules/${file}: the module of rule ${meta.id} must be named ${meta.id.replace('.', '-')}.ts`);
    if (!SEVERITIES.includes(meta.defaultSeverity))
      fail(`src/rules/${file}: defaultSeverity must be one of ${SEVERITIES.join(', ')}`);
    for (const key of ['description', 'help']) if (!meta[key]?.trim()) fail(`src/rules/${file}: meta.${key} is empty`);
    out.push({ file, exportName, meta });
  }
  return out;
}

/**
 * The rules in evaluation order (the order of findings, SARIF rules and tables): the order of the current
 * src/rules/index.ts, a new rule after the last one of its group (or last), a removed one dropped.
 */
function ordered(modules, indexText) {
  const list = /export const RULES(?:: [^=]+)? = \[([^\]]*)\]/.exec(indexText ?? '')?.[1] ?? '';
  const previous = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const byName = new Map(modules.map((m) => [m.exportName, m]));
  const out = previous.filter((n) => byName.has(n)).map((n) => byName.get(n));
  for (const m of modules) {
    if (out.includes(m)) continue;
    const group = m.meta.id.split('.')[0];
    let at = out.length;
    for (let i = out.length - 1; i >= 0; i--) {
      if (out[i].meta.id.split('.')[0] === group) {
        at = i + 1;
        break;
      }
    }
    out.splice(at, 0, m);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// What is generated

function indexSource(rules) {
  return `// Generated by \`npm run generate\` from the rule modules of this folder: do not edit.
// A new module (group-name.ts, exporting one defineRule(...)) joins RULES after the last rule of its group.
import type { Severity } from '../core/types.js';
${rules.map((r) => `import { ${r.exportName} } from './${r.file.replace(/\.ts$/, '.js')}';`).join('\n')}

/** Every rule, in evaluation order (the order of findings in a report). */
export const RULES = [
${rules.map((r) => `  ${r.exportName},`).join('\n')}
] as const;

type Ids = (typeof RULES)[number]['meta']['id'];

declare module '../core/types.js' {
  // Registers the ids of the modules above: core's RuleId is their union.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RuleRegistry extends Record<Ids, true> {}
}

/** Each rule's default severity, by id. */
export function defaultSeverities(): Record<Ids, Severity> {
  return Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity])) as Record<Ids, Severity>;
}

export type { Rule, RuleContext, RuleResult, SubjectModel } from './types.js';
`;
}

function severityProperty(meta) {
  return { enum: [...SEVERITIES], description: `${meta.description} Default: ${meta.defaultSeverity}.` };
}

/** Set the value at a JSON pointer, failing when the parent does not exist (a schema was reshaped by hand). */
function setAt(doc, pointer, value, file) {
  const parts = pointer.split('/').slice(1);
  let node = doc;
  for (const p of parts.slice(0, -1)) {
    node = node?.[p];
    if (!node || typeof node !== 'object') fail(`${file}: nothing at ${pointer}; update .ci/generate.mjs`);
  }
  node[parts[parts.length - 1]] = value;
}

function schemaFiles(rules, governable) {
  const ids = rules.map((r) => r.meta.id);
  const out = {};
  const edit = (name, fn) => {
    const file = `schemas/${name}.schema.json`;
    const doc = JSON.parse(readFileSync(join(root, file), 'utf8'));
    fn(doc, file);
    out[file] = JSON.stringify(doc, null, 2) + '\n';
  };
  edit('policy', (doc, file) => {
    setAt(
      doc,
      '/properties/rules/properties',
      Object.fromEntries(rules.map((r) => [r.meta.id, severityProperty(r.meta)])),
      file,
    );
    const overridable = ['rules', ...ids.map((id) => `rules.${id}`), ...governable];
    setAt(doc, '/properties/governance/properties/overridable/items/enum', overridable, file);
    const groups = governable.filter((g) => !g.includes('.'));
    const described = [
      'rules (every rule)',
      'rules.RULE_ID',
      ...governable.map((g) => (groups.includes(g) ? `${g} (every ${g} setting)` : g)),
    ];
    setAt(
      doc,
      '/properties/governance/properties/overridable/items/description',
      `A setting path: ${described.join(', ')}.`,
      file,
    );
    setAt(doc, '/properties/exceptions/items/properties/rules/items/enum', ids, file);
  });
  edit('report', (doc, file) => setAt(doc, '/$defs/finding/properties/rule/enum', ids, file));
  edit('policy-test', (doc, file) => {
    for (const key of ['rules', 'waived', 'not_rules'])
      setAt(doc, `/properties/cases/items/properties/expect/properties/${key}/items/enum`, ids, file);
  });
  return out;
}

function defaultPolicy(rules, text) {
  const start = "# rules:start (generated by `npm run generate` from each rule's default severity; do not edit)";
  const end = '# rules:end';
  const block = [start, 'rules:', ...rules.map((r) => `  ${r.meta.id}: ${r.meta.defaultSeverity}`), end].join('\n');
  return replaceBetween(text, start, end, block, 'policies/default.yml');
}

function replaceBetween(text, start, end, block, file) {
  const a = text.indexOf(start.split(' (')[0]);
  const b = text.indexOf(end, a);
  if (a < 0 || b < 0) fail(`${file} has no ${start.split(' (')[0]} ... ${end} markers`);
  return text.slice(0, a) + block + text.slice(b + end.length);
}

const esc = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function rulesTable(rules) {
  const start = '<!-- rules-table:start (generated by `npm run generate` from src/rules/; do not edit) -->';
  const end = '<!-- rules-table:end -->';
  return {
    start,
    end,
    block: [
      start,
      '| rule | default | finding |',
      '| --- | --- | --- |',
      ...rules.map(
        (r) => `| [\`${r.meta.id}\`](${r.meta.id}.md) | ${r.meta.defaultSeverity} | ${esc(r.meta.description)} |`,
      ),
      end,
    ].join('\n'),
  };
}

/** The README's list of rules, each linking its page, with its default severity. */
function readmeRulesList(rules) {
  const start = '<!-- rules-list:start (generated by `npm run generate` from src/rules/; do not edit) -->';
  const end = '<!-- rules-list:end -->';
  return {
    start,
    end,
    block: [
      start,
      '| rule | default | rule | default |',
      '| --- | --- | --- | --- |',
      ...Array.from(
        { length: Math.ceil(rules.length / 2) },
        (_, i) =>
          [rules[2 * i], rules[2 * i + 1]]
            .map((r) => (r ? `| [\`${r.meta.id}\`](docs/rules/${r.meta.id}.md) | ${r.meta.defaultSeverity} ` : '| | '))
            .join('') + '|',
      ),
      end,
    ].join('\n'),
  };
}

function mergeTable(rows) {
  const start = '<!-- merge-table:start (generated by `npm run generate` from src/policy/merge.ts; do not edit) -->';
  const end = '<!-- merge-table:end -->';
  return {
    start,
    end,
    block: [
      start,
      '| setting | merge along `extends` | may be loosened through `governance.overridable` |',
      '| --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| \`${r.path}\` | ${esc(r.doc)} | ${r.governs.length ? r.governs.map((g) => `\`${g}\``).join(', ') : 'no'} |`,
      ),
      end,
    ].join('\n'),
  };
}

function typeOf(s) {
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum) return s.enum.map((v) => `\`${v}\``).join(' \\| ');
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'values'}`;
  if (Array.isArray(s.type)) return s.type.join(' or ');
  return s.type ?? 'value';
}

function policyReference(schema) {
  const start =
    '<!-- policy-reference:start (generated by `npm run generate` from schemas/policy.schema.json; do not edit) -->';
  const end = '<!-- policy-reference:end -->';
  const rows = [];
  const walk = (props, prefix, required = []) => {
    for (const [key, s] of Object.entries(props)) {
      if (key === '$schema') continue;
      const path = prefix ? `${prefix}.${key}` : key;
      const req = required.includes(key) ? ' (required)' : '';
      rows.push(`| \`${path}\` | ${typeOf(s)} | ${esc(s.description ?? '')}${req} |`);
      if (s.type === 'object' && s.properties && path !== 'rules') walk(s.properties, path, s.required ?? []);
      if (s.type === 'array' && s.items?.type === 'object' && s.items.properties)
        walk(s.items.properties, `${path}[]`, s.items.required ?? []);
    }
  };
  walk(schema.properties, '', schema.required ?? []);
  const ruleRows = Object.entries(schema.properties.rules.properties).map(
    ([id, s]) => `| \`rules.${id}\` | ${typeOf(s)} | ${esc(s.description)} |`,
  );
  return {
    start,
    end,
    block: [start, '| setting | type | meaning |', '| --- | --- | --- |', ...rows, ...ruleRows, end].join('\n'),
  };
}

/**
 * The shipped policy, parsed with positions as a check would parse it (src/core/yaml.ts), so that a check with
 * `--policy default` (the action's default) neither reads nor parses it: its YAML parse was about 8 ms of a check of
 * a small repository. Positions keep every error and finding about it where they were.
 */
async function shippedPolicyModule(text) {
  const { parseYamlWithPositions } = await load('core/yaml.ts');
  const doc = parseYamlWithPositions(text, 'policies/default.yml', 'policy');
  const data = {
    value: doc.value,
    valuePos: [...doc.valuePos],
    keyPos: [...doc.keyPos],
    scalarText: [...doc.scalarText],
  };
  return [
    '// Generated by .ci/generate.mjs from policies/default.yml (parsed with src/core/yaml.ts). Do not edit: change',
    '// the policy and run `npm run generate`.',
    '/* eslint-disable */',
    '/** The shipped policy as parseYamlWithPositions reads it: value and positions, as JSON. */',
    `export const SHIPPED_POLICY_JSON: string = ${JSON.stringify(JSON.stringify(data))};`,
    '',
  ].join('\n');
}

/** The pre-filters' name searches, built (`prebuildNeedles`): a run loads them instead of building them. */
async function needlesModule() {
  const { prebuildNeedles } = await load('scanners/common/needles.ts');
  const { PYTHON_SPECIFIC } = await load('scanners/python/prefilter.ts');
  const { JS_SPECIFIC } = await load('scanners/javascript/prefilter.ts');
  const entry = (name, needles) =>
    `export const ${name}: NeedleTable | undefined = ${JSON.stringify(prebuildNeedles(needles, { view: true }))};`;
  return [
    "// Generated by .ci/generate.mjs from the pre-filters' needles. Do not edit: run `npm run generate`.",
    '/* eslint-disable */',
    "import type { NeedleTable } from './needles.js';",
    '',
    entry('PYTHON_SPECIFIC_SEARCH', PYTHON_SPECIFIC),
    entry('JS_SPECIFIC_SEARCH', JS_SPECIFIC),
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Main

const indexPath = 'src/rules/index.ts';
const read = (file) => {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch {
    return undefined;
  }
};
const rules = ordered(await ruleModules(), read(indexPath));
const { GOVERNABLE_SETTINGS, MERGE_TABLE } = await load('policy/merge.ts');

const files = { [indexPath]: indexSource(rules), ...schemaFiles(rules, GOVERNABLE_SETTINGS) };
files['policies/default.yml'] = defaultPolicy(rules, read('policies/default.yml'));
files['src/policy/default.generated.ts'] = await shippedPolicyModule(files['policies/default.yml']);
files['src/scanners/common/needles.generated.ts'] = await needlesModule();
/** Where each generated Markdown block goes: the rules table to the rules index, the policy tables to the policy page. */
const blocks = {
  'docs/rules/README.md': [rulesTable(rules)],
  'README.md': [readmeRulesList(rules)],
  'docs/policy.md': [mergeTable(MERGE_TABLE), policyReference(JSON.parse(files['schemas/policy.schema.json']))],
};
for (const [file, parts] of Object.entries(blocks)) {
  let text = read(file);
  if (text === undefined) fail(`${file} is missing; it holds generated tables`);
  for (const part of parts) text = replaceBetween(text, part.start, part.end, part.block, file);
  files[file] = text;
}

const stale = Object.keys(files).filter((f) => read(f) !== files[f]);
if (check) {
  if (stale.length) {
    console.error(`generated files are stale (${stale.join(', ')}): run npm run generate`);
    process.exit(1);
  }
  console.log(`generated files are current (${rules.length} rules)`);
} else {
  for (const f of stale) writeFileSync(join(root, f), files[f]);
  console.log(
    stale.length
      ? `generate: wrote ${stale.map((f) => relative(root, join(root, f))).join(', ')}`
      : 'generate: every file is current',
  );
}
