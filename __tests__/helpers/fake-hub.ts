/**
 * A fake Hugging Face Hub for tests: a real HTTP server on 127.0.0.1 (a free port) answering the model API.
 *
 *   const hub = await startFakeHub({ models: { 'acme/tiny': { sha: 'a'.repeat(40), cardData: { license: 'mit' } } } });
 *   const client = new HubClient({ endpoint: hub.url });   // or process.env.HF_ENDPOINT = hub.url
 *   ...
 *   expect(hub.count('acme/tiny')).toBe(1);
 *   await hub.close();
 *
 * Routes (anything else is a plain 404):
 * - `GET /api/models/{id}`                  the fixture of `id` (case-insensitive; `id` filled in when absent), or
 *                                            404 `X-Error-Code: RepoNotFound` like the real Hub.
 * - `GET /api/models/{id}/revision/{rev}`   the same fixture when `rev` is `main`, the fixture's `sha`, or listed in
 *                                            `revisions[id]` (a 40-hex `rev` is echoed as `sha`); else 404
 *                                            `X-Error-Code: RevisionNotFound`.
 *
 * `script` changes the answers of one model (key `id`) or one revision (key `id@rev`): each request to it consumes
 * the next step; when the steps run out the normal answer is back. A step may set a status (and headers, e.g.
 * `Retry-After`), a raw body (`'{not json'`) or JSON body, a delay, or `hang: true` (never answer; `close()` cuts it).
 * A step may also shape how the body travels: `trickleMs` (one byte at a time), `cutAfter` (the full
 * Content-Length declared, then the connection cut), or `endless` (a body that never ends, sent as fast as the
 * client reads it). `latencyMs` delays every answer. The server records every request, the bytes of body it sent
 * (`sent`), and the peak of requests answered at once.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeModel = Record<string, unknown>;

export interface FakeHubStep {
  /** HTTP status; default 200 when `body` is given, else the normal answer is served after `delayMs`. */
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as is (malformed JSON welcome); anything else as JSON. Default: the fixture, or `{ error }`. */
  body?: unknown;
  /** Extra wait before answering. */
  delayMs?: number;
  /** Never answer. */
  hang?: boolean;
  /** Send the body one byte every `trickleMs` ms (headers at once). */
  trickleMs?: number;
  /** Declare the whole body's Content-Length, send only its first `cutAfter` bytes, then cut the connection. */
  cutAfter?: number;
  /** A 200 whose body never ends: `{"id": "...", "siblings": [` then siblings forever, as fast as the client reads. */
  endless?: boolean;
}

export interface FakeHubOptions {
  /** Model fixtures by repo id: the JSON the Hub answers (`id`, `sha`, `cardData`, `siblings`, `gated`, `tags`, ...). */
  models?: Record<string, FakeModel>;
  /** Extra revisions (branches, tags, commits) that exist per repo id, besides `main` and the fixture's `sha`. */
  revisions?: Record<string, string[]>;
  /** Scripted answers per `id` or `id@revision`. */
  script?: Record<string, FakeHubStep[]>;
  /** Delay of every answer, in ms. */
  latencyMs?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path and query as received (still percent-encoded). */
  url: string;
  headers: IncomingHttpHeaders;
  /** Decoded repo id and revision, when the path is a model route. */
  id?: string;
  revision?: string;
  /** Bytes of body sent so far. */
  sent: number;
  /** The connection closed before the answer was complete (the client gave up, or `cutAfter`). */
  cut: boolean;
}

export interface FakeHub {
  /** Base address, e.g. `http://127.0.0.1:40123` (no trailing slash): give it as `endpoint` or `HF_ENDPOINT`. */
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Most requests being answered at the same time so far. */
  readonly peakInFlight: number;
  /** Requests received for a model (any revision when `revision` is undefined; `''` for the repo route only). */
  count(id: string, revision?: string): number;
  /** Add or replace a fixture. */
  setModel(id: string, model: FakeModel): void;
  /** Add steps to a script key (`id` or `id@revision`). */
  addScript(key: string, steps: FakeHubStep[]): void;
  /** Stop the server, cutting hanging connections. */
  close(): Promise<void>;
}

const lc = (s: string) => s.toLowerCase();

function parseModelPath(pathname: string): { id: string; revision?: string } | undefined {
  const prefix = '/api/models/';
  if (!pathname.startsWith(prefix)) return undefined;
  let segs: string[];
  try {
    segs = pathname.slice(prefix.length).split('/').map(decodeURIComponent);
  } catch {
    return undefined;
  }
  if (segs.length === 1 || segs.length === 2) return { id: segs.join('/') };
  if (segs.length === 3 && segs[1] === 'revision') return { id: segs[0], revision: segs[2] };
  if (segs.length === 4 && segs[2] === 'revision') return { id: `${segs[0]}/${segs[1]}`, revision: segs[3] };
  return undefined;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  record?: RecordedRequest,
  step?: FakeHubStep,
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const bytes = Buffer.from(text, 'utf8');
  const count = (n: number) => {
    if (record) record.sent += n;
  };
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    ...(step?.endless ? {} : { 'Content-Length': String(bytes.length) }),
    ...headers,
  });
  if (step?.endless) {
    res.write('{"id": "endless", "siblings": [');
    const chunk = Buffer.from('{"rfilename": "shard.safetensors"},'.repeat(2000));
    const pump = () => {
      while (!res.destroyed) {
        count(chunk.length);
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
    };
    pump();
    return;
  }
  if (step?.cutAfter !== undefined) {
    const part = bytes.subarray(0, step.cutAfter);
    count(part.length);
    res.write(part, () => res.destroy());
    return;
  }
  if (step?.trickleMs !== undefined) {
    let i = 0;
    const next = () => {
      if (res.destroyed) return;
      if (i >= bytes.length) {
        res.end();
        return;
      }
      count(1);
      res.write(bytes.subarray(i, ++i));
      setTimeout(next, step.trickleMs);
    };
    next();
    return;
  }
  count(bytes.length);
  res.end(bytes);
}

export async function startFakeHub(options: FakeHubOptions = {}): Promise<FakeHub> {
  const models = new Map<string, FakeModel>();
  for (const [id, m] of Object.entries(options.models ?? {})) models.set(lc(id), { id, ...m });
  const revisions = new Map<string, string[]>();
  for (const [id, revs] of Object.entries(options.revisions ?? {})) revisions.set(lc(id), revs);
  const script = new Map<string, FakeHubStep[]>();
  const addScript = (key: string, steps: FakeHubStep[]) => {
    const k = key.includes('@') ? `${lc(key.slice(0, key.indexOf('@')))}${key.slice(key.indexOf('@'))}` : lc(key);
    script.set(k, [...(script.get(k) ?? []), ...steps]);
  };
  for (const [key, steps] of Object.entries(options.script ?? {})) addScript(key, steps);

  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  let peak = 0;

  const server = createServer((req, res) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    res.on('close', () => inFlight--);
    const pathname = new URL(req.url ?? '/', 'http://fake-hub').pathname;
    const route = req.method === 'GET' ? parseModelPath(pathname) : undefined;
    const record: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      ...route,
      sent: 0,
      cut: false,
    };
    requests.push(record);
    res.on('close', () => {
      if (!res.writableFinished) record.cut = true;
    });
    if (!route) {
      send(res, 404, { error: 'Not found' });
      return;
    }
    const key = route.revision === undefined ? lc(route.id) : `${lc(route.id)}@${route.revision}`;
    const step = script.get(key)?.shift();
    const wait = (options.latencyMs ?? 0) + (step?.delayMs ?? 0);
    if (step?.hang) return;
    const answer = () => {
      if (res.destroyed) return;
      if (step && (step.status !== undefined || step.body !== undefined)) {
        const status = step.status ?? 200;
        const body = step.body ?? (status === 200 ? models.get(lc(route.id)) : { error: `scripted HTTP ${status}` });
        send(res, status, body ?? {}, step.headers, record, step);
        return;
      }
      const model = models.get(lc(route.id));
      if (!model) {
        send(res, 404, { error: 'Repository not found' }, { 'X-Error-Code': 'RepoNotFound' });
        return;
      }
      if (route.revision !== undefined) {
        const known = ['main', typeof model.sha === 'string' ? model.sha : '', ...(revisions.get(lc(route.id)) ?? [])];
        if (!known.includes(route.revision)) {
          send(res, 404, { error: `Invalid rev id: ${route.revision}` }, { 'X-Error-Code': 'RevisionNotFound' });
          return;
        }
        if (/^[0-9a-f]{40}$/.test(route.revision)) {
          send(res, 200, { ...model, sha: route.revision }, {}, record, step);
          return;
        }
      }
      send(res, 200, model, {}, record, step);
    };
    if (wait > 0) setTimeout(answer, wait);
    else answer();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get peakInFlight() {
      return peak;
    },
    count(id: string, revision?: string) {
      return requests.filter(
        (r) =>
          r.id !== undefined &&
          lc(r.id) === lc(id) &&
          (revision === undefined || (revision === '' ? r.revision === undefined : r.revision === revision)),
      ).length;
    },
    setModel(id: string, model: FakeModel) {
      models.set(lc(id), { id, ...model });
    },
    addScript,
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
