/**
 * The action's port over @actions/core prints hostile text (model ids, paths, server messages): what reaches the
 * log must drive no terminal, run no workflow command and show no credential. The log is read here as the runner
 * reads it: line by line (`\n`, `\r`), a command being a line that starts with `::name` once trimmed, or holds
 * `##[name` (the older syntax).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createPort } from '../../src/action/main.js';

let out: string;
let restoreWrite: () => void;
let savedExitCode: typeof process.exitCode;

beforeEach(() => {
  out = '';
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back as it was after the test, never called here
  const original = process.stdout.write;
  savedExitCode = process.exitCode;
  process.stdout.write = (chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  };
  restoreWrite = () => {
    process.stdout.write = original;
  };
});
afterEach(() => {
  restoreWrite();
  process.exitCode = savedExitCode;
});

const REGISTERED = [
  'error',
  'warning',
  'notice',
  'debug',
  'set-output',
  'add-mask',
  'stop-commands',
  'set-env',
  'add-path',
  'group',
  'endgroup',
  'save-state',
  'echo',
  'add-matcher',
  'remove-matcher',
];

/** The workflow commands the runner would run for this output, in order: `name` and raw data. */
function commands(log: string): { name: string; data: string }[] {
  const found: { name: string; data: string }[] = [];
  for (const line of log.split(/\r\n|\r|\n/)) {
    const t = line.trimStart();
    const v2 = /^::([^\s:]+)[^:]*::(.*)$/.exec(t);
    if (v2 && REGISTERED.includes(v2[1])) {
      found.push({ name: v2[1], data: v2[2] });
      continue;
    }
    const v1 = /##\[([^\s\]]+)[^\]]*\](.*)$/.exec(line);
    if (v1 && REGISTERED.includes(v1[1])) found.push({ name: v1[1], data: v1[2] });
  }
  return found;
}

const HOSTILE_ID = 'evil/model\n::error::pwned';

describe('createPort: the log', () => {
  it('a model id holding "\\n::error::pwned" produces no workflow command through info', () => {
    createPort().info(`model-gate: checking ${HOSTILE_ID}`);
    expect(commands(out)).toEqual([]);
    expect(out).toContain('%3A%3Aerror::pwned');
  });

  it('annotations stay one command each, whatever their message and title hold', () => {
    const port = createPort();
    port.warning(`${HOSTILE_ID}\r::add-mask::x ##[set-output name=verdict;]pass`, {
      title: 'model-gate: \n::error::t',
      file: 'models.yaml',
      startLine: 3,
    });
    port.error('a%0A::error::injected');
    port.notice('\u2028::notice::n');
    port.debug('d\n::set-output name=verdict::pass');
    expect(commands(out).map((c) => c.name)).toEqual(['warning', 'error', 'notice', 'debug']);
    expect(out).not.toMatch(/::set-output|::add-mask/);
  });

  it('strips ANSI and OSC-8 sequences and control characters from every channel', () => {
    const port = createPort();
    const hostile =
      'acme/\u001b[31mred\u001b[0m \u001b]8;;https://evil.example/\u001b\\link\u001b]8;;\u001b\\ bell\u0007 \u202ertl';
    port.info(hostile);
    port.warning(hostile, { title: hostile });
    port.error(hostile);
    port.notice(hostile);
    port.setFailed(hostile);
    // eslint-disable-next-line no-control-regex -- asserts that no control character reaches the log
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(out).toContain('acme/red link bell');
    expect(out).not.toContain('evil.example');
  });

  it('shows no credential of a URL in any channel', () => {
    const port = createPort();
    const m = 'could not reach the Hub at GET http://user:S3cretPW@hub.internal/api/models/a?token=tok123';
    port.info(m);
    port.warning(m);
    port.error(m, { title: m });
    port.debug(m);
    expect(out).not.toMatch(/S3cretPW|tok123/);
    expect(out).toContain('http://***@hub.internal/api/models/a?token=***');
  });
});
