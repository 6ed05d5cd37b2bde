import { renderInventoryCsv } from './csv.js';
import { renderInventoryHtml } from './html.js';
import { renderInventoryMarkdown } from './markdown.js';
import type { Inventory } from './types.js';

export const INVENTORY_FORMATS = ['markdown', 'csv', 'html', 'json'] as const;
export type InventoryFormat = (typeof INVENTORY_FORMATS)[number];

/** The inventory in one of its formats (JSON: schemas/inventory.schema.json). */
export function renderInventory(
  inv: Inventory,
  format: InventoryFormat,
  opts: { title?: string; fullUrl?: string } = {},
): string {
  switch (format) {
    case 'json':
      // Compact: an organisation's inventory runs to tens of megabytes; pretty-printing doubles it.
      return JSON.stringify(inv) + '\n';
    case 'csv':
      return renderInventoryCsv(inv);
    case 'html':
      return renderInventoryHtml(inv, { title: opts.title });
    default:
      return renderInventoryMarkdown(inv, opts);
  }
}
