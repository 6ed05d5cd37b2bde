/** The member states of the European Union (ISO 3166-1 alpha-2; Greece as GR, also EL in EU usage). */
const EU_MEMBERS = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'EL',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]);

/** Whether a region the organisation names falls under a region a license excludes (DE falls under EU). */
function regionFallsUnder(region: string, excluded: string): boolean {
  const r = region.toUpperCase();
  const x = excluded.toUpperCase();
  return r === x || (x === 'EU' && EU_MEMBERS.has(r));
}

/** The regions of `regions` that a license's exclusions reach. */
export function excludedRegions(regions: string[], excluded: string[] | undefined): string[] {
  if (!excluded?.length) return [];
  return regions.filter((r) => excluded.some((x) => regionFallsUnder(r, x)));
}
