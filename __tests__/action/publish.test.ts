import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { batches, capAnnotations, reportAnnotations } from '../../src/action/annotations.js';
import { checkSummary, checkTitle, conclusionFor, publishCheckRun } from '../../src/action/checks.js';
import { commentMarker, findOwnComment, ownership, upsertComment } from '../../src/action/comment.js';
import { desiredReviewComments, markerKey, reviewMarker, syncReviewComments } from '../../src/action/review.js';
import { OctokitApi } from '../../src/github/api.js';
import { createOctokit } from '../../src/github/client.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { finding, makeReport, model, sampleReport } from './reports.js';

const repo = { owner: 'acme', repo: 'app' };
let gh: FakeGitHub;
let api: OctokitApi;

beforeAll(async () => {
  gh = await FakeGitHub.start();
  api = new OctokitApi(createOctokit({ token: 't', baseUrl: gh.url, env: { MODEL_GATE_GITHUB_RETRY_BASE_MS: '1' } }));
});
afterAll(() => gh.close());
beforeEach(() => {
  gh.clearRequests();
  gh.failures.length = 0;
  gh.checkRuns.length = 0;
  gh.issueComments.length = 0;
  gh.reviewComments.length = 0;
  gh.reviews.length = 0;
});

function manyFindings(n: number) {
  return makeReport(
    [
      model({
        status: 'blocked',
        findings: Array.from({ length: n }, (_, i) => finding({ line: i + 1, message: `finding ${i}` })),
      }),
    ],
    { base: 'abc' },
  );
}

describe('annotations', () => {
  it('one per finding at its line, levels by severity, waived as notice, existing blocking as warning', () => {
    const anns = reportAnnotations(sampleReport());
    expect(anns.map((a) => [a.path, a.start_line, a.annotation_level, a.title])).toEqual([
      ['models.yaml', 2, 'failure', 'meta-llama/Llama-3.1-8B-Instruct: use.user-cap'],
      ['models.yaml', 2, 'warning', 'meta-llama/Llama-3.1-8B-Instruct: provenance.unpinned'],
      ['models.yaml', 5, 'warning', 'google/gemma-2-9b-it: use.restrictions'],
      ['scripts/old.py', 3, 'warning', 'openai-community/gpt2: license.unknown (existing)'],
      ['models.yaml', 8, 'notice', 'acme/legacy-classifier: license.denied (waived)'],
    ]);
    expect(anns[0].message).toBe(
      'Llama 3.1 Community License caps use at 700,000,000 monthly active users; the policy declares 800,000,000\n\nFix: Pick a model without a user cap, or obtain a license from Meta.',
    );
    expect(anns[4].message).toMatch(
      /Waived by an exception \(policy.yml:30\): Vendor contract LEGAL-123; expires 2027-06-30/,
    );
  });

  it('titles stay within 255 characters', () => {
    const r = makeReport([model({ id: `org/${'x'.repeat(400)}`, status: 'blocked', findings: [finding()] })]);
    expect(reportAnnotations(r)[0].title!.length).toBe(255);
  });

  it('policy findings only when their file is in the repository', () => {
    const r = makeReport([], {
      policy_findings: [
        finding({ rule: 'exception.expired', path: '.github/models-policy.yml', line: 4 }),
        finding({ rule: 'exception.expired', path: 'acme/.github/policies/models.yml@main', line: 9 }),
      ],
    });
    const anns = reportAnnotations(r, (p) => p === '.github/models-policy.yml');
    expect(anns.map((a) => a.title)).toEqual(['policy: exception.expired']);
  });

  it('batches of at most 50, capped', () => {
    expect(batches(Array.from({ length: 120 }, (_, i) => i)).map((b) => b.length)).toEqual([50, 50, 20]);
    expect(batches([])).toEqual([]);
    expect(capAnnotations([1, 2, 3], 2)).toEqual({ kept: [1, 2], omitted: 1 });
  });
});

describe('conclusion and summary', () => {
  const pass = makeReport([model()]);
  const warn = makeReport([model({ status: 'warning', findings: [finding({ severity: 'warn' })] })]);
  const fail = manyFindings(1);
  const reports = { fail, warn, pass };
  it.each([
    ['fail', 'enforce', 'failure'],
    ['warn', 'enforce', 'success'],
    ['pass', 'enforce', 'success'],
    ['fail', 'audit', 'neutral'],
    ['warn', 'audit', 'neutral'],
    ['pass', 'audit', 'success'],
  ] as const)('%s report, %s mode: %s', (name, mode, expected) => {
    expect(conclusionFor(reports[name], mode)).toBe(expected);
  });

  it('titles and counts', () => {
    expect(checkTitle(fail, 'enforce')).toBe('1 model blocked');
    expect(checkTitle(warn, 'audit')).toBe('Passed with 1 warning (audit mode)');
    expect(checkTitle(pass, 'enforce')).toBe('All clear');
    const s = checkSummary(sampleReport(), 'enforce', 3, 1000);
    expect(s).toContain('| added or changed | 4 | 1 | 1 | 1 | 1 |');
    expect(s).toContain('| existing | 1 | 1 | 0 | 0 | 0 |');
    expect(checkSummary(pass, 'enforce', 0, 0)).toContain('| all | 1 | 0 | 0 | 0 | 1 |');
    expect(s).toContain('3 more findings left out of the annotations (at most 1000 per run)');
  });
});

describe('publishCheckRun', () => {
  const base = {
    name: 'model-gate',
    headSha: 'head222',
    conclusion: 'failure' as const,
    title: 't',
    summary: (d: number, o: number) => `delivered ${d}, omitted ${o}`,
  };

  it('creates the run with the first 50 annotations and PATCHes the rest in batches of 50', async () => {
    const anns = reportAnnotations(manyFindings(120));
    const res = await publishCheckRun(api, repo, { ...base, annotations: anns, text: 'x'.repeat(70_000) });
    expect(res).toMatchObject({ delivered: 120, omitted: 0, requests: 3 });
    const run = gh.checkRuns[0];
    expect(run.batches).toEqual([50, 50, 20]);
    expect(run.annotations.map((a) => a.start_line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(run).toMatchObject({
      name: 'model-gate',
      head_sha: 'head222',
      status: 'completed',
      conclusion: 'failure',
    });
    expect(run.output?.text?.length).toBe(65_535);
    expect(gh.requestsTo('POST', /check-runs$/)).toHaveLength(1);
    expect(gh.requestsTo('PATCH', /check-runs\/\d+$/)).toHaveLength(2);
  });

  it('caps the annotations and says how many were left out', async () => {
    const res = await publishCheckRun(api, repo, {
      ...base,
      annotations: reportAnnotations(manyFindings(1100)),
    });
    expect(res).toMatchObject({ delivered: 1000, omitted: 100, requests: 20 });
    expect(gh.checkRuns[0].annotations).toHaveLength(1000);
    expect(gh.checkRuns[0].output?.summary).toBe('delivered 1000, omitted 100');
  });

  it('no findings: one request without annotations', async () => {
    await publishCheckRun(api, repo, { ...base, conclusion: 'success', annotations: [] });
    expect(gh.checkRuns[0].batches).toEqual([0]);
  });
});

describe('PR comment', () => {
  const marker = commentMarker('model-gate');
  const isOwn = (u: { login: string } | null | undefined) => u?.login === 'github-actions[bot]';

  it('the marker keeps to one line and cannot close the HTML comment', () => {
    expect(commentMarker('model-gate')).toBe('<!-- model-gate:model-gate -->');
    expect(commentMarker('x --> <img>\n')).toBe('<!-- model-gate:x - img -->');
  });

  it('created once, then updated in place, found again past the first page', async () => {
    for (let i = 0; i < 120; i++)
      gh.issueComments.push({
        id: i + 1,
        issue: 7,
        body: `chatter ${i}`,
        user: { login: 'dev', type: 'User' },
      });
    const first = await upsertComment(api, repo, 7, {
      mode: 'auto',
      marker,
      body: `${marker}\none`,
      touchesModels: true,
      isOwn,
    });
    expect(first.action).toBe('created');
    for (let i = 0; i < 10; i++)
      gh.issueComments.push({ id: 5000 + i, issue: 7, body: 'more', user: { login: 'dev', type: 'User' } });
    const second = await upsertComment(api, repo, 7, {
      mode: 'auto',
      marker,
      body: `${marker}\ntwo`,
      touchesModels: false,
      isOwn,
    });
    expect(second).toMatchObject({ action: 'updated', id: (first as { id: number }).id });
    const third = await upsertComment(api, repo, 7, {
      mode: 'auto',
      marker,
      body: `${marker}\ntwo`,
      touchesModels: false,
      isOwn,
    });
    expect(third.action).toBe('unchanged');
    const ours = gh.commentsOn(7).filter((c) => c.body.startsWith(marker));
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toBe(`${marker}\ntwo`);
  });

  it('auto: no comment when the change touches no models and none exists; always/never', async () => {
    expect(
      await upsertComment(api, repo, 8, { mode: 'auto', marker, body: `${marker}\nx`, touchesModels: false, isOwn }),
    ).toMatchObject({ action: 'skipped' });
    expect(
      await upsertComment(api, repo, 8, { mode: 'never', marker, body: `${marker}\nx`, touchesModels: true, isOwn }),
    ).toMatchObject({ action: 'skipped' });
    expect(gh.requests).toHaveLength(1); // never: not even a listing
    expect(
      await upsertComment(api, repo, 8, {
        mode: 'always',
        marker,
        body: `${marker}\nx`,
        touchesModels: false,
        isOwn,
      }),
    ).toMatchObject({ action: 'created' });
  });

  it('one comment per check name; a quoted marker from a person is not ours; duplicates are removed', () => {
    const other = commentMarker('licenses');
    const comments = [
      { id: 1, body: `> ${marker}`, user: { login: 'dev', type: 'User' } },
      { id: 2, body: `${other}\nx`, user: { login: 'github-actions[bot]', type: 'Bot' } },
      { id: 3, body: `${marker}\nx`, user: { login: 'dev', type: 'User' } },
      { id: 4, body: `${marker}\nx`, user: { login: 'github-actions[bot]', type: 'Bot' } },
      { id: 5, body: `${marker}\ny`, user: { login: 'github-actions[bot]', type: 'Bot' } },
    ];
    const { own, duplicates } = findOwnComment(comments, marker, isOwn);
    expect(own?.id).toBe(4);
    expect(duplicates.map((d) => d.id)).toEqual([5]);
  });

  it('a marked comment by the PR author is never adopted, edited or deleted (sticky comment hijack)', async () => {
    gh.issueComments.push(
      { id: 1, issue: 9, body: `${marker}\n## ✅ model-gate: all clear`, user: { login: 'mallory', type: 'User' } },
      { id: 2, issue: 9, body: `${marker}\nsecond`, user: { login: 'mallory', type: 'User' } },
    );
    const res = await upsertComment(api, repo, 9, {
      mode: 'auto',
      marker,
      body: `${marker}\n## ❌ blocked`,
      touchesModels: true,
      isOwn: await ownership(api),
    });
    expect(res.action).toBe('created');
    expect(gh.requestsTo('PATCH', /issues\/comments/)).toHaveLength(0);
    expect(gh.requestsTo('DELETE', /issues\/comments/)).toHaveLength(0);
    expect(gh.commentsOn(9).map((c) => c.user.login)).toEqual(['mallory', 'mallory', 'github-actions[bot]']);
  });

  it('who is "ours": the login of GET /user or GraphQL viewer; else only github-actions[bot]', async () => {
    const mine = await ownership(api);
    expect(mine({ login: 'github-actions[bot]', type: 'Bot' })).toBe(true);
    expect(mine({ login: 'mallory', type: 'User' })).toBe(false);
    gh.user = { login: 'acme-gate[bot]', type: 'Bot' };
    const app = await ownership(api);
    expect(app({ login: 'acme-gate[bot]', type: 'Bot' })).toBe(true);
    expect(app({ login: 'github-actions[bot]', type: 'Bot' })).toBe(false);
    gh.viewer = false;
    const unknown = await ownership(api);
    expect(unknown({ login: 'github-actions[bot]', type: 'Bot' })).toBe(true);
    expect(unknown({ login: 'github-actions[bot]', type: 'User' })).toBe(false);
    expect(unknown({ login: 'acme-gate[bot]', type: 'Bot' })).toBe(false);
    gh.viewer = true;
    gh.user = { login: 'github-actions[bot]', type: 'Bot' };
  });
});

describe('review comments', () => {
  const isOwn = (u: { login: string } | null | undefined) => u?.login === 'github-actions[bot]';
  const files = [
    {
      filename: 'models.yaml',
      status: 'modified',
      patch: '@@ -1,1 +1,3 @@\n models:\n+  - id: meta-llama/Llama-3.1-8B-Instruct\n+    license: llama3.1',
    },
    { filename: 'app/chat.py', status: 'modified', patch: '@@ -10,2 +10,2 @@\n a\n-b\n+c' },
  ];

  it('only on added lines with blocking findings of changed models', () => {
    const report = makeReport(
      [
        model({
          status: 'blocked',
          findings: [
            finding({ line: 2 }),
            finding({ rule: 'license.denied', line: 2 }),
            finding({ severity: 'warn', rule: 'provenance.unpinned', line: 3 }),
          ],
        }),
        model({ id: 'x/y', status: 'blocked', findings: [finding({ path: 'app/chat.py', line: 10 })] }), // context line: not added
        model({ id: 'old/z', new: false, status: 'blocked', findings: [finding({ line: 3 })] }),
      ],
      { base: 'b' },
    );
    const added = new Map([
      ['models.yaml', new Set([2, 3])],
      ['app/chat.py', new Set([11])],
    ]);
    const d = desiredReviewComments(report, added, 'model-gate');
    expect(d.map((c) => [c.path, c.line])).toEqual([['models.yaml', 2]]);
    expect(d[0].body.startsWith(reviewMarker('model-gate', 'models.yaml:2'))).toBe(true);
    expect(d[0].body).toContain('<code>use.user-cap</code>');
    expect(d[0].body).toContain('<code>license.denied</code>');
    expect(markerKey(d[0].body, 'model-gate')).toBe('models.yaml:2');
    expect(markerKey(d[0].body, 'other')).toBeUndefined();
  });

  it('a rerun updates its comments, deletes the ones whose finding is gone, adds new ones in one review', async () => {
    gh.pullFiles.set(7, files);
    const d1 = [
      {
        key: 'models.yaml:2',
        path: 'models.yaml',
        line: 2,
        body: `${reviewMarker('model-gate', 'models.yaml:2')}\nv1`,
      },
      {
        key: 'models.yaml:3',
        path: 'models.yaml',
        line: 3,
        body: `${reviewMarker('model-gate', 'models.yaml:3')}\nv1`,
      },
    ];
    expect(await syncReviewComments(api, repo, 7, 'h1', 'model-gate', d1, isOwn)).toEqual({
      created: 2,
      updated: 0,
      deleted: 0,
      unchanged: 0,
    });
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviews[0]).toMatchObject({ event: 'COMMENT', commit_id: 'h1', comments: 2 });
    // Someone else's review comment is left alone.
    gh.reviewComments.push({
      id: 1,
      pull: 7,
      review_id: 0,
      path: 'models.yaml',
      line: 2,
      side: 'RIGHT',
      commit_id: 'h1',
      body: 'LGTM',
      user: { login: 'dev', type: 'User' },
    });

    const d2 = [
      {
        key: 'models.yaml:2',
        path: 'models.yaml',
        line: 2,
        body: `${reviewMarker('model-gate', 'models.yaml:2')}\nv2`,
      },
      {
        key: 'app/chat.py:10',
        path: 'app/chat.py',
        line: 10,
        body: `${reviewMarker('model-gate', 'app/chat.py:10')}\nv2`,
      },
    ];
    expect(await syncReviewComments(api, repo, 7, 'h2', 'model-gate', d2, isOwn)).toEqual({
      created: 1,
      updated: 1,
      deleted: 1,
      unchanged: 0,
    });
    const bodies = gh.reviewComments.map((c) => c.body).sort();
    expect(bodies).toEqual(
      [
        'LGTM',
        `${reviewMarker('model-gate', 'app/chat.py:10')}\nv2`,
        `${reviewMarker('model-gate', 'models.yaml:2')}\nv2`,
      ].sort(),
    );

    expect(await syncReviewComments(api, repo, 7, 'h3', 'model-gate', [], isOwn)).toEqual({
      created: 0,
      updated: 0,
      deleted: 2,
      unchanged: 0,
    });
    expect(gh.reviewComments.map((c) => c.body)).toEqual(['LGTM']);
  });

  it('a review comment by someone else that carries the marker is neither updated nor deleted', async () => {
    gh.pullFiles.set(7, files);
    const forged = `${reviewMarker('model-gate', 'models.yaml:2')}\nforged`;
    gh.reviewComments.push({
      id: 77,
      pull: 7,
      review_id: 0,
      path: 'models.yaml',
      line: 2,
      side: 'RIGHT',
      commit_id: 'h1',
      body: forged,
      user: { login: 'mallory', type: 'User' },
    });
    const res = await syncReviewComments(api, repo, 7, 'h1', 'model-gate', [], isOwn);
    expect(res.deleted).toBe(0);
    expect(gh.reviewComments.map((c) => c.body)).toEqual([forged]);
  });
});
