// A stand-in for GitHub's REST API on 127.0.0.1: keeps issue comments, git objects and refs, pull requests
// and check runs in memory, and records every request. Upstream repositories (a runtime's) are answered
// from real local git repositories: commits, tags, releases, compare, and `git archive` tarballs at
// /archive/<owner>/<repo>/<commit> (WASM_MCU_BENCH_ARCHIVE_URL=<url>/archive/{repo}/{commit}).
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  auth?: string;
  body?: unknown;
}

export interface FakeGitHub {
  url: string;
  requests: Recorded[];
  comments: Map<number, { id: number; issue: number; body: string }>;
  /** Branch name -> commit sha; `main` is the default branch. */
  refs: Map<string, string>;
  /** Blobs, trees and commits by sha. */
  objects: Map<string, Record<string, unknown>>;
  pulls: Record<string, unknown>[];
  checkRuns: Record<string, unknown>[];
  close(): Promise<void>;
}

export interface Upstream {
  /** A git repository (work tree or bare). */
  git: string;
  /** Published releases, newest first; none makes releases/latest answer 404. */
  releases?: { tag: string; url: string }[];
}

export async function startFakeGitHub(upstream: Record<string, Upstream> = {}): Promise<FakeGitHub> {
  const requests: Recorded[] = [];
  const comments = new Map<number, { id: number; issue: number; body: string }>();
  let nextId = 1000;
  const refs = new Map([['main', 'c0ffee0000000000000000000000000000000000']]);
  const objects = new Map<string, Record<string, unknown>>([['c0ffee0000000000000000000000000000000000', { type: 'commit', tree: { sha: 'feed000000000000000000000000000000000000' } }]]);
  const pulls: Record<string, unknown>[] = [];
  const checkRuns: Record<string, unknown>[] = [];
  const store = (o: Record<string, unknown>) => {
    const sha = (nextId++).toString(16).padStart(40, '0');
    objects.set(sha, o);
    return sha;
  };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = raw ? JSON.parse(raw) : undefined;
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      requests.push({ method: req.method ?? '', path: url.pathname, ...(req.headers.authorization ? { auth: req.headers.authorization } : {}), ...(body ? { body } : {}) });
      const send = (status: number, data: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(data));
      };
      const asJson = (c: { id: number; issue: number; body: string }) => ({ id: c.id, body: c.body, html_url: `https://github.example/comment/${c.id}`, user: { login: 'github-actions[bot]' } });
      let m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/);
      if (m && req.method === 'GET') return send(200, [...comments.values()].filter((c) => c.issue === Number(m![1])).map(asJson));
      if (m && req.method === 'POST') {
        const c = { id: nextId++, issue: Number(m[1]), body: body.body as string };
        comments.set(c.id, c);
        return send(201, asJson(c));
      }
      m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/);
      if (m && req.method === 'PATCH') {
        const c = comments.get(Number(m[1]));
        if (!c) return send(404, { message: 'Not Found' });
        c.body = body.body;
        return send(200, asJson(c));
      }
      const path = decodeURIComponent(url.pathname);
      const repo = /^\/repos\/([^/]+)\/([^/]+)/.exec(path);
      const rest = repo ? path.slice(repo[0].length) : '';
      const archive = /^\/archive\/([^/]+\/[^/]+)\/([0-9a-f]{40})$/.exec(path);
      const up = upstream[archive ? archive[1]! : repo ? `${repo[1]}/${repo[2]}` : ''];
      if (up && req.method === 'GET') {
        const git = (...args: string[]) => spawnSync('git', ['-C', up.git, ...args], { encoding: 'utf8' });
        const commitOf = (ref: string) => {
          const r = git('rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`);
          return r.status === 0 ? r.stdout.trim() : undefined;
        };
        if (archive) {
          res.writeHead(200, { 'content-type': 'application/x-gzip' });
          return res.end(execFileSync('git', ['-C', up.git, 'archive', '--format=tar.gz', `--prefix=${archive[1]!.split('/')[1]}-${archive[2]}/`, archive[2]!]));
        }
        if ((m = rest.match(/^\/commits\/(.+)$/))) {
          const sha = commitOf(m[1]!);
          if (!sha) return send(422, { message: `No commit found for SHA: ${m[1]}` });
          return send(200, { sha, commit: { committer: { date: `${git('show', '-s', '--format=%cI', sha).stdout.trim()}` } } });
        }
        if ((m = rest.match(/^\/git\/ref\/tags\/(.+)$/)))
          return git('rev-parse', '--verify', '--quiet', `refs/tags/${m[1]}`).status === 0 ? send(200, { ref: `refs/tags/${m[1]}` }) : send(404, { message: 'Not Found' });
        if (rest === '/tags')
          return send(200, git('tag', '--list').stdout.split('\n').filter(Boolean).map((name) => ({ name, commit: { sha: commitOf(name) } })));
        if (rest === '/releases/latest') {
          const r = up.releases?.[0];
          return r ? send(200, { tag_name: r.tag, html_url: r.url }) : send(404, { message: 'Not Found' });
        }
        if ((m = rest.match(/^\/compare\/(.+)\.\.\.(.+)$/))) {
          const [a, b] = [commitOf(m[1]!), commitOf(m[2]!)];
          if (!a || !b) return send(404, { message: 'Not Found' });
          const anc = (x: string, y: string) => git('merge-base', '--is-ancestor', x, y).status === 0;
          return send(200, { status: a === b ? 'identical' : anc(a, b) ? 'ahead' : anc(b, a) ? 'behind' : 'diverged' });
        }
        return send(404, { message: `no route ${req.method} ${url.pathname}` });
      }
      if (repo && rest === '' && req.method === 'GET') return send(200, { name: repo[2], full_name: `${repo[1]}/${repo[2]}`, default_branch: 'main' });
      m = rest.match(/^\/git\/(?:ref|refs)\/heads\/(.+)$/);
      if (m && req.method === 'GET') {
        const sha = refs.get(m[1]!);
        return sha ? send(200, { ref: `refs/heads/${m[1]}`, object: { sha, type: 'commit' } }) : send(404, { message: 'Not Found' });
      }
      if (m && req.method === 'PATCH') {
        // As GitHub: without force, only a fast-forward (the new commit's parent is the ref's commit).
        const now = refs.get(m[1]!);
        const parents = (objects.get(body.sha)?.parents ?? []) as { sha: string }[];
        if (!body.force && now && !parents.some((p) => p.sha === now)) return send(422, { message: 'Update is not a fast forward' });
        refs.set(m[1]!, body.sha);
        return send(200, { ref: `refs/heads/${m[1]}`, object: { sha: body.sha } });
      }
      if (rest === '/git/refs' && req.method === 'POST') {
        const name = String(body.ref).replace(/^refs\/heads\//, '');
        if (refs.has(name)) return send(422, { message: 'Reference already exists' });
        refs.set(name, body.sha);
        return send(201, { ref: body.ref, object: { sha: body.sha } });
      }
      m = rest.match(/^\/git\/commits\/([0-9a-f]+)$/);
      if (m && req.method === 'GET') return objects.has(m[1]!) ? send(200, { sha: m[1], ...objects.get(m[1]!) }) : send(404, { message: 'Not Found' });
      if (rest === '/git/blobs' && req.method === 'POST') return send(201, { sha: store({ type: 'blob', content: body.content, encoding: body.encoding }) });
      if (rest === '/git/trees' && req.method === 'POST') return send(201, { sha: store({ type: 'tree', base_tree: body.base_tree, tree: body.tree }) });
      if (rest === '/git/commits' && req.method === 'POST') {
        const sha = store({ type: 'commit', message: body.message, tree: { sha: body.tree }, parents: body.parents.map((p: string) => ({ sha: p })) });
        return send(201, { sha });
      }
      // Pull requests: those a test puts in `pulls` (with head.label "owner:branch") and those created here
      // (kept as the request's body: open, head a branch name), listed as GitHub lists them.
      if (rest === '/pulls' && req.method === 'GET') {
        const head = url.searchParams.get('head');
        const state = url.searchParams.get('state') ?? 'open';
        const listed = pulls.map((p) => (typeof p.head === 'string' ? { ...p, state: p.state ?? 'open', head: { ref: p.head, label: `${repo![1]}:${p.head}` } } : p));
        return send(200, listed.filter((p) => (state === 'all' || p.state === state) && (!head || (p.head as { label?: string } | undefined)?.label === head)));
      }
      m = rest.match(/^\/pulls\/(\d+)$/);
      if (m && req.method === 'GET') {
        const pr = pulls.find((p) => p.number === Number(m![1]));
        return pr ? send(200, pr) : send(404, { message: 'Not Found' });
      }
      if (rest === '/pulls' && req.method === 'POST') {
        const pr = { number: pulls.length + 1, html_url: `https://github.example/pull/${pulls.length + 1}`, ...body };
        pulls.push(pr);
        return send(201, pr);
      }
      m = rest.match(/^\/issues\/(\d+)\/labels$/);
      if (m && req.method === 'POST') {
        const pr = pulls.find((p) => p.number === Number(m![1]));
        if (!pr) return send(404, { message: 'Not Found' });
        pr.labels = [...((pr.labels as string[] | undefined) ?? []), ...body.labels];
        return send(200, (pr.labels as string[]).map((name) => ({ name })));
      }
      if (rest === '/check-runs' && req.method === 'POST') {
        const run = { id: nextId++, html_url: 'https://github.example/check', ...body };
        checkRuns.push(run);
        return send(201, run);
      }
      m = rest.match(/^\/check-runs\/(\d+)$/);
      if (m && req.method === 'PATCH') {
        const run = checkRuns.find((r) => r.id === Number(m![1]));
        if (!run) return send(404, { message: 'Not Found' });
        const output = run.output as { annotations: unknown[] };
        output.annotations.push(...(body.output?.annotations ?? []));
        return send(200, run);
      }
      send(404, { message: `no route ${req.method} ${url.pathname}` });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    comments,
    refs,
    objects,
    pulls,
    checkRuns,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
