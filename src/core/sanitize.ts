/**
 * Text that model-gate shows but did not write: model ids, purposes, paths, card fields and error messages from a
 * pull request, a model card or a server. Before it reaches a terminal, the Actions log or a report:
 *
 * - `redactSecrets`: credentials in URLs (`http://user:PASS@host/`, `?token=...`) and token-shaped words are masked;
 * - `sanitizeText`: terminal escape sequences (ANSI CSI, OSC incl. OSC-8 hyperlinks, DCS...) are removed, and the
 *   other control and invisible format characters become spaces, so nothing can move the cursor, hide text, reorder
 *   it (bidi overrides) or open a link;
 * - `neutraliseWorkflowCommands`: text cannot start a GitHub Actions workflow command (`::set-output`, `::add-mask::`,
 *   the older `##[command]`) in a log line;
 * - `sanitizeLog`: all three, and a length cap, for one message of the Actions log.
 *
 * Every function runs in time linear in its input (no regular expression here can backtrack more than a bounded
 * amount per character).
 */

/** What a masked secret is replaced with. */
export const REDACTED = '***';

/**
 * Query (or fragment) parameter names whose values are secrets: `token`, `access_token`, `api_key`, `apikey`,
 * `X-Amz-Signature`, `X-Amz-Credential`, `sig` (Azure SAS), `client_secret`, `password`, `auth`, `session`, `code`...
 */
const SECRET_PARAM = /token|secret|passw|pwd|sig|key|auth|credential|session|^code$/i;

/** A URL in free text: a scheme of at most 32 characters, `://`, then up to the next space or quote. */
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s<>"'`]+/gi;

/** Token shapes of Hugging Face (`hf_...`, `api_...` org tokens) and GitHub (`ghp_`, `gho_`, `ghs_`, `ghu_`, `ghr_`, `github_pat_`). */
const TOKEN_WORD =
  /\b(?:hf_[A-Za-z0-9]{20,}|api_org_[A-Za-z0-9]{20,}|gh[opsur]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g;

/** Text in which none of URL_IN_TEXT, TOKEN_WORD and AUTH_VALUE can match lacks all of these. */
const SECRET_HINT = /:\/\/|hf_|api_org_|gh[opsur]_|github_pat_|Bearer |Basic /;

/** `Bearer <token>` / `Basic <credentials>` as an Authorization header value (16 characters or more). */
const AUTH_VALUE = /\b(Bearer|Basic) +[A-Za-z0-9._~+/-]{16,}=*/g;

/**
 * One URL (or what was meant as one) with its credentials masked: the userinfo (`user:pass@`, also without a
 * scheme) and the values of secret-looking query or fragment parameters become `***`.
 */
export function redactUrl(url: string): string {
  const m = /^([a-z][a-z0-9+.-]{0,31}:\/\/|)([^/\\?#]*)(.*)$/is.exec(url);
  if (!m) return url;
  const [, scheme, authority, rest] = m;
  // As the WHATWG URL parser reads it, the userinfo ends at the last `@` of the authority.
  const at = authority.lastIndexOf('@');
  const host = at >= 0 ? `${REDACTED}@${authority.slice(at + 1)}` : authority;
  return scheme + host + redactParams(rest);
}

/** `path?a=1&token=x#access_token=y`: the values of secret-looking parameters masked. */
function redactParams(rest: string): string {
  const q = rest.search(/[?#]/);
  if (q < 0) return rest;
  const path = rest.slice(0, q);
  return (
    path +
    rest.slice(q).replace(/([?#&;])([^=&;#?]*)=([^&;#]*)/g, (whole, sep: string, name: string) => {
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        /* keep it encoded */
      }
      return SECRET_PARAM.test(decoded) ? `${sep}${name}=${REDACTED}` : whole;
    })
  );
}

/**
 * Free text with every URL's credentials masked (`redactUrl`), and Hub or GitHub token shapes and
 * `Bearer`/`Basic` header values masked. `known` lists secrets to mask wherever they appear (the Hub token).
 */
export function redactSecrets(text: string, known: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of known) {
    if (secret && secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  // most text holds no URL and no token shape: one cheap test spares the three passes (10,000 models' reports)
  if (!SECRET_HINT.test(out)) return out;
  return out
    .replace(URL_IN_TEXT, (url) => redactUrl(url))
    .replace(TOKEN_WORD, REDACTED)
    .replace(AUTH_VALUE, (_whole, scheme: string) => `${scheme} ${REDACTED}`);
}

/**
 * Terminal escape sequences, removed whole:
 * - CSI (`ESC [` or U+009B) parameters, intermediates and a final byte: colours, cursor moves, erasing;
 * - string sequences (`ESC ]` OSC, `ESC P` DCS, `ESC X` SOS, `ESC ^` PM, `ESC _` APC, or their C1 forms) up to their
 *   terminator (BEL, `ESC \` or U+009C): titles, OSC-8 hyperlinks, clipboard writes;
 * - other two-byte escapes (`ESC 7`, `ESC c`, `ESC ( B`...).
 * The string bodies exclude every sequence opener, so a run of openers without terminators costs linear time.
 */
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex -- matches terminal escape sequences (ESC, BEL, C1) to strip them from hostile text
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u0090\u0098\u009c-\u009f]*(?:\u0007|\u001b\\|\u009c)|\u001b[\u0020-\u002f]*[\u0030-\u007e]/g;

/**
 * Characters shown as a space: C0 and C1 controls (with DEL), format characters (bidi overrides and isolates,
 * zero-width spaces and joiners, soft hyphen, BOM), line and paragraph separators, other default-ignorable
 * characters (invisible), and lone surrogates (shown as U+FFFD by the next pass).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
const INVISIBLE_BUT_NEWLINE = /(?!\n)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
const LONE_SURROGATE = /\p{Cs}/gu;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export interface SanitizeOptions {
  /** Keep line breaks (`\n`; `\r\n` and a lone `\r` become `\n`). Default: every line break becomes a space. */
  multiline?: boolean;
}

/**
 * Hostile text made safe to print: escape sequences removed whole, every other control, format or invisible
 * character replaced by a space (a visible gap where something was hidden), lone surrogates by U+FFFD.
 */
export function sanitizeText(text: string, options: SanitizeOptions = {}): string {
  // printable ASCII has nothing to remove or replace
  if (PRINTABLE_ASCII.test(text)) return text;
  let out = text.replace(ESCAPE_SEQUENCE, '');
  if (options.multiline) out = out.replace(/\r\n?/g, '\n').replace(INVISIBLE_BUT_NEWLINE, ' ');
  else out = out.replace(INVISIBLE, ' ');
  return out.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Text that cannot run a GitHub Actions workflow command when printed to the log: a line whose first non-blank
 * characters are `::` (the runner trims the line and looks for `::command::`) gets them percent-escaped as
 * `%3A%3A`, and `##[` (the older syntax, matched anywhere in a line) becomes `##%5B`, as @actions/core escapes
 * command properties. Run it after `sanitizeText`, which turns the other line breaks the runner splits on
 * (`\r`, U+2028...) and the characters it may ignore when comparing into spaces.
 */
export function neutraliseWorkflowCommands(text: string): string {
  // (most text holds neither: a search for each is cheaper than a pass of the expression over every line of a
  // report of 10,000 models)
  let out = text;
  if (out.includes('::')) out = out.replace(/^([^\S\n]*)::/gm, '$1%3A%3A');
  if (out.includes('##[')) out = out.replace(/##\[/g, '##%5B');
  return out;
}

/** Longest message `sanitizeLog` lets through (characters); the rest is cut with a note. */
export const LOG_MESSAGE_MAX = 64 * 1024;

/**
 * One message for the Actions log (info, warning, error, notice, debug, annotation text): secrets redacted,
 * escapes and controls removed (line breaks kept), workflow commands neutralised, at most `LOG_MESSAGE_MAX`
 * characters.
 */
export function sanitizeLog(message: string, known: readonly (string | undefined)[] = []): string {
  let text = message;
  let cut = '';
  if (text.length > LOG_MESSAGE_MAX) {
    cut = ` … (${text.length - LOG_MESSAGE_MAX} more characters not shown)`;
    text = text.slice(0, LOG_MESSAGE_MAX);
  }
  return neutraliseWorkflowCommands(sanitizeText(redactSecrets(text, known), { multiline: true })) + cut;
}

/** One line of hostile text for a terminal or a one-line field: secrets redacted, no control characters at all. */
export function sanitizeLine(text: string): string {
  return sanitizeText(redactSecrets(text));
}
