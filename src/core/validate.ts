import type { ErrorObject, ValidateFunction } from 'ajv';
import { UserError, type UserErrorItem } from './errors.js';
import { closest, editDistance } from './suggest.js';
import { runtimeRequire } from './validators-runtime.generated.cjs';
import { VALIDATOR_SOURCES } from './validators.generated.js';
import { escapePointer, positionOf, type PositionedDoc } from './yaml.js';

const compiled = new Map<string, ValidateFunction>();

/**
 * The validator of one of model-gate's schemas (`schemas/NAME.schema.json`: manifest, policy, policy-test,
 * report, inventory...). ajv compiled it at build time into standalone code (.ci/build-data.mjs); that code is
 * instantiated here on first use, so a run compiles no schema and loads only the validators it calls.
 */
export function schemaValidator(name: string): ValidateFunction {
  let fn = compiled.get(name);
  if (!fn) {
    const source = Object.hasOwn(VALIDATOR_SOURCES, name) ? VALIDATOR_SOURCES[name] : undefined;
    if (source === undefined)
      throw new Error(`no compiled validator for schemas/${name}.schema.json; run npm run generate`);
    const module = { exports: {} as { validate?: ValidateFunction } };
    // build-time output of ajv (standalone code), as ajv itself instantiates the code it generates
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- instantiates ajv's standalone code compiled at build time from our own schemas
    const instantiate = new Function('exports', 'require', source) as (
      exports: object,
      require: typeof runtimeRequire,
    ) => void;
    instantiate(module.exports, runtimeRequire);
    fn = module.exports.validate!;
    compiled.set(name, fn);
  }
  return fn;
}

/** Turn ajv errors into `file:line:col: message` items, pointing at the offending key or value. */
function schemaErrors(doc: PositionedDoc, errors: ErrorObject[]): UserErrorItem[] {
  const items: UserErrorItem[] = [];
  const seen = new Set<string>();
  // Errors from `oneOf`/`anyOf` branches are noise when a more specific error exists at the same place.
  const specific = errors.filter((e) => !['oneOf', 'anyOf', 'if'].includes(e.keyword));
  for (const e of specific.length ? specific : errors) {
    let pointer = e.instancePath;
    let preferKey = false;
    let message: string;
    const where = e.instancePath || '/';
    switch (e.keyword) {
      case 'additionalProperties':
      case 'unevaluatedProperties': {
        const prop =
          (e.params as { additionalProperty?: string; unevaluatedProperty?: string }).additionalProperty ??
          (e.params as { unevaluatedProperty?: string }).unevaluatedProperty ??
          '';
        pointer = `${e.instancePath}/${escapePointer(prop)}`;
        preferKey = true;
        message = `unknown key "${prop}" in ${where}${suggest(prop, e)}`;
        break;
      }
      case 'required':
        message = `${where} is missing the required key "${(e.params as { missingProperty: string }).missingProperty}"`;
        break;
      case 'enum': {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues ?? [];
        const value = valueAt(doc.value, e.instancePath);
        const close = typeof value === 'string' ? closest(value, allowed) : undefined;
        // a long list (rule ids, governance paths) is noise beside the one value that was meant
        message =
          close && allowed.length > 8
            ? `${where} ${describe(value)} is not one of the ${allowed.length} allowed values; did you mean ${JSON.stringify(close)}?`
            : `${where} must be one of: ${allowed.map((v) => JSON.stringify(v)).join(', ')}${close ? `; did you mean ${JSON.stringify(close)}?` : ''}`;
        break;
      }
      case 'type':
        message = `${where} must be ${(e.params as { type: string }).type}, not ${describe(valueAt(doc.value, e.instancePath))}`;
        break;
      case 'minLength': {
        const n = (e.params as { limit: number }).limit;
        message = n === 1 ? `${where} must not be empty` : `${where} must be at least ${n} characters`;
        break;
      }
      case 'minItems':
        message = `${where} must list at least ${(e.params as { limit: number }).limit} item(s)`;
        break;
      case 'pattern': {
        const desc = (e.parentSchema as { description?: string } | undefined)?.description;
        message = `${where} ${describe(valueAt(doc.value, e.instancePath))} is not valid${desc ? `; expected ${desc}` : ` (it must match ${(e.params as { pattern: string }).pattern})`}`;
        break;
      }
      case 'const':
        message = `${where} must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
        break;
      case 'format':
        message = `${where} must be a valid ${(e.params as { format: string }).format}${(e.params as { format: string }).format === 'date' ? ' (YYYY-MM-DD)' : ''}`;
        break;
      default:
        message = `${where} ${e.message ?? 'is invalid'}`;
    }
    const pos = positionOf(doc, pointer, preferKey);
    const key = `${pos.line}:${pos.column}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({ path: doc.path, line: pos.line, column: pos.column, message });
  }
  return items.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function suggest(prop: string, e: ErrorObject): string {
  const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  if (!props) return '';
  const names = Object.keys(props);
  const best = names
    .map((n) => ({ n, d: editDistance(n.toLowerCase(), prop.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  if (best && best.d <= Math.max(2, Math.floor(prop.length / 3))) return `; did you mean "${best.n}"?`;
  return `; allowed keys: ${names.join(', ')}`;
}

function valueAt(root: unknown, pointer: string): unknown {
  let v = root;
  for (const seg of pointer.split('/').slice(1)) {
    const k = seg.replace(/~1/g, '/').replace(/~0/g, '~');
    if (v && typeof v === 'object') v = (v as Record<string, unknown>)[k];
    else return undefined;
  }
  return v;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === undefined)
    return `${typeof v} ${String(v)}`;
  return typeof v;
}

/** Validate a positioned document against a schema; throws UserError listing every problem with its line. */
export function validateDoc(doc: PositionedDoc, schemaName: string): void {
  const fn = schemaValidator(schemaName);
  if (!fn(doc.value)) throw new UserError(schemaErrors(doc, fn.errors ?? []));
}
