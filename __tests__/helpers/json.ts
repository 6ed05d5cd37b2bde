import type { Report } from '../../src/core/types.js';
import { schemaValidator } from '../../src/core/validate.js';
import type { Inventory } from '../../src/inventory/types.js';

function parseChecked(text: string, schema: string): unknown {
  const doc: unknown = JSON.parse(text);
  const validate = schemaValidator(schema);
  if (!validate(doc))
    throw new Error(
      `not a valid ${schema} document (schemas/${schema}.schema.json): ${JSON.stringify(validate.errors?.slice(0, 3))}`,
    );
  return doc;
}

/** A JSON report (`--format json`, the action's report file), checked against schemas/report.schema.json. */
export function reportJson(text: string): Report {
  return parseChecked(text, 'report') as Report;
}

/** A JSON inventory (`model-gate inventory --format json`), checked against schemas/inventory.schema.json. */
export function inventoryJson(text: string): Inventory {
  return parseChecked(text, 'inventory') as Inventory;
}
