// The egress policy on real connections: local listeners on 127.0.0.1 (and 127.0.0.2), with
// and without an allow list. A refused address is never connected to.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { egressFetch } from './egress-fetch';
import { resolveEgressTarget } from './resolve-target';
import { EGRESS_BLOCKED, EgressBlocked } from './egress-error';
import { parseEgressAllow } from './policy';

interface Listener {
  url: string;
  hits: string[];
  close: () => Promise<void>;
}

async function listen(host: string, answer: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<Listener> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    answer(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { url: `http://${host}:${(server.address() as AddressInfo).port}`, hits, close: () => new Promise((r) => server.close(() => r())) };
}

async function fetchError(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return (err as { cause?: unknown }).cause ?? err;
  }
  throw new Error('expected the request to fail');
}

describe('egressFetch', () => {
  let target: Listener;
  let inner: Listener;
  let redirector: Listener;
  beforeAll(async () => {
    target = await listen('127.0.0.1', (_req, res) => res.end('hello'));
    inner = await listen('127.0.0.2', (_req, res) => res.end('inside'));
    redirector = await listen('127.0.0.1', (req, res) => {
      const to = req.url === '/to-metadata' ? 'http://169.254.169.254/latest/meta-data/' : `${inner.url}/secret`;
      res.writeHead(302, { location: to }).end();
    });
  });
  afterAll(async () => {
    await Promise.all([target.close(), inner.close(), redirector.close()]);
  });

  it('refuses a loopback listener without an allow list, and never connects to it', async () => {
    const err = await fetchError(egressFetch(`${target.url}/`, {}, parseEgressAllow(undefined)));
    expect(err).toBeInstanceOf(EgressBlocked);
    expect((err as EgressBlocked).message).toBe('127.0.0.1 is blocked by the egress policy: it is a loopback or private address; an administrator can allow it in CONSOLE_EGRESS_ALLOW');
    expect(target.hits).toEqual([]);
  });

  it('reaches it when CONSOLE_EGRESS_ALLOW lists it', async () => {
    const res = await egressFetch(`${target.url}/ok`, {}, parseEgressAllow('127.0.0.1'));
    expect(await res.text()).toBe('hello');
    expect(target.hits).toEqual(['/ok']);
  });

  it('checks every redirect: a hop to a private address not on the list is refused before connecting', async () => {
    const err = await fetchError(egressFetch(`${redirector.url}/to-inner`, {}, parseEgressAllow('127.0.0.1')));
    expect((err as EgressBlocked).code).toBe(EGRESS_BLOCKED);
    expect((err as EgressBlocked).host).toBe('127.0.0.2');
    expect(inner.hits).toEqual([]);
  });

  it('refuses a redirect to the metadata address', async () => {
    const err = await fetchError(egressFetch(`${redirector.url}/to-metadata`, {}, parseEgressAllow('127.0.0.1')));
    expect(err).toMatchObject({ code: EGRESS_BLOCKED, host: '169.254.169.254', reason: 'metadata' });
  });

  it('refuses 169.254.169.254 outright, even when the allow list names its range', async () => {
    const err = await fetchError(egressFetch('http://169.254.169.254/latest/meta-data/', {}, parseEgressAllow('169.254.0.0/16')));
    expect(err).toMatchObject({ code: EGRESS_BLOCKED, reason: 'metadata' });
  });
});

describe('resolveEgressTarget', () => {
  it('refuses a host name that resolves to a private address, and allows it by name or by range', async () => {
    await expect(resolveEgressTarget('localhost', parseEgressAllow(undefined))).rejects.toMatchObject({ code: EGRESS_BLOCKED, host: 'localhost' });
    const byName = await resolveEgressTarget('localhost', parseEgressAllow('localhost'));
    expect(['127.0.0.1', '::1']).toContain(byName.address);
    await expect(resolveEgressTarget('metadata.google.internal', parseEgressAllow('metadata.google.internal'))).rejects.toMatchObject({ reason: 'metadata' });
  });

  it('strips IPv6 brackets and judges the literal without a lookup', async () => {
    await expect(resolveEgressTarget('[::1]', parseEgressAllow(undefined))).rejects.toMatchObject({ code: EGRESS_BLOCKED, host: '::1' });
    expect(await resolveEgressTarget('[::1]', parseEgressAllow('::1'))).toEqual({ host: '::1', address: '::1', family: 6 });
  });
});
