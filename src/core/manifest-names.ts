/**
 * Where the manifest is looked for when none is named: the one definition that the CLI (`check`, `--base`), the
 * engine's discovery and the action (its `manifest` input left at `models.yaml`, the pull request's base) all use.
 * No imports: the CLI reads it before anything else is loaded.
 */

/** The action's `manifest` input default (action.yml): the default lookup below applies when it is left so. */
export const DEFAULT_MANIFEST = 'models.yaml';

/**
 * CycloneDX JSON BOMs at the names CycloneDX recognizes (`bom.json`, and `bom.cdx.json` of the `*.cdx.json`
 * pattern: https://cyclonedx.org/specification/overview/#recognized-file-patterns), in the order they are tried.
 */
export const DEFAULT_BOMS: readonly string[] = ['bom.json', 'bom.cdx.json'];

/**
 * The default manifests, in order: `models.yaml`, `models.yml`, then a CycloneDX BOM, which is the manifest only
 * when it lists a `machine-learning-model` component (an ordinary software SBOM is not: see `isDefaultManifest`).
 */
export const DEFAULT_MANIFESTS: readonly string[] = ['models.yaml', 'models.yml', ...DEFAULT_BOMS];

const ML_MODEL = 'machine-learning-model';

/**
 * Whether a default manifest that exists (`name` of DEFAULT_MANIFESTS, `text` its content) is the manifest:
 * `models.yaml` and `models.yml` always are; a BOM is when it lists a machine-learning-model component (at any
 * depth of `components`), or when it names that type but is not valid JSON (its parse error is then reported, not
 * passed over). Linear in the text: one JSON.parse, one walk with an explicit stack.
 */
export function isDefaultManifest(name: string, text: string): boolean {
  if (!DEFAULT_BOMS.includes(name)) return true;
  if (!text.includes(ML_MODEL)) return false;
  let bom: unknown;
  try {
    bom = JSON.parse(text);
  } catch {
    return true;
  }
  if (!bom || typeof bom !== 'object' || (bom as { bomFormat?: unknown }).bomFormat !== 'CycloneDX') return false;
  const stack: unknown[] = [(bom as { components?: unknown }).components];
  while (stack.length) {
    const list = stack.pop();
    if (!Array.isArray(list)) continue;
    for (const c of list as unknown[]) {
      if (!c || typeof c !== 'object') continue;
      if ((c as { type?: unknown }).type === ML_MODEL) return true;
      stack.push((c as { components?: unknown }).components);
    }
  }
  return false;
}

/**
 * The default manifest among files read at the default names (`textOf` returns undefined for one that does not
 * exist or could not be read), and the BOMs of models passed over because a manifest before them (`models.yaml`)
 * was read.
 */
export function pickDefaultManifest(textOf: (name: string) => string | undefined): {
  manifest?: { name: string; text: string };
  /** BOMs of models that exist and were not read (a manifest before them was). */
  unread: string[];
} {
  let manifest: { name: string; text: string } | undefined;
  const unread: string[] = [];
  for (const name of DEFAULT_MANIFESTS) {
    const text = textOf(name);
    if (text === undefined || !isDefaultManifest(name, text)) continue;
    if (!manifest) manifest = { name, text };
    else if (DEFAULT_BOMS.includes(name)) unread.push(name);
  }
  return { manifest, unread };
}
