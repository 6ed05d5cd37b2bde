import { describe, expect, it } from '@jest/globals';
import { changedPaths, safeRelativePath } from '../../src/action/change.js';
import { parseEvent } from '../../src/action/event.js';
import { readInputs } from '../../src/action/inputs.js';
import {
  mergeGroupPayload,
  pullRequestPayload,
  pushPayload,
  schedulePayload,
  workflowDispatchPayload,
} from '../helpers/payloads.js';
import { addedLines } from '../../src/core/diff.js';

const env = { GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'merge000' };
const prPayload = (over: Record<string, unknown> = {}) => ({
  number: 7,
  pull_request: {
    number: 7,
    base: { sha: 'base111', ref: 'main', repo: { full_name: 'acme/app' } },
    head: { sha: 'head222', ref: 'feature', repo: { full_name: 'acme/app' } },
    ...over,
  },
});

describe('parseEvent', () => {
  it('pull_request: compares with the base, reports on the head', () => {
    const e = parseEvent('pull_request', prPayload(), env);
    expect(e.repo).toEqual({ owner: 'acme', repo: 'app' });
    expect(e.sha).toBe('head222');
    expect(e.pull).toMatchObject({
      number: 7,
      baseSha: 'base111',
      headSha: 'head222',
      fork: false,
      target: false,
    });
  });

  it('pull_request_target from a fork', () => {
    const e = parseEvent(
      'pull_request_target',
      prPayload({ head: { sha: 'h', ref: 'x', repo: { full_name: 'mallory/app' } } }),
      env,
    );
    expect(e.pull).toMatchObject({ fork: true, target: true, headSha: 'h' });
    expect(e.sha).toBe('h');
  });

  const A = 'a'.repeat(40);
  const B = 'b'.repeat(40);
  const C = 'c'.repeat(40);

  it('merge_group: the group head against its base', () => {
    const e = parseEvent('merge_group', mergeGroupPayload({ baseSha: A, headSha: B }), { ...env, GITHUB_SHA: B });
    expect(e).toMatchObject({ sha: B, compare: { base: A, head: B } });
    expect([e.whole, e.skip]).toEqual([undefined, undefined]);
    expect(e.ref).toMatch(/^refs\/heads\/gh-readonly-queue\/main\/pr-7-/);
  });

  it('push: after against before; a new branch, a forced push or a zero before: the whole tree; a deletion: nothing', () => {
    const penv = { ...env, GITHUB_SHA: B };
    expect(parseEvent('push', pushPayload({ before: A, after: B }), penv)).toMatchObject({
      sha: B,
      compare: { base: A, head: B },
    });
    const created = parseEvent('push', pushPayload({ before: '0'.repeat(40), after: B, created: true }), penv);
    expect([created.compare, created.whole]).toEqual([undefined, 'the push creates a new branch']);
    expect(parseEvent('push', pushPayload({ before: A, after: B, forced: true }), penv).whole).toMatch(/forced/);
    expect(parseEvent('push', pushPayload({ before: '0'.repeat(40), after: B }), penv).whole).toMatch(
      /no earlier commit/,
    );
    expect(parseEvent('push', pushPayload({ before: A, after: '0'.repeat(40), deleted: true }), penv).skip).toBe(
      'the push deletes a branch',
    );
  });

  it('schedule and workflow_dispatch: the whole tree at GITHUB_SHA', () => {
    const s = parseEvent('schedule', schedulePayload(), { ...env, GITHUB_SHA: C });
    expect(s).toMatchObject({ sha: C, whole: 'a scheduled run audits the whole tree' });
    expect(s.compare).toBeUndefined();
    const w = parseEvent('workflow_dispatch', workflowDispatchPayload(), { ...env, GITHUB_SHA: C });
    expect(w).toMatchObject({ sha: C, whole: 'a manual run audits the whole tree', ref: 'refs/heads/main' });
  });

  it('pull_request: closed (merged or not) posts nothing; a draft is checked like any PR', () => {
    const closed = parseEvent(
      'pull_request',
      pullRequestPayload({ action: 'closed', baseSha: A, headSha: B, merged: true }),
      env,
    );
    expect(closed.skip).toBe('pull request #7 is merged');
    const draft = parseEvent(
      'pull_request',
      pullRequestPayload({ action: 'opened', baseSha: A, headSha: B, draft: true, mergeCommitSha: C }),
      env,
    );
    expect(draft.skip).toBeUndefined();
    expect(draft.pull).toMatchObject({ draft: true, mergeCommitSha: C, changedFiles: 1 });
    expect(draft.expected).toEqual(['merge000', B, C]);
  });

  it('pull_request_target from a fork (payload as GitHub sends it)', () => {
    const e = parseEvent(
      'pull_request_target',
      pullRequestPayload({ baseSha: A, headSha: B, headRepo: { owner: 'mallory', name: 'app' } }),
      env,
    );
    expect(e.pull).toMatchObject({ fork: true, target: true, headRepo: 'mallory/app', author: 'mallory' });
  });

  it('merge_group without GITHUB_SHA uses the group head', () => {
    expect(parseEvent('merge_group', { merge_group: { head_sha: 'mg' } }, { GITHUB_REPOSITORY: 'a/b' }).sha).toBe('mg');
  });

  it('a pull_request event without a pull request payload evaluates everything', () => {
    expect(parseEvent('pull_request', {}, env).pull).toBeUndefined();
  });

  it('reads the repository from the payload when GITHUB_REPOSITORY is unset, else fails clearly', () => {
    expect(parseEvent('push', { repository: { full_name: 'o/r' } }, {}).repo).toEqual({
      owner: 'o',
      repo: 'r',
    });
    expect(() => parseEvent('push', {}, {})).toThrow(/GITHUB_REPOSITORY/);
  });
});

describe('addedLines', () => {
  it('numbers added lines on the new side across hunks', () => {
    const patch = [
      '@@ -1,3 +1,4 @@',
      ' models:',
      '-  - id: old/model',
      '+  - id: new/model',
      '+    revision: abc',
      '   purpose: x',
      '@@ -10,2 +11,3 @@ models:',
      ' a',
      '+b',
      ' c',
      '\\ No newline at end of file',
    ].join('\n');
    expect([...addedLines(patch)]).toEqual([2, 3, 12]);
  });

  it('a new file: every line is added', () => {
    expect([...addedLines('@@ -0,0 +1,3 @@\n+a\n+b\n+c')]).toEqual([1, 2, 3]);
  });

  it('single-line hunk headers and CRLF', () => {
    expect([...addedLines('@@ -5 +5 @@\r\n-x\r\n+y\r\n')]).toEqual([5]);
  });

  it('no patch (binary or too large): nothing', () => {
    expect(addedLines(undefined).size).toBe(0);
    expect(addedLines('').size).toBe(0);
  });
});

describe('changed files', () => {
  it('lists current and previous names', () => {
    expect(
      changedPaths([
        { filename: 'a.py', status: 'modified' },
        { filename: 'b.py', status: 'renamed', previous_filename: 'old/b.py' },
      ]),
    ).toEqual(['a.py', 'b.py', 'old/b.py']);
  });

  it('refuses paths that leave the directory', () => {
    expect(safeRelativePath('app/x.py')).toBe('app/x.py');
    expect(safeRelativePath('../etc/passwd')).toBeUndefined();
    expect(safeRelativePath('a/../../b')).toBeUndefined();
    expect(safeRelativePath('/etc/passwd')).toBeUndefined();
    expect(safeRelativePath('.git/config')).toBeUndefined();
    expect(safeRelativePath('a\\b')).toBeUndefined();
  });
});

describe('readInputs', () => {
  it('applies the defaults of action.yml', () => {
    expect(readInputs(() => '')).toEqual({
      inputs: {
        policy: 'default',
        path: '.',
        manifest: 'models.yaml',
        token: '',
        mode: 'enforce',
        comment: 'auto',
        checkName: 'model-gate',
        scan: true,
        hub: true,
        hfToken: '',
        sarifFile: '',
        bomFile: '',
        review: false,
        dependencyGraph: false,
        cache: '',
      },
      errors: [],
    });
  });

  it('reports every bad input at once, and falls back to the defaults for them', () => {
    const bad: Record<string, string> = {
      mode: 'strict',
      scan: 'yes please',
      comment: 'sometimes',
      review: 'maybe',
      'check-name': 'x'.repeat(101),
      token: ' ghs_tok ',
      policy: 'policy.yml',
    };
    const { inputs, errors } = readInputs((n) => bad[n] ?? '');
    expect(errors.map((i) => i.message)).toEqual([
      'input `mode`: expected one of enforce, audit, got "strict"',
      'input `comment`: expected one of auto, always, never, got "sometimes"',
      'input `scan`: expected true or false, got "yes please"',
      'input `review`: expected true or false, got "maybe"',
      'input `check-name`: at most 100 characters',
    ]);
    expect(errors.every((i) => i.path === undefined)).toBe(true);
    expect(inputs).toMatchObject({
      mode: 'enforce',
      comment: 'auto',
      scan: true,
      review: false,
      checkName: 'model-gate',
      token: 'ghs_tok',
      policy: 'policy.yml',
    });
  });
});
