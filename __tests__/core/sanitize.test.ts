import { describe, expect, it } from '@jest/globals';
import {
  LOG_MESSAGE_MAX,
  neutraliseWorkflowCommands,
  redactSecrets,
  redactUrl,
  sanitizeLine,
  sanitizeLog,
  sanitizeText,
} from '../../src/core/sanitize.js';

const ESC = '\u001b';

describe('redactUrl', () => {
  it('masks the userinfo, as the URL parser reads it (up to the last @ of the authority)', () => {
    expect(redactUrl('http://u:PASS@hub.internal:8080/api/models/x')).toBe('http://***@hub.internal:8080/api/models/x');
    expect(redactUrl('https://token@mirror.example/')).toBe('https://***@mirror.example/');
    expect(redactUrl('http://u:p@ss@host/a@b')).toBe('http://***@host/a@b');
    expect(redactUrl('https://huggingface.co/api/models/acme/x')).toBe('https://huggingface.co/api/models/acme/x');
    expect(redactUrl('not a url')).toBe('not a url');
    expect(redactUrl('u:PASS@hub.internal/x')).toBe('***@hub.internal/x');
  });

  it('masks the values of secret-looking query and fragment parameters, and keeps the others', () => {
    expect(redactUrl('https://h/x?revision=main&token=hf_abc&api_key=k1')).toBe(
      'https://h/x?revision=main&token=***&api_key=***',
    );
    expect(
      redactUrl('https://bucket.s3.amazonaws.com/o?X-Amz-Credential=AKIA%2F1&X-Amz-Signature=abcd&X-Amz-Expires=60'),
    ).toBe('https://bucket.s3.amazonaws.com/o?X-Amz-Credential=***&X-Amz-Signature=***&X-Amz-Expires=60');
    expect(redactUrl('https://acct.blob.core.windows.net/c/b?sv=2022&sig=Zm9v%3D')).toBe(
      'https://acct.blob.core.windows.net/c/b?sv=2022&sig=***',
    );
    expect(redactUrl('https://app/cb#access_token=xyz&state=1')).toBe('https://app/cb#access_token=***&state=1');
    expect(redactUrl('https://h/x?password=a;page=2')).toBe('https://h/x?password=***;page=2');
  });
});

describe('redactSecrets', () => {
  it('masks every URL in free text, Hub and GitHub tokens, and Authorization values', () => {
    const text =
      'could not reach the Hub at GET http://admin:S3cret@10.0.0.5/api/models/a (fetch failed); retry ' +
      'https://h/p?access_token=abc. Token hf_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789 and ghp_0123456789abcdefghijABCDEFGHIJ ' +
      'sent as Bearer abcdefghijklmnopqrstuvwxyz0123';
    const out = redactSecrets(text);
    expect(out).not.toMatch(/S3cret|access_token=abc|hf_AbCd|ghp_0123|abcdefghijklmnopqrstuvwxyz0123/);
    expect(out).toContain('http://***@10.0.0.5/api/models/a');
    expect(out).toContain('access_token=***');
    expect(out).toContain('Bearer ***');
  });

  it('masks known secrets wherever they appear, and leaves plain prose alone', () => {
    expect(redactSecrets('the server said: bad credentials my-token-value', ['my-token-value'])).toBe(
      'the server said: bad credentials ***',
    );
    const prose = 'the token in HF_TOKEN (action input hf-token) does not grant access to it; Basic checks passed';
    expect(redactSecrets(prose)).toBe(prose);
  });
});

describe('sanitizeText', () => {
  it('removes ANSI CSI sequences (colours, cursor moves, erasing) whole', () => {
    expect(sanitizeText(`evil/${ESC}[31mred${ESC}[0m`)).toBe('evil/red');
    expect(sanitizeText(`a${ESC}[2K${ESC}[1A${ESC}[?25lb`)).toBe('ab');
    expect(sanitizeText('a\u009b31mb')).toBe('ab');
  });

  it('removes OSC sequences whole, OSC-8 hyperlinks and window titles included, with either terminator', () => {
    const link = `${ESC}]8;;https://evil.example/${ESC}\\click me${ESC}]8;;${ESC}\\`;
    expect(sanitizeText(`see ${link}!`)).toBe('see click me!');
    expect(sanitizeText(`${ESC}]0;pwned\u0007title`)).toBe('title');
    expect(sanitizeText(`${ESC}]52;c;ZXZpbA==\u0007x`)).toBe('x');
    expect(sanitizeText(`${ESC}Pq#0;2;0;0;0${ESC}\\dcs`)).toBe('dcs');
  });

  it('turns other controls, bidi overrides and invisible characters into spaces, lone surrogates into U+FFFD', () => {
    expect(sanitizeText('a\u0007b\u0000c\u007fd\u0085e')).toBe('a b c d e');
    expect(sanitizeText('evil/\u202egpj.exe\u2066x\u2069')).toBe('evil/ gpj.exe x ');
    expect(sanitizeText('a\u200bb\u00adc\ufeffd\u2028e')).toBe('a b c d e');
    expect(sanitizeText('x\ud800y')).toBe('x\ufffdy');
    expect(sanitizeText('line1\nline2\r\n')).toBe('line1 line2  ');
  });

  it('keeps line breaks when asked, normalising \\r\\n and \\r', () => {
    expect(sanitizeText('a\r\nb\rc\n\u0007d', { multiline: true })).toBe('a\nb\nc\n d');
  });

  it('leaves no escape character behind, however sequences are nested or cut', () => {
    for (const s of [`${ESC}${ESC}[31m[31m`, `${ESC}]8;;unterminated`, `${ESC}[`, `${ESC}`, `\u009d0;x`]) {
      // eslint-disable-next-line no-control-regex -- asserts that no escape or C1 control character is left
      expect(sanitizeText(s)).not.toMatch(/[\u001b\u0080-\u009f]/);
    }
  });

  it('runs in linear time on pathological input (1 MiB of sequence openers)', () => {
    const MiB = 1024 * 1024;
    for (const unit of [`${ESC}]`, `${ESC}[`, '\u009d', `${ESC}[1;`, '\u202e', `${ESC}P`]) {
      const s = unit.repeat(Math.floor(MiB / unit.length));
      // eslint-disable-next-line no-control-regex -- asserts that no escape character is left
      expect(sanitizeText(s)).not.toMatch(/\u001b/);
    }
    const urls =
      'http://a.b.c.'.repeat(80_000) +
      ' ' +
      'a.'.repeat(400_000) +
      ' http://h/' +
      '?'.repeat(200_000) +
      '#a=&'.repeat(50_000);
    expect(redactSecrets(urls).length).toBeGreaterThan(0);
    expect(neutraliseWorkflowCommands(' '.repeat(MiB) + '\n'.repeat(MiB))).toHaveLength(2 * MiB);
  });
});

describe('workflow commands', () => {
  it('cannot be started by text: a line beginning with :: is escaped as @actions/core escapes properties', () => {
    expect(neutraliseWorkflowCommands('acme/x\n::error::pwned')).toBe('acme/x\n%3A%3Aerror::pwned');
    expect(neutraliseWorkflowCommands('  ::add-mask::secret')).toBe('  %3A%3Aadd-mask::secret');
    expect(neutraliseWorkflowCommands('::set-output name=verdict::pass')).toBe('%3A%3Aset-output name=verdict::pass');
    expect(neutraliseWorkflowCommands('a :: b')).toBe('a :: b');
  });

  it('cannot use the older ##[command] syntax anywhere in a line', () => {
    expect(neutraliseWorkflowCommands('model ##[set-output name=verdict;]pass')).toBe(
      'model ##%5Bset-output name=verdict;]pass',
    );
  });

  it('sanitizeLog: a model id with a line break and a command, ANSI and a password in one message', () => {
    const m = sanitizeLog(`model evil/${ESC}[31mx${ESC}[0m\r::error::pwned\u2028::add-mask::x via http://u:PASS@h/`);
    expect(m).not.toMatch(/^\s*::/m);
    // eslint-disable-next-line no-control-regex -- asserts that no escape character is left
    expect(m).not.toMatch(/\u001b|PASS/);
    expect(m).toBe('model evil/x\n%3A%3Aerror::pwned ::add-mask::x via http://***@h/');
  });

  it('sanitizeLog caps a message; sanitizeLine keeps to one line', () => {
    const long = sanitizeLog('x'.repeat(LOG_MESSAGE_MAX + 10));
    expect(long.startsWith('x'.repeat(LOG_MESSAGE_MAX))).toBe(true);
    expect(long).toMatch(/10 more characters not shown/);
    expect(sanitizeLine('a\nb http://u:p@h/')).toBe('a b http://***@h/');
  });
});
