// A stand-in for GitHub's REST API on 127.0.0.1: keeps issue comments in memory and records every request.
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
  close(): Promise<void>;
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const requests: Recorded[] = [];
  const comments = new Map<number, { id: number; issue: number; body: string }>();
  let nextId = 1000;
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
      send(404, { message: `no route ${req.method} ${url.pathname}` });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    comments,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
