/** The action's inputs (action.yml), parsed and checked. */
import type { UserErrorItem } from '../core/errors.js';
import { DEFAULT_MANIFEST } from '../core/manifest-names.js';

export type Mode = 'enforce' | 'audit';
export type CommentMode = 'auto' | 'always' | 'never';

export interface ActionInputs {
  policy: string;
  /** The repository's folder in the workspace (where actions/checkout put it). */
  path: string;
  /** The manifest's path, relative to `path`. */
  manifest: string;
  token: string;
  mode: Mode;
  comment: CommentMode;
  checkName: string;
  scan: boolean;
  hub: boolean;
  hfToken: string;
  sarifFile: string;
  /** Where to write a CycloneDX AI-BOM ('' for none). */
  bomFile: string;
  review: boolean;
  /** Submit the models to the repository's dependency graph. */
  dependencyGraph: boolean;
  /**
   * The Hub cache: '' or `false` for none, `true` for the default file under RUNNER_TEMP, or a path outside the
   * workspace (a path inside it is not trusted: a pull request could commit one).
   */
  cache: string;
}

/** Defaults, as action.yml states them (used when an input is empty, e.g. when run outside a workflow). */
export const INPUT_DEFAULTS = {
  policy: 'default',
  path: '.',
  manifest: DEFAULT_MANIFEST,
  mode: 'enforce',
  comment: 'auto',
  'check-name': 'model-gate',
  scan: 'true',
  hub: 'true',
  review: 'false',
  'dependency-graph': 'false',
} as const;

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/**
 * Reads inputs through `get` (which returns '' for an unset input), never throwing: a bad value is listed in
 * `errors` and replaced by its default (a bad `mode` means enforce), so the token, check name and event can still
 * be used to report the errors.
 */
export function readInputs(get: (name: string) => string): { inputs: ActionInputs; errors: UserErrorItem[] } {
  const errors: string[] = [];
  const defaultOf = (name: string): string => (INPUT_DEFAULTS as Record<string, string>)[name] ?? '';
  const str = (name: string): string => {
    const v = (get(name) ?? '').trim();
    return v !== '' ? v : defaultOf(name);
  };
  const bool = (name: string): boolean => {
    const v = str(name);
    if (TRUE.includes(v)) return true;
    if (FALSE.includes(v)) return false;
    errors.push(`input \`${name}\`: expected true or false, got ${JSON.stringify(v)}`);
    return TRUE.includes(defaultOf(name));
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T => {
    const v = str(name).toLowerCase();
    if ((allowed as readonly string[]).includes(v)) return v as T;
    errors.push(`input \`${name}\`: expected one of ${allowed.join(', ')}, got ${JSON.stringify(str(name))}`);
    return allowed[0];
  };
  const inputs: ActionInputs = {
    policy: str('policy'),
    path: str('path'),
    manifest: str('manifest'),
    token: (get('token') ?? '').trim(),
    mode: oneOf('mode', ['enforce', 'audit'] as const),
    comment: oneOf('comment', ['auto', 'always', 'never'] as const),
    checkName: str('check-name'),
    scan: bool('scan'),
    hub: bool('hub'),
    hfToken: (get('hf-token') ?? '').trim(),
    sarifFile: str('sarif-file'),
    bomFile: str('bom-file'),
    review: bool('review'),
    dependencyGraph: bool('dependency-graph'),
    cache: str('cache'),
  };
  if (inputs.checkName.length > 100) {
    errors.push('input `check-name`: at most 100 characters');
    inputs.checkName = INPUT_DEFAULTS['check-name'];
  }
  return { inputs, errors: errors.map((message) => ({ message })) };
}
