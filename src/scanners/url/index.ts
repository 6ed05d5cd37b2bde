import { globMatcher } from '../../core/glob.js';
import { HUB_HOST_SOURCE, HUB_ROUTES, NON_MODEL_HUB_SECTIONS } from '../../core/hub-hosts.js';
import type { Budget } from '../limits.js';
import { defineScanner } from '../define.js';
import { isHubIdShape, isHubSegment, ollamaId, trimDots } from '../common/ids.js';
import { outputOf } from '../common/output.js';
import { isSuppressed, LineIndex, suppressedLines, type RawRef } from '../common/text.js';
import { jsTokens } from '../javascript/lexer.js';
import { pythonProse } from '../python/lexer.js';
import { notebookCells } from '../python/notebook.js';
import { parentKeyOf, yamlEvents } from '../common/yaml-lite.js';
import { REQUIREMENTS_FILES } from '../../core/requirements-files.js';
import { extractWeightUrls, HASH_COMMENT_FILE_RE, hashCommentLines, WEIGHT_URL_TRIGGERS } from './weights.js';

/**
 * huggingface.co / hf.co addresses, with or without scheme, not preceded by a character that would make the
 * host part of another name (`cdn-lfs.huggingface.co`, `user@huggingface.co`, `xhf.co`). Linear: the look-behind
 * lets a match start only where a run of name characters starts.
 */
const URL_RE = new RegExp(
  String.raw`(?<![\w.@/-])(?:https?:\/\/)?${HUB_HOST_SOURCE}\/([\w.-]+)\/([\w.-]+)(?:\/(${[...HUB_ROUTES].join('|')})\/([\w.%-]+)(\/[\w.%/-]*)?)?`,
  'gi',
);
/**
 * A file in a model repository that is a document, not part of the model: its card, its license, its notice
 * (`.../blob/main/LICENSE.md`, `.../resolve/main/README.md`). An address of one is a link to the model's terms or
 * description (a generated model card points to its base's license), never a load. `merges.txt` and `vocab.txt` are
 * the tokenizer's: only licenses and notices are documents among .txt files.
 */
const DOCUMENT_FILE_RE =
  /(?:^|\/)(?:(?:license|licence|notice|copying|use_policy|readme)(?:[._-][\w.-]*)?|[^/]*\.(?:md|markdown|rst|html?|pdf))$/i;

/** The parts of a Hub address after a repository that name a revision (`/resolve/<rev>/...`, `/tree/<rev>`). */
/** What follows `NAME/resolve` in a legacy repository's address: `/<rev>` and the file's path (read at lastIndex). */
const LEGACY_REST_RE = /\/([\w.%-]+)(\/[\w.%/-]*)?/y;

/** Inference API addresses name the model after /models/. */
const INFERENCE_RE =
  /(?<![\w.@/-])(?:https?:\/\/)?(?:api-inference\.huggingface\.co|router\.huggingface\.co\/hf-inference)\/models\/([\w.-]+)\/([\w.-]+)/gi;

/**
 * Ollama library pages (`https://ollama.com/library/llama3.2:3b`, the former `ollama.ai`, the registry's
 * `registry.ollama.ai/library/x`): the model, with its tag when the address names one (`/tags` is a page).
 */
const OLLAMA_URL_RE =
  /(?<![\w.@/-])(?:https?:\/\/)?(?:www\.|registry\.)?ollama\.(?:com|ai)\/library\/([a-z0-9][\w.-]*)(?::([\w][\w.-]*))?/gi;

export const URL_TRIGGERS = [
  'huggingface.co',
  'hf.co',
  'HuggingFace.co',
  'Huggingface.co',
  'HF.co',
  'hf-mirror.com',
  'ollama.com/library',
  'ollama.ai/library',
  'spacy-models/releases', // a spaCy pipeline's release asset (a requirements line, `pip install URL`)
  ...WEIGHT_URL_TRIGGERS,
] as const;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Documents (Markdown, reStructuredText, text): whether their references are mentions is the policy's `scan.mentions`. */
const DOCUMENT_RE = /\.(?:md|mdx|markdown|rst|txt|adoc)$/i;

/** What comes right before a link's address: an HTML anchor's `href="` (`href=\"` inside a JSON string), `](` in Markdown. */
const LINK_BEFORE_RE = /(?:href=\\?["']?|\]\()$/i;

/** Whether the address at `at` is written as a link (for a reader to follow, in a description), not a value. */
function isLink(text: string, at: number): boolean {
  return LINK_BEFORE_RE.test(text.slice(Math.max(0, at - 8), at));
}

/**
 * Hub model addresses in any text, with the offset of the address. With `linksAsMentions` (any file but a
 * document), the address of a model's page written as a link (an HTML anchor, a Markdown link: a description in a
 * JSON registry of models) is a mention. With `pagesAsMentions` (program code), the
 * address of a model's page (no /resolve/, /blob/, /raw/, /tree/ or /commit/ part) is a mention: code loads
 * models by id or by file address, and a bare page address there is a link (a model registry, a UI, a docstring).
 */
export function extractHubUrls(
  text: string,
  budget?: Budget,
  pagesAsMentions = false,
  linksAsMentions = true,
): RawRef[] {
  const raw: RawRef[] = [];
  for (const m of text.matchAll(URL_RE)) {
    budget?.tick();
    const ns = m[1];
    if (NON_MODEL_HUB_SECTIONS.has(ns.toLowerCase())) continue;
    const at = m.index ?? 0;
    // a repository of the Hub's first years, without a namespace (`huggingface.co/gpt2/resolve/main/config.json`):
    // the model is `gpt2`, not `gpt2/resolve`
    if (!m[3] && HUB_ROUTES.has(m[2])) {
      LEGACY_REST_RE.lastIndex = at + m[0].length;
      const rest = LEGACY_REST_RE.exec(text);
      if (rest && isHubSegment(ns)) {
        const ref: RawRef = { id: ns, kind: 'hub', offset: at, revision: safeDecode(rest[1]) };
        if (rest[2] && m[2] !== 'tree' && DOCUMENT_FILE_RE.test(safeDecode(rest[2]))) ref.mention = true;
        raw.push(ref);
      }
      continue;
    }
    const id = `${ns}/${trimDots(m[2])}`;
    if (!isHubIdShape(id)) continue;
    const ref: RawRef = { id, kind: 'hub', offset: at };
    if (
      ((pagesAsMentions || (linksAsMentions && isLink(text, at)) || text[at + m[0].length] === '#') && !m[3]) ||
      (m[5] && m[3] !== 'tree' && DOCUMENT_FILE_RE.test(safeDecode(m[5])))
    )
      ref.mention = true;
    // /resolve/<rev>/, /tree/<rev>, /blob/<rev>/, /commit/<sha>: the revision named by the address
    if (m[4]) ref.revision = safeDecode(m[4]);
    raw.push(ref);
  }
  for (const m of text.matchAll(INFERENCE_RE)) {
    budget?.tick();
    const id = `${m[1]}/${trimDots(m[2])}`;
    if (isHubIdShape(id)) raw.push({ id, kind: 'hub', offset: m.index ?? 0 });
  }
  if (text.includes('/library/')) {
    for (const m of text.matchAll(OLLAMA_URL_RE)) {
      budget?.tick();
      const tag = m[2] ? trimDots(m[2]) : '';
      const id = ollamaId(tag ? `${trimDots(m[1])}:${tag}` : trimDots(m[1]));
      if (id) raw.push({ id, kind: 'ollama', offset: m.index ?? 0 });
    }
  }
  return raw;
}

/**
 * Every model address in a text: the Hub's and Ollama's (`extractHubUrls`), and downloads from elsewhere (weight
 * files, spaCy's release assets: `extractWeightUrls`), these written as a link being mentions when
 * `linksAsMentions` is set. Kept apart, as a comment line of a shell script or configuration file makes only the
 * downloads mentions.
 */
function extractParts(
  text: string,
  budget: Budget,
  pagesAsMentions: boolean,
  linksAsMentions: boolean,
): { hub: RawRef[]; downloads: RawRef[] } {
  const hub = extractHubUrls(text, budget, pagesAsMentions, linksAsMentions);
  const downloads = extractWeightUrls(text, budget).map((r) =>
    linksAsMentions && isLink(text, r.offset) ? { ...r, mention: true } : r,
  );
  return { hub, downloads };
}

/** `extractParts`' addresses in one list. */
function extractAll(text: string, budget: Budget, pagesAsMentions: boolean, linksAsMentions: boolean): RawRef[] {
  const { hub, downloads } = extractParts(text, budget, pagesAsMentions, linksAsMentions);
  return [...hub, ...downloads];
}

/**
 * Keys of a YAML file whose values are links or prose for a reader: a gallery entry's `urls:` (the model's page,
 * its code), its `description: |`, a `homepage:`, `references:`. A model's page address there is a mention.
 */
const LINK_KEY_RE =
  /^(?:urls|links?|homepage|home_page|website|references?|see_also|papers?|docs|documentation|model_card|card|readme|description|desc|summary|notes?|about|citation)$/i;

/**
 * The [start, end) ranges of a YAML file's values under a LINK_KEY_RE key (its scalar, the items of its list, its
 * block scalar), in order. Undefined when it has none.
 */
function yamlLinkRanges(text: string, budget: Budget): Array<[number, number]> | undefined {
  const events = yamlEvents(text, budget);
  let out: Array<[number, number]> | undefined;
  for (let ei = 0; ei < events.length; ei++) {
    budget.tick();
    const e = events[ei];
    const key = e.key ?? (e.item ? parentKeyOf(events, ei) : undefined);
    if (key === undefined || !LINK_KEY_RE.test(key)) continue;
    out ??= [];
    if (e.block) out.push([e.block.start, e.block.end]);
    if (e.value) out.push([e.value.offset, e.value.offset + e.value.text.length]);
    for (const f of e.flow ?? []) out.push([f.offset, f.offset + f.text.length]);
  }
  return out?.sort((a, b) => a[0] - b[0]);
}

const YAML_RE = /\.ya?ml$/i;

/** URL_RE read at one offset. */
const URL_AT_RE = new RegExp(URL_RE.source, 'iy');

/** Whether the Hub reference `r` is a model's page address (no /resolve/, /blob/, /tree/... part). */
function isPage(text: string, r: RawRef): boolean {
  if (r.kind !== 'hub') return false;
  URL_AT_RE.lastIndex = r.offset;
  const m = URL_AT_RE.exec(text);
  return !!m && !m[3] && !HUB_ROUTES.has(m[2]);
}

/** Marks the references that lie in one of the sorted [start, end) ranges as mentions. */
function markMentions(raw: RawRef[], ranges: Array<[number, number]>): RawRef[] {
  if (!ranges.length) return raw;
  return raw.map((r) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ranges[mid][0] <= r.offset) lo = mid;
      else hi = mid - 1;
    }
    const [s, e] = ranges[lo];
    return s <= r.offset && r.offset < e ? { ...r, mention: true } : r;
  });
}

const PY_RE = /\.pyi?$/i;
/** pip's requirements files (the python-deps scanner's): dependencies, though text files. */
const isRequirementsFile = globMatcher(REQUIREMENTS_FILES);
const JS_RE = /\.(?:[mc]?[jt]sx?)$/i;
/**
 * Languages with JavaScript's comments (`//`, `/* *\/`) and quotes: their comments are read with the JavaScript
 * lexer (Go, Rust, Java, Kotlin, Scala, C, C++, CUDA, C#, Swift, Dart, PHP, Zig).
 */
const C_FAMILY_RE =
  /\.(?:go|rs|java|kt|kts|scala|groovy|gradle|c|h|cc|cpp|cxx|hpp|hh|hxx|cu|cuh|cs|swift|dart|php|zig)$/i;

/**
 * Addresses in a notebook's cells: in Markdown cells they are mentions, in code cells they are mentions when
 * written in a comment or a docstring. Outputs are not read.
 */
function notebookUrls(text: string, budget: Budget): RawRef[] {
  const cells = notebookCells(text, budget);
  if (!cells) return extractAll(text, budget, false, true);
  const out: RawRef[] = [];
  for (const cell of cells) {
    if (!cell.source.includes('.co') && !cell.source.includes('ollama.ai') && !cell.source.includes('://')) continue;
    let found = extractAll(cell.source, budget, true, true);
    if (!found.length) continue;
    if (cell.type === 'code') found = markMentions(found, pythonProse(cell.source, budget));
    else found = found.map((r) => ({ ...r, mention: true }));
    const suppressed = suppressedLines(cell.source);
    const index = suppressed.size ? new LineIndex(cell.source) : undefined;
    for (const r of found) {
      if (index && isSuppressed(suppressed, index.line(r.offset))) continue;
      out.push({ ...r, offset: cell.map[r.offset] ?? 0 });
    }
  }
  return out;
}

export const url = defineScanner({
  name: 'url',
  description:
    "Hugging Face model addresses (huggingface.co/org/name, hf.co/org/name, Inference API URLs) in any text file; not datasets, spaces, docs, blog or papers. Weight files downloaded by address from anywhere else (an http(s) URL ending in .safetensors, .gguf, .pt, .pth, .ckpt, .onnx, .tflite, .h5 or .keras; not example, local or private hosts, not templates), also when built on a base address set in the same file. Release assets of spaCy trained pipelines (github.com/explosion/spacy-models/releases/download/...) as spacy/NAME. In program code (Python, JavaScript, TypeScript, and the languages that share their comments: Go, Rust, Java, Kotlin, C, C++, C#, Swift...), addresses in comments, docstrings and notebook Markdown cells, and model page addresses (no /resolve/ or /blob/ part), are mentions; in any file but a document (Markdown, reStructuredText, text), a page address written as a link (an HTML anchor, a Markdown link) is a mention, as is one in a YAML file's links and prose (urls:, homepage:, description:) or at a section of a model card (#anchor).",
  fileMatch: ['**'],
  triggers: URL_TRIGGERS,
  analyze(content, path, _ctx, budget) {
    let raw: RawRef[];
    if (/\.ipynb$/i.test(path)) raw = notebookUrls(content, budget);
    else {
      const py = PY_RE.test(path);
      const js = !py && (JS_RE.test(path) || C_FAMILY_RE.test(path));
      // (a document's links are the policy's to judge: its scan.mentions globs, which may be [])
      const { hub, downloads } = extractParts(content, budget, py || js, !DOCUMENT_RE.test(path));
      raw = [...hub, ...downloads];
      if (raw.length && py) raw = markMentions(raw, pythonProse(content, budget));
      else if (raw.length && js) {
        raw = markMentions(raw, jsTokens(content, budget).comments);
      } else if (raw.length && isRequirementsFile(path)) {
        // a requirements line commented out installs nothing: every address on it is a note
        raw = markMentions(raw, hashCommentLines(content, budget));
      } else if (raw.length && HASH_COMMENT_FILE_RE.test(path)) {
        // downloads' addresses on a comment line (Hub addresses keep their reading there: a load)
        raw = [...hub, ...markMentions(downloads, hashCommentLines(content, budget))];
        // a YAML file's links and prose (a gallery entry's `urls:`, its `description:`): the model's page there is a
        // mention (a file's address, `/resolve/main/x.gguf`, keeps its reading)
        if (YAML_RE.test(path) && raw.some((r) => !r.mention && isPage(content, r))) {
          const ranges = yamlLinkRanges(content, budget);
          if (ranges) {
            const pages = new Set(raw.filter((r) => isPage(content, r)));
            raw = [...markMentions([...pages], ranges), ...raw.filter((r) => !pages.has(r))];
          }
        }
      }
    }
    return outputOf(content, path, 'url', raw);
  },
});
