/**
 * A CycloneDX 1.6 JSON BOM of `components` (undefined: none, the key left out), as a file holds it (two spaces of indentation, a final new line);
 * `extra` adds top-level fields (`$schema`, `serialNumber`, `metadata`) before the components, as SBOM tools write them.
 */
export function cycloneDxJson(components: unknown[] | undefined, extra: Record<string, unknown> = {}): string {
  return (
    JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, ...extra, components }, null, 2) + '\n'
  );
}
