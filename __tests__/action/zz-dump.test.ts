import { it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../helpers/fake-github.js';
it('dump', async () => {
  const gh = await FakeGitHub.start();
  const tmp = mkdtempSync(join(tmpdir(), 'dump-'));
  cpSync('__tests__/fixtures/action/repo', join(tmp, 'ws'), { recursive: true });
  gh.setFile('b', 'models.yaml', 'models:\n  - id: mistralai/Mistral-7B-Instruct-v0.3\n    revision: e0bc86c23ce5aae1db576c8cca6f06f1f73af2db\n    purpose: support chat assistant\n');
  gh.pullFiles.set(7, [{ filename: 'models.yaml', status: 'modified', patch: '@@ -1,4 +1,9 @@\n models:\n   - id: m\n     r\n     p\n+  - id: black-forest-labs/FLUX.1-dev\n+    revision: x\n+    purpose: marketing images\n+  - id: acme/in-house-classifier\n+    purpose: ticket triage' }]);
  writeFileSync(join(tmp, 'event.json'), JSON.stringify({ number: 7, pull_request: { number: 7, base: { sha: 'b', repo: { full_name: 'acme/app' } }, head: { sha: 'h', repo: { full_name: 'acme/app' } } } }));
  writeFileSync(join(tmp, 'out'), ''); writeFileSync(join(tmp, 'sum'), '');
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['dist/index.js'], { env: { PATH: process.env.PATH, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(tmp, 'event.json'), GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'm', GITHUB_API_URL: gh.url, GITHUB_WORKSPACE: join(tmp, 'ws'), RUNNER_TEMP: tmp, GITHUB_OUTPUT: join(tmp, 'out'), GITHUB_STEP_SUMMARY: join(tmp, 'sum'), INPUT_TOKEN: 'x', INPUT_HUB: 'false', INPUT_REVIEW: 'true', MODEL_GATE_GITHUB_RETRY_BASE_MS: '1' }, encoding: 'utf8' });
  console.log(Date.now() - t0, 'ms\n', r.stdout, r.stderr, '\n=====COMMENT\n', gh.issueComments[0]?.body, '\n=====REVIEW\n', JSON.stringify(gh.reviewComments, null, 1), '\n=====ANN\n', JSON.stringify(gh.checkRuns[0].annotations, null, 1), '\n====OUT\n', readFileSync(join(tmp, 'out'), 'utf8'), gh.checkRuns[0].output?.summary);
  await gh.close();
});
