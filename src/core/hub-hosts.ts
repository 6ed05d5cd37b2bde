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
