import { isHubHost } from '../../core/hub-hosts.js';
import type { Budget } from '../limits.js';
import type { RawRef } from '../common/text.js';
import { spacyPipelineId } from '../common/values.js';

/**
 * Weight files addressed by URL outside the Hugging Face Hub: `https://dl.fbaipublicfiles.com/.../sam2.1_hiera_tiny.pt`,
 * OpenAI's `https://openaipublic.azureedge.net/main/whisper/models/<sha>/base.pt`, a GitHub release asset
 * `https://github.com/OWNER/REPO/releases/download/TAG/x.onnx`. A reference of kind `url`, its id the address without
 * its query string and fragment (a signed address carries a token there: it is never printed).
 *
 * Only the extensions that name a model's weights and little else: `.bin` is also any binary blob (a dataset
 * shard, an executable, a tokenizer's table), archives (`.zip`, `.tar.gz`) hold anything and `.pkl` is mostly
 * pickled data (features, indexes, scalers), so an address ending in one of them says nothing about a model.
 */
export const WEIGHT_EXTENSIONS: readonly string[] = [
  'safetensors',
  'gguf',
  'pt',
  'pth',
  'ckpt',
  'onnx',
  'tflite',
  'h5',
  'keras',
];

/**
 * Literal needles one of which a text holding a weight file's address contains: each extension, in lower or upper
 * case (`.pt` covers `.pth`). A file without any of them is not read for weight addresses.
 */
export const WEIGHT_URL_TRIGGERS: readonly string[] = WEIGHT_EXTENSIONS.filter(
  (e) => !WEIGHT_EXTENSIONS.some((shorter) => shorter !== e && e.startsWith(shorter)),
).flatMap((e) => [`.${e}`, `.${e.toUpperCase()}`]);

/** The longest address read (a longer run of address characters is no weight file's address). */
const MAX_URL = 2048;

/**
 * An http(s) address: the scheme, then a run of characters that may stand in an address, up to a quote, a
 * space, a bracket or a template's `{`/`$`. One pass, no backtracking: the run is greedy and nothing follows it.
 * Not preceded by a character that would make the scheme part of a longer word (`git+https://`).
 */
const CANDIDATE_RE = /(?<![\w.+-])https?:\/\/[^\s"'`<>\\(){}[\]|^,;$*]{1,2048}/gi;
/** Characters after an address that make it a template (`https://x/a.pt${SUFFIX}`, `.../x.pt{ext}`, a glob). */
const PLACEHOLDER_AFTER = new Set(['{', '$', '*']);
/** A `%` that is not a percent-encoded byte: a printf template (`%s`, `%(name)s`, `%d`). */
const BAD_PERCENT_RE = /%(?![0-9a-f]{2})/i;
const HOST_RE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+\.?$/;
const IPV4_RE = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/;
/** Reserved names (RFC 2606, RFC 6761) and local names: examples and placeholders, never a download. */
const PLACEHOLDER_HOST_RE =
  /(?:^|\.)(?:example\.(?:com|org|net)|[^.]+\.(?:example|invalid|test|localhost|local)|example|invalid|test|localhost)$/;

function privateIpv4(host: string): boolean {
  const m = IPV4_RE.exec(host);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

/** Code forges: `host/OWNER/REPO` is a repository's page (`github.com/tpoisonooo/llama.onnx`), not a file. */
const FORGE_HOSTS = new Set(['github.com', 'www.github.com', 'gitlab.com', 'codeberg.org', 'bitbucket.org']);
/** A path segment that says the file is data (`http://sbert.net/datasets/simplewiki-...-v1.pt`: embeddings of a corpus). */
const DATA_SEGMENT_RE = /\/datasets?\//i;
/** A UI's placeholder text (`"uriPlaceholder": "https://exemplo.com/modelo.gguf"`, `placeholder="..."`) before the address. */
const PLACEHOLDER_BEFORE_RE = /placeholder/i;

/** The extension of the last segment of an address's path, lower-cased, when it is a weight file's. */
export function weightExtension(path: string): string | undefined {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  if (dot <= slash + 1) return undefined;
  const ext = path.slice(dot + 1).toLowerCase();
  return WEIGHT_EXTENSIONS.includes(ext) ? ext : undefined;
}

/**
 * The id of a weight file's address (`written`: from `http` to the end of the run of address characters), or
 * undefined when it is not one: no weight extension on its path's last segment, a template, a placeholder or
 * private host, a Hub address. The id is the scheme and host in lower case and the path as written, without
 * user information, query string and fragment.
 */
export function weightUrlId(written: string): string | undefined {
  const scheme = written.indexOf('://');
  if (scheme < 0) return undefined;
  let end = written.length;
  for (let i = scheme + 3; i < written.length; i++) {
    const c = written[i];
    if (c === '?' || c === '#') {
      end = i;
      break;
    }
  }
  let body = written.slice(scheme + 3, end);
  if (BAD_PERCENT_RE.test(body)) return undefined;
  // a sentence's full stop or colon after the address
  while (body.endsWith('.') || body.endsWith(':')) body = body.slice(0, -1);
  const slash = body.indexOf('/');
  if (slash <= 0) return undefined;
  const path = body.slice(slash);
  if (!weightExtension(path)) return undefined;
  let authority = body.slice(0, slash);
  const at = authority.lastIndexOf('@');
  if (at >= 0) authority = authority.slice(at + 1);
  const portAt = /:\d*$/.exec(authority);
  const host = (portAt ? authority.slice(0, portAt.index) : authority).toLowerCase().replace(/\.$/, '');
  if (!HOST_RE.test(host) || PLACEHOLDER_HOST_RE.test(host) || privateIpv4(host) || isHubHost(host)) return undefined;
  if (DATA_SEGMENT_RE.test(path)) return undefined;
  if (FORGE_HOSTS.has(host) && path.split('/').filter(Boolean).length <= 2) return undefined;
  const port = portAt && portAt[0].length > 1 ? portAt[0] : '';
  return `${written.slice(0, scheme).toLowerCase()}://${host}${port}${path}`;
}

/**
 * A release asset of spaCy's trained pipelines (`https://github.com/explosion/spacy-models/releases/download/
 * en_core_web_sm-3.8.0/en_core_web_sm-3.8.0-py3-none-any.whl`, or the `.tar.gz`): what `spacy download` installs,
 * written in a requirements line, a `pip install` or a pyproject dependency. The package is spacy/NAME on the Hub.
 */
const SPACY_RELEASE_RE =
  /^https?:\/\/github\.com\/explosion\/spacy-models\/releases\/download\/([a-z]{2,3}_[a-z]+_[a-z]+_[a-z]+)-[\w.]{1,40}\/([a-z]{2,3}_[a-z]+_[a-z]+_[a-z]+)-[\w.]{1,40}?(?:-py3-none-any\.whl|\.tar\.gz)$/i;

/** The Hub id of a spaCy pipeline's release asset (see SPACY_RELEASE_RE), else undefined. */
export function spacyReleaseId(written: string): string | undefined {
  const m = SPACY_RELEASE_RE.exec(written.split(/[?#]/)[0]);
  if (!m || m[1].toLowerCase() !== m[2].toLowerCase()) return undefined;
  return spacyPipelineId(m[1].toLowerCase());
}

/** An assignment of a value starting where the line's text before it ends: `NAME=`, `NAME = "`, `export NAME='`. */
const ASSIGN_BEFORE_RE =
  /^[ \t]*(?:(?:export|readonly|local|declare|ENV|ARG|const|let|var)[ \t]+)?([A-Za-z_]\w{0,63})[ \t]*(?::=|\?=|=)[ \t]*["']?$/;
/** What may follow a base address's value on its line: its closing quote, a comment. */
const ASSIGN_AFTER_RE = /^["']?[ \t]*(?:[#;].*)?\r?$/;
/** Uses of a variable at the head of an address: `${NAME}`, `$(NAME)` (make), `$NAME`, `{NAME}` (an f-string). */
const USE_RE = /\$\{([A-Za-z_]\w*)\}|\$\(([A-Za-z_]\w*)\)|\$([A-Za-z_]\w*)|\{([A-Za-z_]\w*)\}/g;
/** The rest of an address after a variable. */
const TAIL_RE = /[^\s"'`<>\\(){}[\]|^,;$*]{1,2048}/y;
/** Values kept per variable (it may be set in several branches). */
const MAX_VALUES = 8;
/** Variables holding a base address remembered per file. */
const MAX_BASES = 256;

/** The text of the line holding `at` before it, at most `max` characters (without looking further back). */
function lineBefore(text: string, at: number, max: number): string {
  const s = text.slice(Math.max(0, at - max), at);
  return s.slice(s.lastIndexOf('\n') + 1);
}

/**
 * Weight files' addresses in `text`, each at the offset of its `http` (or of the variable its address starts with:
 * `"${BASE_URL}/sam2.1_hiera_tiny.pt"` after `BASE_URL="https://dl.fbaipublicfiles.com/segment_anything_2/092824"`
 * in the same file, or `f"{BASE}/x.pt"`: the variable's value is joined to the rest as the shell joins them).
 */
export function extractWeightUrls(text: string, budget: Budget | undefined): RawRef[] {
  const out: RawRef[] = [];
  if (!text.includes('://')) return out;
  let bases: Map<string, string[]> | undefined;
  for (const m of text.matchAll(CANDIDATE_RE)) {
    budget?.tick();
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const next = text[end];
    // over the length cap, or a template's placeholder right after it (`https://host/x.pt${SUFFIX}`)
    if (m[0].length >= MAX_URL || (next !== undefined && PLACEHOLDER_AFTER.has(next))) continue;
    const spacy = spacyReleaseId(m[0]);
    if (spacy) {
      out.push({ id: spacy, kind: 'hub', offset: at });
      continue;
    }
    const id = weightUrlId(m[0]);
    if (id) {
      if (!PLACEHOLDER_BEFORE_RE.test(lineBefore(text, at, 120))) out.push({ id, kind: 'url', offset: at });
      continue;
    }
    // a base address assigned to a variable (`BASE_URL="https://host/dir"`), for the addresses built on it
    if ((bases?.size ?? 0) >= MAX_BASES) continue;
    const before = lineBefore(text, at, 201);
    const assign = before.length <= 200 ? ASSIGN_BEFORE_RE.exec(before) : null;
    if (!assign) continue;
    const after = text.slice(end, end + 201);
    const nl = after.indexOf('\n');
    if ((nl < 0 && end + 201 <= text.length) || !ASSIGN_AFTER_RE.test(nl < 0 ? after : after.slice(0, nl))) continue;
    const value = m[0];
    if (value.includes('?') || value.includes('#') || BAD_PERCENT_RE.test(value)) continue;
    bases ??= new Map();
    const list = bases.get(assign[1]) ?? [];
    if (list.length < MAX_VALUES && !list.includes(value)) list.push(value);
    bases.set(assign[1], list);
  }
  if (bases) {
    for (const m of text.matchAll(USE_RE)) {
      budget?.tick();
      const values = bases.get(m[1] ?? m[2] ?? m[3] ?? m[4]);
      if (!values) continue;
      const after = (m.index ?? 0) + m[0].length;
      TAIL_RE.lastIndex = after;
      const tail = TAIL_RE.exec(text)?.[0];
      if (!tail || PLACEHOLDER_AFTER.has(text[after + tail.length] ?? '')) continue;
      for (const v of values) {
        const id = weightUrlId(v + tail);
        if (id) out.push({ id, kind: 'url', offset: m.index ?? 0 });
      }
    }
  }
  return out;
}

/**
 * Files whose comments start with `#` (shell, Dockerfiles, Makefiles, YAML, TOML, INI, .env, Ruby, R, Perl...):
 * an address on a line that is a comment there is a mention (a download a script no longer makes, a note).
 */
export const HASH_COMMENT_FILE_RE =
  /(?:\.(?:sh|bash|zsh|ksh|ya?ml|toml|cfg|ini|conf|env|rb|r|pl|mk|tf|nix|cmake|ps1)|(?:^|\/)(?:[^/]*\.dockerfile|(?:Dockerfile|Containerfile)(?:\.[^/]*)?|Makefile|GNUmakefile|Modelfile|justfile|Justfile|Procfile|\.env(?:\.[^/]*)?))$/i;

/** The [start, end) ranges of the lines whose first character that is not a blank is `#`, in order. One pass. */
export function hashCommentLines(text: string, budget: Budget | undefined): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    budget?.tick();
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    let i = start;
    while (i < nl && (text[i] === ' ' || text[i] === '\t')) i++;
    if (text[i] === '#') ranges.push([start, nl]);
    start = nl + 1;
  }
  return ranges;
}
