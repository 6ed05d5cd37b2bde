/**
 * The Hugging Face Hub's addresses as a regular expression's source (no anchors, no flags): its own hosts, and
 * hf-mirror.com, a public mirror whose addresses map one to one onto the Hub's
 * (`https://hf-mirror.com/ORG/REPO/resolve/REV/FILE`), which many projects set as `HF_ENDPOINT` or download from.
 * An address on any of them names the Hub repository ORG/REPO.
 */
export const HUB_HOST_SOURCE = String.raw`(?:www\.)?(?:huggingface\.co|hf\.co|hf-mirror\.com)`;

/**
 * The routes of a Hub repository's address after its name (`/resolve/<rev>/<file>`, `/tree/<rev>`, `/blob/`, `/raw/`,
 * `/commit/<sha>`): after a single segment (`huggingface.co/gpt2/resolve/main/config.json`) they mark a repository
 * of the Hub's first years, without a namespace (`gpt2`), not a repository `gpt2/resolve`.
 */
export const HUB_ROUTES: ReadonlySet<string> = new Set(['resolve', 'tree', 'blob', 'commit', 'raw']);

/**
 * ModelScope's own namespaces, which publish there and not on the Hub: Alibaba's speech and vision labs (`iic/`,
 * formerly `damo/`), whose models FunASR, ModelScope's pipelines and `snapshot_download` fetch from ModelScope. An id
 * in them names ModelScope's repository, not a Hub id (a Hub lookup would find nothing, or another publisher's).
 */
const MODELSCOPE_NAMESPACE_RE = /^(?:iic|damo)\/[^/]+$/;

/**
 * ModelScope's address of an id in its own namespaces (`iic/SenseVoiceSmall` →
 * `https://modelscope.cn/models/iic/SenseVoiceSmall`), else undefined: what the scanners report, and what a manifest
 * entry naming the id declares.
 */
export function modelScopeAddress(id: string): string | undefined {
  return MODELSCOPE_NAMESPACE_RE.test(id) ? `https://modelscope.cn/models/${id}` : undefined;
}

/** First path segments of the Hub's addresses that are not model repositories (`huggingface.co/datasets/...`). */
export const NON_MODEL_HUB_SECTIONS: ReadonlySet<string> = new Set([
  'datasets',
  'spaces',
  'docs',
  'blog',
  'papers',
  'settings',
  'models',
  'api',
  'join',
  'login',
  'logout',
  'pricing',
  'enterprise',
  'collections',
  'organizations',
  'posts',
  'learn',
  'tasks',
  'chat',
  'new',
  'new-dataset',
  'new-space',
  'new-collection',
  'inference-endpoints',
  'inference-api',
  'transformers',
  'course',
  'courses',
  'terms-of-service',
  'privacy',
  'oauth',
  'static-proxy',
  'front',
  'avatars',
  'storage',
  'changelog',
  'welcome',
  'notifications',
  'search',
  'mcp',
  'subscribe',
  'team',
  'jobs',
  'billing',
  'brand',
  'security',
  'support',
  'careers',
  'contact',
  'about',
  'status',
  'huggingchat',
  'inference',
  'hf-inference',
  'pro',
  'email_confirmation',
  'password',
  'code-of-conduct',
  'content-guidelines',
  'hardware',
  'compute',
  'leaderboard',
  'open-llm-leaderboard',
  'tos',
  'terms',
  'user',
  'users',
]);

/** The start of a Hub address naming a repository: the host, then two path segments (read by `readHubAddress`). */
const HUB_ADDRESS_RE = new RegExp(String.raw`^(?:https?:\/\/)?${HUB_HOST_SOURCE}\/([\w.-]+)\/([\w.-]+)`, 'i');

/** The model repository a Hub address at the start of a value names (`readHubAddress`). */
export interface HubAddress {
  /** The repository's namespace; undefined for a repository of the Hub's first years (`huggingface.co/gpt2/resolve/main/x`). */
  namespace?: string;
  /** The repository's name, as written (the caller checks its shape). */
  name: string;
  /** Where the repository's part of the value ends: what follows is `/resolve/...`, `:Q4_K_M`, `?query`, or nothing. */
  end: number;
}

/**
 * The model repository named by a Hub address at the start of `value` (`https://huggingface.co/org/name/...`,
 * `hf.co/org/name:Q4_K_M`, `hf-mirror.com/org/name`), or undefined: no Hub address, or one of the Hub's other pages
 * (`/datasets/`, `/spaces/`, `/docs/`: NON_MODEL_HUB_SECTIONS). A single segment followed by a route
 * (`huggingface.co/gpt2/resolve/main/config.json`) is a repository without a namespace. The one reader of Hub
 * addresses in values, for the manifest, the scanners and model cards alike; the URL scanner's search of text uses
 * the same hosts, sections and routes.
 */
export function readHubAddress(value: string): HubAddress | undefined {
  const m = HUB_ADDRESS_RE.exec(value);
  if (!m || NON_MODEL_HUB_SECTIONS.has(m[1].toLowerCase())) return undefined;
  const end = m[0].length;
  if (value.charCodeAt(end) === 47 && HUB_ROUTES.has(m[2])) return { name: m[1], end: end - m[2].length - 1 };
  return { namespace: m[1], name: m[2], end };
}

/** `https://HOST/` or `HOST/` at the start of a value, HOST one of the Hub's (case-insensitive). */
export const HUB_ADDRESS_START_RE = new RegExp(String.raw`^(?:https?:\/\/)?${HUB_HOST_SOURCE}\/`, 'i');

/** Whether a host (lower case) serves the Hub's files: its own hosts, their subdomains (`cdn-lfs.huggingface.co`), the mirror. */
export function isHubHost(host: string): boolean {
  return (
    host === 'huggingface.co' ||
    host.endsWith('.huggingface.co') ||
    host === 'hf.co' ||
    host.endsWith('.hf.co') ||
    host === 'hf-mirror.com' ||
    host === 'www.hf-mirror.com'
  );
}
