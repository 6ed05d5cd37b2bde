import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HubClient } from '../hub/client.js';

export interface HubBenchResult {
  models: number;
  latencyMs: number;
  wallMs: number;
  /** models × latency: the time one request at a time would need at best. */
  serialMs: number;
  /** wallMs / serialMs; the ideal with 8 in flight is 1/8 = 0.125. */
  ratio: number;
  requests: number;
  peakInFlight: number;
}

/**
 * Resolves `models` distinct models through HubClient against a loopback fake Hub that answers every request after
 * `latencyMs`, and prints the wall time against the serial lower bound (models × latency).
 */
export async function benchHub(
  log: (s: string) => void,
  { models = 500, latencyMs = 20 }: { models?: number; latencyMs?: number } = {},
): Promise<HubBenchResult> {
  let inFlight = 0;
  let peak = 0;
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    inFlight++;
    peak = Math.max(peak, inFlight);
    res.on('close', () => inFlight--);
    const id = decodeURIComponent((req.url ?? '').replace(/^\/api\/models\//, '').split('?')[0]);
    setTimeout(() => {
      const body = JSON.stringify({
        id,
        sha: '0'.repeat(40),
        cardData: { license: 'apache-2.0' },
        siblings: [{ rfilename: 'model.safetensors' }],
      });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(body);
    }, latencyMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const client = new HubClient({ endpoint: `http://127.0.0.1:${port}`, token: null, offline: false });
    const ids = Array.from({ length: models }, (_, i) => `bench/model-${i}`);
    const start = performance.now();
    const results = await Promise.all(ids.map((id) => client.resolve(id)));
    const wallMs = performance.now() - start;
    const failed = results.filter((r) => !r.ok).length;
    const serialMs = models * latencyMs;
    const ratio = wallMs / serialMs;
    log(
      `hub: ${models} models in ${(wallMs / 1000).toFixed(2)} s with ${latencyMs} ms per request; ` +
        `serial lower bound ${(serialMs / 1000).toFixed(2)} s; ratio ${ratio.toFixed(3)} ` +
        `(ideal ${(1 / 8).toFixed(3)} at 8 in flight; peak ${peak} in flight; ${requests} requests${failed ? `; ${failed} failed` : ''})`,
    );
    return { models, latencyMs, wallMs, serialMs, ratio, requests, peakInFlight: peak };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
