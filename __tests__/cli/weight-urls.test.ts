import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { schemaValidator } from '../../src/core/validate.js';
import { runCli as run } from '../helpers/cli.js';
import { reportJson } from '../helpers/json.js';

/** Weight files downloaded by URL outside the Hub, through the CLI: found, resolved, evaluated, declared. */
const tmps: string[] = [];
afterAll(() => tmps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-urls-'));
  tmps.push(dir);
  write(dir, files);
  return dir;
}
function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

interface ModelJson {
  id: string;
  kind: string;
  status: string;
  license: string | null;
  license_source: string | null;
  declared: boolean;
  publisher?: string;
  match?: string;
  findings: Array<{ rule: string; severity: string; message: string; help?: string }>;
}
async function checkJson(dir: string): Promise<{ code: number; verdict: string; models: ModelJson[] }> {
  const r = await run(['check', dir, '--offline', '--format', 'json']);
  const report = reportJson(r.stdout);
  expect(schemaValidator('report')(report)).toBe(true);
  return { code: r.code, verdict: report.verdict, models: report.models as unknown as ModelJson[] };
}
const rules = (m: ModelJson, severity: string) => m.findings.filter((f) => f.severity === severity).map((f) => f.rule);

const ONNX = 'https://github.com/acme-vision/segmenter/releases/download/v2.0/segmenter.onnx';
const SCRIPT = `#!/usr/bin/env bash
set -euo pipefail
mkdir -p models
curl -L -o models/segmenter.onnx "${ONNX}?token=s3cr3t"
`;

describe('weight files by URL, end to end', () => {
  it('a repository whose only model is a downloaded file is blocked; the printed advice, followed, makes it pass', async () => {
    const dir = tree({ 'scripts/fetch_models.sh': SCRIPT, 'app/main.py': 'import onnxruntime\n' });
    const text = await run(['check', dir, '--offline']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      new RegExp(`^BLOCKED\\s+${ONNX.replace(/[.?]/g, '\\$&')}\\s+unknown\\s+scripts/fetch_models\\.sh:4$`, 'm'),
    );
    // the token of the signed address is never printed
    expect(text.stdout).not.toMatch(/s3cr3t|token=/);
    expect(text.stdout).toMatch(/license\.unknown .*a URL carries no license metadata/);
    expect(text.stdout).toMatch(
      /→ Read the publisher's terms for the file .*`id:` the address as printed here, with its `license:`/,
    );
    expect(text.stdout).toMatch(
      /manifest\.undeclared .*→ Declare the file in models\.yaml \(`id:` the address as printed here, with its `license:`\)/s,
    );

    const before = await checkJson(dir);
    expect(before.verdict).toBe('fail');
    expect(before.models).toHaveLength(1);
    expect(before.models[0]).toMatchObject({
      id: ONNX,
      kind: 'url',
      status: 'blocked',
      publisher: 'acme-vision',
      declared: false,
    });
    expect(rules(before.models[0], 'block')).toEqual(['license.unknown']);

    // following the advice: the address as printed, with its license
    write(dir, { 'models.yaml': `models:\n  - id: ${ONNX}\n    license: mit\n` });
    const after = await checkJson(dir);
    expect(after.code).toBe(0);
    expect(after.verdict).toBe('pass');
    expect(after.models).toHaveLength(1);
    const m = after.models[0];
    expect(m).toMatchObject({
      id: ONNX,
      kind: 'url',
      status: 'warning',
      license: 'mit',
      license_source: 'manifest',
      declared: true,
    });
    expect(rules(m, 'block')).toEqual([]);
    expect(rules(m, 'warn')).toEqual(expect.arrayContaining(['license.unverified', 'provenance.untrusted-publisher']));
    expect(rules(m, 'warn')).not.toContain('manifest.undeclared');
    // a declared address with a query string is the same file
    write(dir, { 'models.yaml': `models:\n  - id: "${ONNX}?download=true"\n    license: mit\n` });
    expect((await checkJson(dir)).models.map((x) => [x.id, x.declared])).toEqual([[ONNX, true]]);
  });

  it("resolves a known publisher's checkpoint through the catalog, and blocks it as the pickle file it is", async () => {
    const sam2 = 'https://dl.fbaipublicfiles.com/segment_anything_2/092824/sam2.1_hiera_large.pt';
    const dir = tree({
      'checkpoints/download_ckpts.sh': `SAM2p1_BASE_URL="https://dl.fbaipublicfiles.com/segment_anything_2/092824"\nsam2p1_hiera_l_url="\${SAM2p1_BASE_URL}/sam2.1_hiera_large.pt"\nwget $sam2p1_hiera_l_url\n`,
      'models.yaml': `models:\n  - id: ${ONNX}\n    license: mit\n`,
      'scripts/fetch_models.sh': SCRIPT,
    });
    const r = await checkJson(dir);
    const m = r.models.find((x) => x.id === sam2)!;
    expect(m).toMatchObject({
      kind: 'url',
      license: 'apache-2.0',
      license_source: 'catalog',
      match: 'family',
      publisher: 'facebook',
    });
    // facebook is a trusted publisher of the default policy; the license is permissive; the file is a pickle
    expect(rules(m, 'block')).toEqual(['provenance.unsafe-format']);
    const unsafe = m.findings.find((f) => f.rule === 'provenance.unsafe-format')!;
    expect(unsafe.message).toBe(`${sam2} is a pickle file (.pt), which can run code when loaded`);
    expect(unsafe.help).toMatch(/\.safetensors/);
    expect(rules(m, 'warn')).not.toContain('provenance.untrusted-publisher');
    expect(r.verdict).toBe('fail');
  });

  it("a URL the catalog names as the files of a model carries that model's terms (Coqui XTTS-v2: non-commercial)", async () => {
    const dir = tree({
      'train_gpt_xtts.py': 'XTTS_CHECKPOINT_LINK = "https://coqui.gateway.scarf.sh/hf-coqui/XTTS-v2/main/model.pth"\n',
    });
    const m = (await checkJson(dir)).models[0];
    expect(m).toMatchObject({ license: 'cpml', match: 'alias', publisher: 'coqui' });
    expect(rules(m, 'block')).toEqual(expect.arrayContaining(['provenance.unsafe-format']));
    expect(rules(m, 'block').some((x) => x.startsWith('license.') || x.startsWith('use.'))).toBe(true);
  });

  it('lists an address in a README or a test as a mention, not a model', async () => {
    const dir = tree({
      'README.md': `Download the weights: ${ONNX}\n`,
      'tests/test_fetch.py': `URL = "${ONNX}"\n`,
    });
    const r = await run(['check', dir, '--offline', '--format', 'json']);
    const report = reportJson(r.stdout);
    expect(report.models).toEqual([]);
    expect((report.mentions ?? []).map((x: { id: string; path: string }) => `${x.path} ${x.id}`).sort()).toEqual([
      `README.md ${ONNX}`,
      `tests/test_fetch.py ${ONNX}`,
    ]);
  });
});
