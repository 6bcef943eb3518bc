// Test helper: a real Verdaccio registry on a free 127.0.0.1 port, with no uplinks (so it
// never reaches the internet), htpasswd auth, and helpers to add a user and publish.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';
import { spawnServer } from './spawn-server';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const BIN = path.join(REPO_ROOT, 'node_modules/verdaccio/bin/verdaccio');

const CONFIG = `
storage: ./storage
auth:
  htpasswd:
    file: ./htpasswd
    max_users: 100
uplinks: {}
packages:
  'secret-*':
    access: $authenticated
    publish: $authenticated
  '**':
    access: $all
    publish: $authenticated
log: { type: stdout, format: pretty, level: warn }
`;

export interface Verdaccio {
  url: string;
  addUser: (name: string, password: string) => Promise<string>;
  publish: (name: string, auth: string) => Promise<void>;
  stop: () => Promise<void>;
}

export async function startVerdaccio(): Promise<Verdaccio> {
  const dir = mkdtempSync(path.join(tmpdir(), 'verdaccio-'));
  writeFileSync(path.join(dir, 'config.yaml'), CONFIG);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await spawnServer(process.execPath, [BIN, '--config', path.join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`], {
    cwd: dir,
    ready: async () => (await fetch(`${url}/-/ping`)).ok,
  }).catch((err: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  });

  /** Creates a user the way `npm adduser` does; returns its bearer token. */
  const addUser = async (name: string, password: string) => {
    const res = await fetch(`${url}/-/user/org.couchdb.user:${name}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    const body = (await res.json()) as { token?: string };
    if (!res.ok || !body.token) throw new Error(`adduser failed: ${res.status} ${JSON.stringify(body)}`);
    return body.token;
  };

  /** Publishes version 1.0.0 of a package, the way `npm publish` sends it. */
  const publish = async (name: string, authorization: string) => {
    const data = Buffer.from(`tarball of ${name}`);
    const file = `${name}-1.0.0.tgz`;
    const res = await fetch(`${url}/${name}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({
        _id: name,
        name,
        'dist-tags': { latest: '1.0.0' },
        versions: { '1.0.0': { name, version: '1.0.0', dist: { shasum: createHash('sha1').update(data).digest('hex'), tarball: `${url}/${name}/-/${file}` } } },
        _attachments: { [file]: { content_type: 'application/octet-stream', data: data.toString('base64'), length: data.length } },
      }),
    });
    if (!res.ok) throw new Error(`publish failed: ${res.status} ${await res.text()}`);
  };

  const stop = async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, addUser, publish, stop };
}
