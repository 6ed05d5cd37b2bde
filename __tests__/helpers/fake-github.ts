/**
 * A fake GitHub REST API on 127.0.0.1 (a real HTTP server on port 0) playing the routes model-gate uses:
 * check runs (create, update), issue comments (list, create, update, delete), pull request files, comparisons,
 * review comments (list, update, delete), reviews (create), contents, the token's account (`GET /user`, GraphQL
 * `viewer`) and dependency snapshots. It records every request, enforces GitHub's limits (50 annotations per
 * request, 65,535 characters of check output, 65,536 of a comment body, 255 of an annotation title), paginates
 * with Link headers, and fails on demand (403, 500, rate limits, a connection closed without an answer, no
 * answer at all, an HTML page, a trickled or endless body, a cut-off body).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Decoded path, without the query. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}

export interface FailureRule {
  method?: string;
  /** Matched against the decoded path. */
  path: RegExp;
  status: number;
  /** How many times to fail; default forever. */
  times?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Close the connection without answering (the client sees a network error, not an HTTP status). */
  drop?: boolean;
  /** Never answer (keep the connection open). */
  hang?: boolean;
  /** Send this text as the body, with `headers` (e.g. an HTML page), instead of JSON. */
  raw?: string;
  /** Send the headers, then one byte every `trickleMs` (default 50) forever. */
  trickle?: boolean;
  trickleMs?: number;
  /** Send the headers, then 64 KiB chunks forever. */
  endless?: boolean;
  /** Declare a content-length larger than the body, send part of it and close (a cut-off answer). */
  cutOff?: boolean;
}

export interface FakeUser {
  login: string;
  type: string;
}

export interface FakeIssueComment {
  id: number;
  issue: number;
  body: string;
  user: FakeUser;
}

export interface FakeAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string;
  message: string;
  title?: string;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status?: string;
  conclusion?: string;
  details_url?: string;
  output?: { title?: string; summary?: string; text?: string };
  /** Every annotation delivered, across requests. */
  annotations: FakeAnnotation[];
  /** Annotations per request, in order. */
  batches: number[];
}

export interface FakeReviewComment {
  id: number;
  pull: number;
  review_id: number;
  path: string;
  line: number | null;
  side: string;
  commit_id: string;
  body: string;
  user: FakeUser;
}

export interface FakePullFile {
  filename: string;
  status: string;
  patch?: string;
  previous_filename?: string;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** ref -> path -> text. */
  readonly contents = new Map<string, Map<string, string>>();
  readonly pullFiles = new Map<number, FakePullFile[]>();
  readonly issueComments: FakeIssueComment[] = [];
  readonly checkRuns: FakeCheckRun[] = [];
  readonly reviewComments: FakeReviewComment[] = [];
  readonly reviews: {
    id: number;
    pull: number;
    body: string;
    event: string;
    commit_id: string;
    comments: number;
  }[] = [];
  readonly failures: FailureRule[] = [];
  /** The user the token belongs to (author of what it creates). */
  user: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };
  /**
   * What `GET /user` answers: `user` (a personal token), or 403 as for installation tokens (GITHUB_TOKEN, GitHub
   * Apps), which then learn their login from GraphQL's `viewer`; `viewer: false` makes that fail too.
   */
  userEndpoint: 'user' | 'forbidden' = 'forbidden';
  viewer = true;
  /** `base...head` -> files of the comparison. */
  readonly comparisons = new Map<string, FakePullFile[]>();
  /** Dependency snapshots received. */
  readonly snapshots: unknown[] = [];
  /** Open sockets of hanging or trickling answers, closed on `close()`. */
  private readonly held = new Set<ServerResponse>();
  private readonly timers = new Set<ReturnType<typeof setInterval>>();
  private nextId = 1000;
  private server!: Server;
  url = '';

  static async start(): Promise<FakeGitHub> {
    const gh = new FakeGitHub();
    gh.server = createServer((req, res) => {
      gh.handle(req, res).catch((e: unknown) => {
        res.statusCode = 500;
        res.end(JSON.stringify({ message: `fake-github: ${e instanceof Error ? e.message : String(e)}` }));
      });
    });
    await new Promise<void>((resolve) => gh.server.listen(0, '127.0.0.1', resolve));
    gh.url = `http://127.0.0.1:${(gh.server.address() as AddressInfo).port}`;
    return gh;
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    for (const r of this.held) r.destroy();
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Forget recorded requests (state stays). */
  clearRequests(): void {
    this.requests.length = 0;
  }

  setFile(ref: string, path: string, text: string): void {
    if (!this.contents.has(ref)) this.contents.set(ref, new Map());
    this.contents.get(ref)!.set(path, text);
  }

  fail(rule: FailureRule): void {
    this.failures.push(rule);
  }

  /** The token may not write check runs (a fork's read-only token). */
  forbidChecks(): void {
    this.fail({
      method: 'POST',
      path: /\/check-runs$/,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    this.fail({
      method: 'PATCH',
      path: /\/check-runs\/\d+$/,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
  }

  /** The token may not write issue comments or reviews. */
  forbidComments(): void {
    for (const method of ['POST', 'PATCH', 'DELETE']) {
      this.fail({
        method,
        path: /\/(issues|pulls)\/(\d+\/)?(comments|reviews)(\/\d+)?$/,
        status: 403,
        body: { message: 'Resource not accessible by integration' },
      });
    }
  }

  /** Answer `times` requests matching with a secondary rate limit (403 + retry-after). */
  secondaryRateLimit(method: string, path: RegExp, times = 1, retryAfter = 1): void {
    this.fail({
      method,
      path,
      status: 403,
      times,
      headers: { 'retry-after': String(retryAfter) },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
    });
  }

  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  commentsOn(issue: number): FakeIssueComment[] {
    return this.issueComments.filter((c) => c.issue === issue);
  }

  // -----------------------------------------------------------------------------------------------------------

  private id(): number {
    return this.nextId++;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const u = new URL(req.url ?? '/', this.url);
    // A GHES-style base (`/api/v3`) is accepted and recorded, and routed like github.com.
    const fullPath = decodeURIComponent(u.pathname);
    const path = fullPath.replace(/^\/api\/v3(?=\/)/, '');
    const query: Record<string, string> = {};
    u.searchParams.forEach((v, k) => (query[k] = v));
    const method = (req.method ?? 'GET').toUpperCase();
    this.requests.push({ method, path: fullPath, query, body, headers: req.headers });

    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };

    for (const f of this.failures) {
      if ((f.method && f.method !== method) || !f.path.test(path)) continue;
      if (f.times !== undefined) {
        if (f.times <= 0) continue;
        f.times--;
      }
      if (f.drop) {
        res.socket?.destroy();
        return;
      }
      if (f.hang) {
        this.held.add(res);
        return;
      }
      if (f.trickle || f.endless) {
        this.held.add(res);
        res.writeHead(f.status || 200, { 'content-type': 'application/json; charset=utf-8', ...f.headers });
        res.write(f.endless ? '[' : '{');
        const chunk = f.endless ? '"x",'.repeat(16_384) : ' ';
        const t = setInterval(
          () => {
            if (res.destroyed) {
              clearInterval(t);
              this.timers.delete(t);
              return;
            }
            res.write(chunk);
          },
          f.endless ? 1 : (f.trickleMs ?? 50),
        );
        this.timers.add(t);
        return;
      }
      if (f.cutOff) {
        const text = JSON.stringify(f.body ?? { message: 'x'.repeat(200) });
        res.writeHead(f.status || 200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(Buffer.byteLength(text)),
          ...f.headers,
        });
        res.write(text.slice(0, Math.floor(text.length / 2)));
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      }
      if (f.raw !== undefined) {
        res.writeHead(f.status, { 'content-type': 'text/html; charset=utf-8', ...f.headers });
        res.end(f.raw);
        return;
      }
      return send(f.status, f.body ?? { message: `fake failure ${f.status}` }, f.headers);
    }

    const b = (body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;

    // Contents.
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(path))) {
      const ref = query.ref ?? 'HEAD';
      // A file set as `owner/repo/path` belongs to that repository only; a bare `path` is served for any repository.
      const files = this.contents.get(ref);
      const text = files?.get(`${m[1]}/${m[2]}/${m[3]}`) ?? files?.get(m[3]);
      if (text === undefined) return send(404, { message: 'Not Found' });
      const b64 = Buffer.from(text, 'utf8').toString('base64').replace(/.{60}/g, '$&\n');
      return send(200, {
        type: 'file',
        encoding: 'base64',
        path: m[3],
        size: Buffer.byteLength(text),
        sha: 'f'.repeat(40),
        content: b64,
      });
    }

    // The token's own account.
    if (method === 'GET' && path === '/user') {
      if (this.userEndpoint === 'user') return send(200, { login: this.user.login, type: this.user.type, id: 1 });
      return send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
        status: '403',
      });
    }
    if (method === 'POST' && path === '/graphql') {
      if (!this.viewer) return send(403, { message: 'Resource not accessible by integration' });
      if (typeof b.query === 'string' && /viewer\s*\{\s*login/.test(b.query))
        return send(200, { data: { viewer: { login: this.user.login } } });
      return send(200, { errors: [{ message: 'fake-github: unsupported query' }] });
    }

    // Comparisons (the files of the first page only, at most 300).
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/compare\/(.+)$/.exec(path))) {
      const files = this.comparisons.get(m[1]);
      if (!files) return send(404, { message: 'Not Found' });
      return send(200, { status: 'ahead', files: files.slice(0, 300), commits: [] });
    }

    // Dependency snapshots.
    if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/dependency-graph\/snapshots$/.test(path)) {
      this.snapshots.push(body);
      return send(201, {
        id: this.id(),
        created_at: new Date().toISOString(),
        result: 'SUCCESS',
        message: 'Dependency results for the repo have been successfully updated.',
      });
    }

    // Pull request files.
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(path))) {
      return this.page(u, res, this.pullFiles.get(Number(m[1])) ?? []);
    }

    // Check runs.
    if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(path)) {
      const err = this.checkOutput(b.output);
      if (err) return send(422, { message: err });
      if (typeof b.name !== 'string' || typeof b.head_sha !== 'string')
        return send(422, { message: 'name and head_sha are required' });
      const out = (b.output ?? {}) as {
        title?: string;
        summary?: string;
        text?: string;
        annotations?: FakeAnnotation[];
      };
      const run: FakeCheckRun = {
        id: this.id(),
        name: b.name,
        head_sha: b.head_sha,
        status: b.status as string,
        conclusion: b.conclusion as string,
        details_url: b.details_url as string,
        output: { title: out.title, summary: out.summary, text: out.text },
        annotations: [...(out.annotations ?? [])],
        batches: [out.annotations?.length ?? 0],
      };
      this.checkRuns.push(run);
      return send(201, { id: run.id, html_url: `${this.url}/runs/${run.id}`, name: run.name });
    }
    if (method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(path))) {
      const run = this.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return send(404, { message: 'Not Found' });
      const err = this.checkOutput(b.output);
      if (err) return send(422, { message: err });
      const out = (b.output ?? {}) as {
        title?: string;
        summary?: string;
        text?: string;
        annotations?: FakeAnnotation[];
      };
      if (b.output && (!out.title || !out.summary))
        return send(422, { message: 'output.title and output.summary are required' });
      if (b.conclusion) run.conclusion = b.conclusion as string;
      if (b.output) run.output = { title: out.title, summary: out.summary, text: out.text ?? run.output?.text };
      run.annotations.push(...(out.annotations ?? []));
      run.batches.push(out.annotations?.length ?? 0);
      return send(200, { id: run.id });
    }

    // Issue comments.
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(m[1]);
      if (method === 'GET') return this.page(u, res, this.commentsOn(issue));
      if (method === 'POST') {
        const err = this.bodyError(b.body);
        if (err) return send(422, { message: err });
        const c: FakeIssueComment = { id: this.id(), issue, body: b.body as string, user: { ...this.user } };
        this.issueComments.push(c);
        return send(201, c);
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path))) {
      const i = this.issueComments.findIndex((c) => c.id === Number(m![1]));
      if (i < 0) return send(404, { message: 'Not Found' });
      if (method === 'PATCH') {
        const err = this.bodyError(b.body);
        if (err) return send(422, { message: err });
        this.issueComments[i].body = b.body as string;
        return send(200, this.issueComments[i]);
      }
      if (method === 'DELETE') {
        this.issueComments.splice(i, 1);
        return send(204, undefined);
      }
    }

    // Review comments and reviews.
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/comments$/.exec(path))) {
      return this.page(
        u,
        res,
        this.reviewComments.filter((c) => c.pull === Number(m![1])),
      );
    }
    if (method === 'POST' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/.exec(path))) {
      const pull = Number(m[1]);
      if ((b.event === 'COMMENT' || b.event === 'REQUEST_CHANGES') && !b.body)
        return send(422, { message: 'body is required' });
      const comments = (b.comments ?? []) as { path: string; line: number; side?: string; body: string }[];
      const files = this.pullFiles.get(pull) ?? [];
      for (const c of comments) {
        if (!files.some((f) => f.filename === c.path))
          return send(422, { message: `path ${c.path} is not part of the diff` });
      }
      const review = {
        id: this.id(),
        pull,
        body: b.body as string,
        event: b.event as string,
        commit_id: b.commit_id as string,
        comments: comments.length,
      };
      this.reviews.push(review);
      for (const c of comments) {
        this.reviewComments.push({
          id: this.id(),
          pull,
          review_id: review.id,
          path: c.path,
          line: c.line,
          side: c.side ?? 'RIGHT',
          commit_id: review.commit_id,
          body: c.body,
          user: { ...this.user },
        });
      }
      return send(200, { id: review.id });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/comments\/(\d+)$/.exec(path))) {
      const i = this.reviewComments.findIndex((c) => c.id === Number(m![1]));
      if (i < 0) return send(404, { message: 'Not Found' });
      if (method === 'PATCH') {
        this.reviewComments[i].body = b.body as string;
        return send(200, this.reviewComments[i]);
      }
      if (method === 'DELETE') {
        this.reviewComments.splice(i, 1);
        return send(204, undefined);
      }
    }

    return send(404, { message: `fake-github: no route for ${method} ${path}` });
  }

  private page(u: URL, res: ServerResponse, items: unknown[]): void {
    const perPage = Math.min(100, Number(u.searchParams.get('per_page') ?? 30) || 30);
    const page = Math.max(1, Number(u.searchParams.get('page') ?? 1) || 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (page * perPage < items.length) {
      const next = new URL(u.toString());
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<${this.url}${next.pathname}${next.search}>; rel="next"`;
    }
    res.writeHead(200, headers);
    res.end(JSON.stringify(slice));
  }

  private checkOutput(output: unknown): string | undefined {
    if (!output) return undefined;
    const o = output as { title?: string; summary?: string; text?: string; annotations?: FakeAnnotation[] };
    if ((o.summary ?? '').length > 65_535) return 'output.summary is too long (maximum is 65535 characters)';
    if ((o.text ?? '').length > 65_535) return 'output.text is too long (maximum is 65535 characters)';
    const anns = o.annotations ?? [];
    if (anns.length > 50) return 'Only 50 annotations are allowed per request';
    for (const a of anns) {
      if (!a.path || !a.start_line || !a.end_line || !a.message || !a.annotation_level)
        return 'annotation is missing a field';
      if (!['notice', 'warning', 'failure'].includes(a.annotation_level))
        return `bad annotation_level ${a.annotation_level}`;
      if ((a.title ?? '').length > 255) return 'annotation title is too long (maximum is 255 characters)';
      if (a.message.length > 65_535) return 'annotation message is too long';
    }
    return undefined;
  }

  private bodyError(body: unknown): string | undefined {
    if (typeof body !== 'string' || body === '') return 'body is required';
    if (body.length > 65_536) return 'Body is too long (maximum is 65536 characters)';
    return undefined;
  }
}
