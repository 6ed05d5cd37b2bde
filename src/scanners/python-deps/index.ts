import { REQUIREMENTS_FILES } from '../../core/requirements-files.js';
import { defineScanner } from '../define.js';
import type { Budget } from '../limits.js';
import { outputOf } from '../common/output.js';
import type { RawRef } from '../common/text.js';
import { SPACY_PACKAGE_NEEDLES, spacyRequirement } from '../common/values.js';

/** Tables of a TOML file whose keys are packages (Poetry, Pipfile, uv's sources, PDM's groups). */
const DEPENDENCY_TABLE_RE =
  /^(?:tool\.poetry\.(?:group\.[^.]+\.)?(?:dev-)?dependencies|tool\.uv\.sources|tool\.pdm\.dev-dependencies|(?:dev-)?packages)$/i;
/** A TOML table's header (`[tool.poetry.dependencies]`, `[[tool.uv.index]]`), with its name. */
const TABLE_RE = /^\[\[?[ \t]*([^\]#]{1,200}?)[ \t]*\]\]?[ \t]*(?:#.*)?$/;
/** What may stand before a requirement at the start of a line: a YAML list item's `- `, an opening quote. */
const LINE_START_RE = /^[ \t]*(?:-[ \t]+)?["']?/;
/** A conda-forge package of a spaCy pipeline (`spacy-model-en_core_web_sm`, `conda-forge::spacy-model-...`). */
const CONDA_SPACY_RE = /^(?:[\w-]{1,64}::)?spacy-model-/i;

type Shape = 'requirements' | 'toml' | 'setup.py' | 'setup.cfg' | 'conda';

function shapeOf(path: string): Shape {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (base === 'pyproject.toml' || base === 'pipfile') return 'toml';
  if (base === 'setup.py') return 'setup.py';
  if (base === 'setup.cfg') return 'setup.cfg';
  if (/\.ya?ml$/.test(base)) return 'conda';
  return 'requirements';
}

/**
 * The spaCy pipelines one dependency file installs. Line by line, each read once: a requirement that starts a line
 * (a requirements line, a YAML list item, an item of a multi-line TOML or Python list, a setup.cfg
 * `install_requires` line); in TOML and setup.py, a requirement that starts a string (`["spacy",
 * "en_core_web_sm==3.7.1"]`); in a dependency table of TOML, a key (`en_core_web_sm = { url = "..." }`) or a
 * table of its own (`[tool.poetry.dependencies.en_core_web_sm]`); in a conda environment, conda-forge's
 * `spacy-model-NAME`. Comment lines are not read. An address of spaCy's releases is the url scanner's.
 */
function analyze(content: string, path: string, budget: Budget): RawRef[] {
  const shape = shapeOf(path);
  const strings = shape === 'toml' || shape === 'setup.py';
  const raw: RawRef[] = [];
  let table = '';
  let start = 0;
  while (start <= content.length) {
    budget.tick();
    let end = content.indexOf('\n', start);
    if (end === -1) end = content.length;
    const line = content.slice(start, end);
    const lead = LINE_START_RE.exec(line)?.[0].length ?? 0;
    const first = line.charAt(line.search(/\S|$/));
    if (first !== '#' && first !== '') {
      const found = new Set<number>();
      const at = (col: number, id: string) => {
        if (found.has(col)) return;
        found.add(col);
        raw.push({ id, kind: 'hub', offset: start + col });
      };
      const header = shape === 'toml' && first === '[' ? TABLE_RE.exec(line.trim()) : null;
      if (header) {
        table = header[1].replace(/[ \t"']/g, '');
        // `[tool.poetry.dependencies.en_core_web_sm]`: the package's table
        const dot = table.lastIndexOf('.');
        if (dot > 0 && DEPENDENCY_TABLE_RE.test(table.slice(0, dot))) {
          const name = table.slice(dot + 1);
          const req = spacyRequirement(name);
          if (req && req.length === name.length) at(line.indexOf(name), req.id);
        }
      } else {
        let rest = line.slice(lead);
        let col = lead;
        if (shape === 'conda') {
          const conda = CONDA_SPACY_RE.exec(rest);
          if (conda) {
            rest = rest.slice(conda[0].length);
            col += conda[0].length;
          }
        }
        const req = spacyRequirement(rest);
        // `NAME = ...`: a TOML key is a package only in a dependency table, and in Python or setup.cfg it is an
        // assignment (`name = en_core_web_sm`); `NAME=3.7.1` is conda's version
        const key = req && /^[ \t]*=(?!=)/.test(rest.slice(req.length, req.length + 64));
        if (req && (!key || shape === 'conda' || shape === 'requirements' || DEPENDENCY_TABLE_RE.test(table)))
          at(col, req.id);
        if (strings) {
          // a requirement that starts a string, anywhere on the line (each quote read once)
          for (const q of line.matchAll(/["']/g)) {
            budget.tick();
            const from = (q.index ?? 0) + 1;
            const r = spacyRequirement(line.slice(from, from + 320));
            if (r) at(from, r.id);
          }
        }
      }
    }
    start = end + 1;
  }
  return raw;
}

export const pythonDeps = defineScanner({
  name: 'python-deps',
  description:
    "Python dependency files: pip's requirements files, pyproject.toml (PEP 621, Poetry, uv, PDM), setup.py, setup.cfg, Pipfile and the pip section of conda's environment.yml: the spaCy pipelines they install as packages (`en_core_web_sm @ https://...`, `en-core-web-sm==3.7.1`, `en_core_web_sm = { url = ... }`, conda-forge's `spacy-model-en_core_web_sm`), as spacy/NAME.",
  fileMatch: [
    ...REQUIREMENTS_FILES,
    '**/pyproject.toml',
    '**/Pipfile',
    '**/setup.py',
    '**/setup.cfg',
    '**/environment.yml',
    '**/environment.yaml',
    '**/environment-*.yml',
    '**/environment-*.yaml',
  ],
  triggers: SPACY_PACKAGE_NEEDLES,
  analyze(content, path, _ctx, budget) {
    return outputOf(content, path, 'python-deps', analyze(content, path, budget));
  },
});
