/**
 * The organisation-wide inventory: the JSON reports of many repositories (`model-gate check --format json`)
 * merged into one census of models (schemas/inventory.schema.json).
 */
import type { LicenseCategory, ModelStatus, ReferenceKind } from '../core/types.js';

/** Statuses, most severe first (the order of the contract). */
export const STATUS_ORDER: readonly ModelStatus[] = ['blocked', 'waived', 'warning', 'allowed'];

export type StatusCounts = Record<ModelStatus, number>;

/**
 * A place in a repository. Its address on the forge is the repository's `url` + `/blob/` + its `commit` +
 * `/` + the path (each segment percent-encoded) + `#L` + the line (the CSV and HTML formats write it).
 */
export interface InventoryLocation {
  path: string;
  line: number;
  column?: number;
}

/** One model as one repository uses it. */
export interface InventoryUsage {
  /** The repository's name (`owner/repo`, or what the report's file name says). */
  repository: string;
  status: ModelStatus;
  declared: boolean;
  license: string | null;
  /** The revision the repository pins. */
  revision?: string;
  /** The Hub commit the check resolved. */
  commit?: string;
  purpose?: string;
  /** Rules with findings (waived or not), sorted. */
  rules: string[];
  locations: InventoryLocation[];
  /** Locations left out beyond the cap. */
  locations_omitted?: number;
}

export interface InventoryModel {
  id: string;
  kind?: ReferenceKind;
  publisher?: string;
  /** The license most repositories report (null when none knows it). */
  license: string | null;
  /** Every license reported for it, when the repositories disagree (more than one). */
  licenses?: string[];
  category: LicenseCategory;
  /** The most severe status among the repositories that use it. */
  status: ModelStatus;
  /** Repositories per status. */
  statuses: StatusCounts;
  /** Repositories that use it. */
  repositories: number;
  /** Repositories whose manifest declares it. */
  declared_in: number;
  /** Pinned revisions, sorted. */
  revisions: string[];
  usages: InventoryUsage[];
}

export interface InventoryRepository {
  name: string;
  /** Its address (`https://github.com/OWNER/REPO`), when the report says. */
  url?: string;
  /** The commit checked. */
  commit?: string;
  /** The report file(s) read. */
  reports: string[];
  /** Policy names. */
  policies: string[];
  verdict: 'pass' | 'fail';
  /** Models found. */
  models: number;
  counts: StatusCounts;
  /** Files the check could not read. */
  not_scanned: number;
}

export interface Inventory {
  version: 1;
  generated_at: string;
  tool: { name: 'model-gate'; version: string };
  /** Policy names the reports were checked against, sorted. */
  policies: string[];
  summary: {
    repositories: number;
    /** Repositories expected (--expected) that have no report. */
    missing: number;
    /** Distinct models. */
    models: number;
    /** Model × repository pairs. */
    usages: number;
    /** Distinct models per (most severe) status. */
    by_status: StatusCounts;
    /** Distinct models per license category. */
    by_category: Record<LicenseCategory, number>;
    /** Repositories per verdict. */
    verdicts: { pass: number; fail: number };
  };
  /** Most severe first, then most used. */
  models: InventoryModel[];
  repositories: InventoryRepository[];
  /** Expected repositories without a report, sorted. */
  missing: string[];
  /** What the reader must know: files not scanned, reports merged, models cut. */
  warnings: string[];
}

export function zeroCounts(): StatusCounts {
  return { blocked: 0, waived: 0, warning: 0, allowed: 0 };
}
