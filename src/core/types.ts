/**
 * Shared types of model-gate's core. The pipeline is
 *   discover (manifest + code scanners) -> resolve (catalog, Hub) -> evaluate (policy rules) -> report
 * Nothing here knows the GitHub Actions runtime or the network.
 */

/** A place in a file of the repository (paths are POSIX, relative to the repository root). */
export interface Location {
  path: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, when known. */
  column?: number;
}

export type LicenseCategory =
  | 'permissive'
  | 'copyleft'
  | 'open-rail'
  | 'community'
  | 'non-commercial'
  | 'research-only'
  | 'proprietary'
  | 'unknown';

export const LICENSE_CATEGORIES: readonly LicenseCategory[] = [
  'permissive',
  'copyleft',
  'open-rail',
  'community',
  'non-commercial',
  'research-only',
  'proprietary',
  'unknown',
];

/** Openness levels, least open first. `open-source` is the OSI Open Source AI Definition 1.0. */
export type Openness = 'closed' | 'open-weights' | 'open-source';
export const OPENNESS_LEVELS: readonly Openness[] = ['closed', 'open-weights', 'open-source'];

/** One license of the catalog (src/catalog/data/licenses.yml), validated by schemas/catalog-licenses.schema.json. */
export interface LicenseTerms {
  /** Lower-case id as the Hugging Face Hub names it (`apache-2.0`, `llama3.1`, `gemma`, `qwen-research`). */
  id: string;
  /** Human name: "Llama 3.1 Community License Agreement". */
  name: string;
  category: LicenseCategory;
  /** SPDX identifier when one exists. */
  spdx?: string;
  osi_approved: boolean;
  /** Whether commercial use is permitted. `conditional`: permitted under a condition stated in `commercial_condition`. */
  commercial: boolean | 'conditional';
  commercial_condition?: string;
  /** Monthly-active-user cap above which a separate license from the licensor is required. */
  user_cap?: number;
  /** Annual revenue (USD) above which the licensee needs a separate (enterprise) license: the Stability AI Community License's 1,000,000. */
  revenue_cap_usd?: number;
  /** `true`: revenue equal to the cap already needs the separate license (the LTX-2 agreements' "at least USD 10,000,000"); absent: only revenue above it. */
  revenue_cap_inclusive?: true;
  /** `false`: the license grants no right to share adapted material (fine-tunes, merges, quantisations); CC BY-ND. Absent: derivatives allowed. */
  derivatives?: false;
  /** The derivative restriction in plain words (required with `derivatives: false`). */
  derivatives_clause?: string;
  /** Regions (ISO-like codes such as `EU`) whose residents/companies are not granted the license, and the clause. */
  excluded_regions?: string[];
  region_clause?: string;
  /** `multimodal`: the regional exclusion reaches only multimodal models (the Llama 3.2 and Llama 4 EU clause). */
  region_scope?: 'multimodal';
  /** Attribution duty in plain words (e.g. 'Display "Built with Llama" ...'); absent when none beyond keeping the notice. */
  attribution?: string;
  /** Naming duty for derivatives (e.g. 'Names of derivative models must begin with "Llama"'). */
  naming?: string;
  /** Restriction on using outputs to train or improve other models. */
  output_training?: string;
  /** Address of the acceptable-use policy, when the license has one. */
  acceptable_use?: string;
  /** Whether use-based restrictions must be passed on to downstream recipients (RAIL, Gemma). */
  restrictions_pass_downstream: boolean;
  /** Other spellings seen in the wild (Hub `license_name`, SPDX ids, card text) that map to this id. */
  aliases?: string[];
  /** Address of the license text. */
  url: string;
  /** Addresses backing the facts above (license text, use policy, model card). At least one. */
  sources: string[];
  /** Set when a fact could not be confirmed from a primary source. */
  unconfirmed?: string;
}

/** One model of the catalog (src/catalog/data/models/*.yml), validated by schemas/catalog-models.schema.json. */
export interface CatalogModel {
  /** Canonical Hugging Face repo id, e.g. `meta-llama/Llama-3.1-8B-Instruct`. */
  id: string;
  /** Family slug, e.g. `llama-3.1`, `gemma-2`, `qwen2.5`. */
  family: string;
  /** What the model does, in the Hub's pipeline-tag words (`text-generation`, `sentence-embeddings`, `text-to-image`). */
  task?: string;
  /** Publisher (the Hub namespace owner), e.g. `meta-llama`. */
  publisher: string;
  /** Catalog license id. */
  license: string;
  /** Base model(s) this checkpoint derives from (fine-tunes, quantisations, distills, merges). */
  base_model?: string[];
  /** Whether the Hub repository is gated. Always set on data entries; absent on a record synthesised from a rule that does not say. */
  gated?: boolean;
  /** Weight file formats published: safetensors, gguf, onnx, bin, pt, pth, ckpt, pkl, ... Empty on a synthesised record whose rule does not say. */
  formats: string[];
  openness: Openness;
  /** Whether the model takes more than one modality (images and text...): license clauses such as Llama's EU exclusion depend on it. */
  multimodal?: boolean;
  /** Whether the training data is released. */
  data_released?: boolean;
  /** Other names: old Hub ids (`gpt2`), Ollama tags (`ollama:llama3.1:8b`), GGUF re-uploads. Compared case-insensitively. */
  aliases?: string[];
  /** Address of the model card (or license file) that backs these facts. */
  source: string;
  unconfirmed?: string;
}

/**
 * Where a model reference was found in code. `hosted`: a model of a hosted API (OpenAI, Bedrock, watsonx,
 * Vertex...) named through its SDK: a service, not a Hub repository, with no license to evaluate.
 */
export type ReferenceKind = 'hub' | 'ollama' | 'url' | 'local-file' | 'hosted';

export interface ModelReference extends Location {
  /** Normalised id: `org/name` for Hub models, `ollama:name[:tag]` for Ollama, the URL for other URLs, the path for local files, the API's model id for hosted models. */
  id: string;
  kind: ReferenceKind;
  /** Scanner name that found it (`python`, `javascript`, `shell`, `modelfile`, `config`, `http`, `url`). */
  scanner: string;
  /** Hub revision named at the reference (e.g. `revision="abc"`), when present. */
  revision?: string;
  /** Hosted references: the service (`openai`, `anthropic`, `bedrock`, `vertex-ai`, `google`, `watsonx`, ...). */
  provider?: string;
  /** Found in documentation inside a code file (a notebook's Markdown cell, a comment or docstring): a mention, not a load. */
  mention?: boolean;
  /**
   * The library loading it downloads fixed files and checks them against SHA-256 sums it ships (openai-whisper's and
   * CLIP's model names): the package's version pins the weights, and the loader takes no revision.
   */
  packagePinned?: boolean;
}

/** One entry of models.yaml (or a CycloneDX machine-learning-model component). */
export interface ManifestEntry {
  id: string;
  revision?: string;
  license?: string;
  base_model?: string;
  purpose?: string;
  location: Location;
}

export interface Manifest {
  path: string;
  format: 'yaml' | 'cyclonedx';
  entries: ManifestEntry[];
}

export type Severity = 'block' | 'warn' | 'off';

/**
 * The rule ids. The rule modules are their one source: `src/rules/index.ts` (generated from them) registers each
 * module's id here by declaration merging, so that this lowest layer needs no import of the rules.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RuleRegistry {}
export type RuleId = Extract<keyof RuleRegistry, string>;

/** What the Hugging Face Hub says of a model (normalised from GET /api/models/{id}[/revision/{rev}]). */
export interface HubModelInfo {
  ok: true;
  id: string;
  author?: string;
  /** Commit sha of the revision returned. */
  sha?: string;
  lastModified?: string;
  gated?: Gated;
  /** `cardData.license` (or the `license:` tag). */
  license?: string;
  /** `cardData.license_name` / `license_link`, used with `other`. */
  licenseName?: string;
  licenseLink?: string;
  /** `cardData.base_model`, always a list. */
  baseModels: string[];
  /** `siblings[].rfilename`. */
  files: string[];
  /** False when a pinned revision was asked for and the Hub answered 404 for the revision but the repo exists. */
  revisionFound?: boolean;
  pipelineTag?: string;
  libraryName?: string;
}

export interface HubLookupFailure {
  ok: false;
  id: string;
  /** `not-found`: the repo does not exist (404); `error`: network, timeout, 5xx, malformed answer; `offline`. */
  reason: 'not-found' | 'error' | 'offline' | 'unauthorized';
  message: string;
}

export type HubLookup = HubModelInfo | HubLookupFailure;

/** The network side of resolution. The core only sees this interface. */
export interface ModelResolver {
  resolve(id: string, revision?: string): Promise<HubLookup>;
}

/** Where a model's own license label comes from (`manifest`: the manifest's word alone, unverified). */
export type LicenseSource = 'catalog' | 'hub' | 'manifest';

/** Which part of the catalog knew a model: its id, an alias (or Ollama name), a family rule, or a re-upload rule. */
export type CatalogMatchKind = 'exact' | 'alias' | 'family' | 'reupload';

/** One step of a model's lineage, the model itself first. */
export interface LineageStep {
  id: string;
  license?: string;
  /** Where the fact came from. */
  source: 'catalog' | 'hub' | 'manifest' | 'none';
}

/** Everything established about a model before the rules run. */
export interface ModelFacts {
  /** Canonical id (catalog spelling when known). */
  id: string;
  kind: ReferenceKind;
  catalog?: CatalogModel;
  /** How the catalog knew the model: its id, an alias (or Ollama name), a family rule, or a re-upload rule. */
  catalogMatch?: CatalogMatchKind;
  hub?: HubModelInfo;
  hubFailure?: HubLookupFailure;
  publisher?: string;
  /** The model's own license label (catalog, else Hub), a catalog license id when it maps to one. */
  license?: string;
  /** Raw license text when it does not map to a catalog id. */
  licenseRaw?: string;
  /** Licenses per source, for license.mismatch. */
  licenseBySource: { manifest?: string; catalog?: string; hub?: string };
  /**
   * Where `license` (the model's own label) comes from: the catalog, the Hub, or the manifest alone (a declared
   * license that neither the catalog nor the Hub confirms). Undefined when the model has no label.
   */
  licenseSource?: LicenseSource;
  /** Lineage, the model itself first; up to 5 levels and 32 base models. */
  lineage: LineageStep[];
  /** The license whose terms bind the model: the most restrictive along the lineage. */
  effectiveLicense?: string;
  /** The lineage step `effectiveLicense` comes from, when it is not the model itself. */
  effectiveFrom?: string;
  /** True when the lineage was not followed to its end (too deep, too wide): the binding terms are then unknown. */
  lineageCut?: boolean;
  gated?: Gated;
  /** Weight file formats (extensions without dot) known for the model. */
  formats?: string[];
  openness?: Openness;
  /** Undefined when unknown. */
  revisionFound?: boolean;
  sha?: string;
  lastModified?: string;
  /** Addresses backing the facts. */
  sources: string[];
  /** Problems met while resolving (lookup failures, lineage cycles). */
  notes: string[];
}

export interface Exception {
  /** Globs over model ids (case-insensitive). */
  models: string[];
  /** Rules waived; undefined means every rule. */
  rules?: RuleId[];
  reason: string;
  /** YYYY-MM-DD, inclusive. */
  expires: string;
  approved_by?: string;
  ticket?: string;
  /** Globs over repository paths the exception applies to. */
  paths?: string[];
  /** Where the exception is written. */
  location: Location;
}

/** One file's allow lists: a license is allowed by the layer when its id or its category is listed. */
export interface AllowLayer {
  allow?: string[];
  allow_categories?: LicenseCategory[];
  /** Where the layer is written. */
  location: Location;
}

/** A loaded, merged policy; every setting resolved. */
export interface Policy {
  version: 1;
  name: string;
  licenses: {
    /** The allow lists of the last layer that set one (for display). */
    allow?: string[];
    deny: string[];
    allow_categories?: LicenseCategory[];
    deny_categories: LicenseCategory[];
    /**
     * Every allow list along the extends chain: a license is allowed only when every layer allows it
     * (a child can only narrow its parents' lists). Empty: every license not denied is allowed.
     */
    allow_layers: AllowLayer[];
  };
  use: {
    commercial?: boolean;
    monthly_active_users?: number;
    /** The organisation's annual revenue in US dollars (license revenue caps, `use.revenue-cap`). */
    annual_revenue_usd?: number;
    regions?: string[];
  };
  openness: { minimum?: Exclude<Openness, 'closed'> };
  provenance: { trusted_publishers?: string[] };
  /** Effective severity of every rule (policy setting, else the rule's default). */
  rules: Record<RuleId, Severity>;
  /** `mentions`: globs of files whose references are mentions (documentation, tests), listed and never evaluated. */
  scan: { paths: string[]; ignore: string[]; mentions: string[] };
  governance: { overridable: string[]; local_exceptions: boolean; exception_max_days?: number };
  exceptions: Exception[];
  /** Files of the extends chain, parents first, this file last. */
  chain: string[];
  /** For each setting (a dotted path such as `rules.license.unknown` or `licenses.deny`), where its effective value was written. */
  origins: Record<string, Location>;
}

export interface Finding {
  rule: RuleId;
  severity: Exclude<Severity, 'off'>;
  waived: boolean;
  message: string;
  path: string;
  line: number;
  column?: number;
  /** What to do about it, in one sentence. */
  help?: string;
  /** The exception that waives it. */
  exception?: { reason: string; expires: string; path: string; line: number; approved_by?: string; ticket?: string };
}

export type ModelStatus = 'blocked' | 'waived' | 'warning' | 'allowed';

export interface ModelReport {
  id: string;
  status: ModelStatus;
  /** Effective license id (or the raw text when not in the catalog); null when unknown. */
  license: string | null;
  /** Where the model's own license label comes from; `manifest`: declared, unverified; null: no label. */
  license_source?: LicenseSource | null;
  /** How the catalog knew the model (exact id, alias, family rule, re-upload rule), when it did. */
  match?: CatalogMatchKind;
  declared: boolean;
  /** Whether the change adds or alters it (true for every model without a base to compare with). */
  new: boolean;
  locations: Location[];
  findings: Finding[];
  /** What the id names: a Hub repo, an Ollama tag, a URL, or a local file. */
  kind?: ReferenceKind;
  publisher?: string;
  revision?: string;
  purpose?: string;
  lineage?: LineageStep[];
  /** Whether the Hub repository is gated (see `Gated`). */
  gated?: Gated;
  /** The commit the Hub resolved (the pinned revision, or the current head), when the Hub was asked. */
  commit?: string;
  /** When the model's repository last changed, per the Hub. */
  last_modified?: string;
  sources?: string[];
  /** Suggested allowed alternatives from the catalog, for blocked models. */
  alternatives?: string[];
}

/** A model named in documentation or tests: listed, never evaluated. */
export interface Mention {
  id: string;
  path: string;
  line: number;
}

/** A model of a hosted API (OpenAI, Bedrock, watsonx...) named through its SDK: listed, with no license evaluation. */
export interface HostedService {
  id: string;
  /** The service (`openai`, `bedrock`, `watsonx`...), when the scanner knows it. */
  provider?: string;
  /**
   * The open-weight model the catalog knows by this id (`meta-llama/llama-4-scout-17b-16e-instruct` on Groq is
   * `meta-llama/Llama-4-Scout-17B-16E-Instruct`), and its license: a service that hosts it passes its terms on
   * (acceptable-use policy, attribution). Shown, not evaluated.
   */
  model?: string;
  license?: string;
  locations: Location[];
}

export interface Report {
  version: 1;
  verdict: 'pass' | 'fail';
  policy: string;
  models: ModelReport[];
  /** Findings about the policy itself (exceptions that expired or expire soon, exceptions that waive nothing). */
  policy_findings: Finding[];
  summary: {
    models: number;
    new: number;
    existing: number;
    blocked: number;
    waived: number;
    warning: number;
    allowed: number;
  };
  /** Whether a base was compared against (a pull request or --base). */
  base?: string;
  /** Files the scan could not read (too large, links out of the repository, unreadable); binary files are not listed. */
  not_scanned?: Array<{ path: string; reason: string }>;
  /**
   * Code in languages no scanner analyses (C, C++, Scala, Ruby...), outside documentation and tests: read for Hugging
   * Face addresses only, so models it loads by name are not found. Per language, most files first.
   */
  not_analyzed?: NotAnalyzed[];
  /** Models named only in documentation or tests (policy `scan.mentions`), sorted by path and line; at most MAX_MENTIONS. */
  mentions?: Mention[];
  /** How many mentions were found (more than `mentions` lists when over the cap). */
  mentions_total?: number;
  /** Models of hosted APIs named through their SDKs: services, not evaluated. */
  hosted?: HostedService[];
  /** The policy's provenance.trusted_publishers, when it sets them (stated once, not in every finding). */
  trusted_publishers?: string[];
  /** The repository checked (`model-gate inventory` merges reports by it), when known. */
  repository?: { full_name: string; url?: string; commit?: string };
}

/** Files of one language that no scanner analyses (`Report.not_analyzed`). */
export interface NotAnalyzed {
  language: string;
  /** How many files (outside documentation and tests). */
  files: number;
  /** The first of them, in path order. */
  path: string;
}

/**
 * Whether a Hub repository is gated, as the Hub says it: `false`, or how access requests are approved, `"auto"`
 * (at once, when the user accepts the conditions) or `"manual"` (by the repository's authors); `true` when the
 * catalog says it is gated without saying how.
 */
export type Gated = boolean | 'auto' | 'manual';
