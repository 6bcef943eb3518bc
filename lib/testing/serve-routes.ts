// Serves route handlers on a real loopback HTTP server, so real clients (the OpenTelemetry SDK's
// exporters, a collector) talk to the console over HTTP in tests. Test-only.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface ServedRoutes {
  /** `http://127.0.0.1:<port>` */
  url: string;
  close: () => Promise<void>;
}

async function toRequest(msg: IncomingMessage, url: URL): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of msg) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [k, v] of Object.entries(msg.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  return new Request(url, { method: msg.method, headers, body: chunks.length && msg.method !== 'GET' ? Buffer.concat(chunks) : undefined });
}

/** `routes` by path (`/v1/metrics`); each handler answers every method it is given. */
export async function serveRoutes(routes: Record<string, Handler>): Promise<ServedRoutes> {
  const server = createServer((msg, res) => {
    const url = new URL(msg.url ?? '/', `http://${msg.headers.host ?? '127.0.0.1'}`);
    const handler = routes[url.pathname];
    const answer = async () => {
      if (!handler) {
        res.writeHead(404).end();
        return;
      }
      const response = await handler(await toRequest(msg, url), { params: Promise.resolve({}) });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    };
    answer().catch((err: unknown) => {
      res.writeHead(500).end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
