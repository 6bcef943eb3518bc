// Test helper: a tiny HTTP(S) server with fixed answers per path, for the cases a real
// registry cannot be made to show cheaply (a 401 on everything, a path prefix, TLS).
import http from 'node:http';
import https from 'node:https';
import type net from 'node:net';

export type Routes = Record<string, { status: number; body: unknown }>;

export async function startFakeRegistry(routes: Routes, tls?: { cert: string; key: string }) {
  const handler: http.RequestListener = (req, res) => {
    const route = routes[req.url ?? ''] ?? { status: 404, body: { error: 'not_found' } };
    res.writeHead(route.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(route.body));
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
