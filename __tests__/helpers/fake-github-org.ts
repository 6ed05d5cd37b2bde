/**
 * A fake GitHub REST API on 127.0.0.1 for the organisation-wide inventory: an organisation's (or user's)
 * repositories, the token's user, and issues with their comments. Listings paginate with Link headers
 * (`per_page` at most 100, like GitHub); bodies over 65,536 characters are refused; every request is recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRepo {
  full_name: string;
  archived?: boolean;
  fork?: boolean;
  disabled?: boolean;
}

export interface FakeIssue {
  number: number;
  repo: string;
  title: string;
  body: string;
  user: { login: string; type: string };
  state: 'open' | 'closed';
  pull_request?: { url: string };
}

export interface FakeComment {
  id: number;
  repo: string;
  issue: number;
  body: string;
  user: { login: string; type: string };
}

export interface Recorded {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export class FakeGitHubOrg {
  readonly requests: Recorded[] = [];
  /** owner (lower-case) -> repositories; `orgs` answer /orgs/..., `users` answer /users/... */
  readonly orgs = new Map<string, FakeRepo[]>();
  readonly users = new Map<string, FakeRepo[]>();
  readonly issues: FakeIssue[] = [];
  readonly comments: FakeComment[] = [];
  /** The token's account; null: GET /user answers 403 (an installation token). */
  user: { login: string; type: string } | null = { login: 'inventory-bot', type: 'User' };
  private next = 1;
  private server!: Server;
  url = '';

  static async start(): Promise<FakeGitHubOrg> {
    const gh = new FakeGitHubOrg();
    gh.server = createServer((req, res) => {
      gh.handle(req, res).catch((e: unknown) => {
        res.statusCode = 500;
        res.end(JSON.stringify({ message: `fake: ${e instanceof Error ? e.message : String(e)}` }));
      });
    });
    await new Promise<void>((r) => gh.server.listen(0, '127.0.0.1', r));
    gh.url = `http://127.0.0.1:${(gh.server.address() as AddressInfo).port}`;
    return gh;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections?.();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** An issue written by `login` (default: someone else). */
  addIssue(repo: string, title: string, body: string, login = 'someone', extra: Partial<FakeIssue> = {}): FakeIssue {
    const issue: FakeIssue = {
      number: this.next++,
      repo,
      title,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      state: 'open',
      ...extra,
    };
    this.issues.push(issue);
    return issue;
  }

  addComment(repo: string, issue: number, body: string, login = 'someone'): FakeComment {
    const c: FakeComment = {
      id: 5000 + this.next++,
      repo,
      issue,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
    };
    this.comments.push(c);
    return c;
  }

  issuesOf(repo: string): FakeIssue[] {
    return this.issues.filter((i) => i.repo === repo);
  }

  writes(): Recorded[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
    const u = new URL(req.url ?? '/', this.url);
    const path = decodeURIComponent(u.pathname).replace(/^\/api\/v3(?=\/)/, '');
    const query: Record<string, string> = {};
    u.searchParams.forEach((v, k) => (query[k] = v));
    const method = (req.method ?? 'GET').toUpperCase();
    this.requests.push({ method, path, query, body: raw ? body : undefined });
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    const tooLong = (b: unknown) => typeof b === 'string' && b.length > 65_536;
    let m: RegExpExecArray | null;

    if (method === 'GET' && (m = /^\/(orgs|users)\/([^/]+)\/repos$/.exec(path))) {
      const list = (m[1] === 'orgs' ? this.orgs : this.users).get(m[2].toLowerCase());
      if (!list) return send(404, { message: 'Not Found' });
      return this.page(
        u,
        res,
        list.map((r) => ({
          full_name: r.full_name,
          name: r.full_name.split('/')[1],
          archived: !!r.archived,
          fork: !!r.fork,
          disabled: !!r.disabled,
        })),
      );
    }
    if (method === 'GET' && path === '/user') {
      if (!this.user) return send(403, { message: 'Resource not accessible by integration' });
      return send(200, this.user);
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues$/.exec(path))) {
      const repo = m[1];
      if (method === 'GET') {
        let list = this.issuesOf(repo).filter(
          (i) => (query.state ?? 'open') === 'all' || i.state === (query.state ?? 'open'),
        );
        list = [...list].sort((a, b) => (query.direction === 'asc' ? a.number - b.number : b.number - a.number));
        return this.page(
          u,
          res,
          list.map((i) => this.issueJson(i)),
        );
      }
      if (method === 'POST') {
        if (typeof body.title !== 'string' || !body.title) return send(422, { message: 'title is required' });
        if (tooLong(body.body)) return send(422, { message: 'body is too long (maximum is 65536 characters)' });
        if (!this.user) return send(403, { message: 'no user' });
        const issue = this.addIssue(repo, body.title, (body.body as string) ?? '', this.user.login);
        return send(201, this.issueJson(issue));
      }
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)$/.exec(path))) {
      const issue = this.issues.find((i) => i.repo === m![1] && i.number === Number(m![2]));
      if (!issue) return send(404, { message: 'Not Found' });
      if (method === 'GET') return send(200, this.issueJson(issue));
      if (method === 'PATCH') {
        if (tooLong(body.body)) return send(422, { message: 'body is too long (maximum is 65536 characters)' });
        if (typeof body.body === 'string') issue.body = body.body;
        if (typeof body.title === 'string') issue.title = body.title;
        return send(200, this.issueJson(issue));
      }
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(path))) {
      const repo = m[1];
      const n = Number(m[2]);
      if (!this.issues.some((i) => i.repo === repo && i.number === n)) return send(404, { message: 'Not Found' });
      if (method === 'GET')
        return this.page(
          u,
          res,
          this.comments.filter((c) => c.repo === repo && c.issue === n).map((c) => this.commentJson(c)),
        );
      if (method === 'POST') {
        if (tooLong(body.body)) return send(422, { message: 'body is too long' });
        const c = this.addComment(repo, n, body.body as string, this.user?.login ?? 'github-actions[bot]');
        return send(201, this.commentJson(c));
      }
    }
    if (method === 'PATCH' && (m = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(path))) {
      const c = this.comments.find((x) => x.repo === m![1] && x.id === Number(m![2]));
      if (!c) return send(404, { message: 'Not Found' });
      if (tooLong(body.body)) return send(422, { message: 'body is too long' });
      c.body = body.body as string;
      return send(200, this.commentJson(c));
    }
    return send(404, { message: `fake: no route for ${method} ${path}` });
  }

  private issueJson(i: FakeIssue) {
    return {
      number: i.number,
      title: i.title,
      body: i.body,
      user: i.user,
      state: i.state,
      html_url: `https://github.example/${i.repo}/issues/${i.number}`,
      ...(i.pull_request ? { pull_request: i.pull_request } : {}),
    };
  }

  private commentJson(c: FakeComment) {
    return {
      id: c.id,
      body: c.body,
      user: c.user,
      html_url: `https://github.example/${c.repo}/issues/${c.issue}#issuecomment-${c.id}`,
    };
  }

  private page(u: URL, res: ServerResponse, items: unknown[]): void {
    const perPage = Math.min(100, Number(u.searchParams.get('per_page') ?? 30) || 30);
    const page = Math.max(1, Number(u.searchParams.get('page') ?? 1) || 1);
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const next = new URL(u.toString());
      next.searchParams.set('page', String(p));
      next.searchParams.set('per_page', String(perPage));
      return `<${this.url}${next.pathname}${next.search}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    if (links.length) headers.link = links.join(', ');
    res.writeHead(200, headers);
    res.end(JSON.stringify(items.slice((page - 1) * perPage, page * perPage)));
  }
}
