// fetch for requests the server sends on a user's behalf (notifications, webhooks, model
// endpoints): every connection, the first and each one a redirect opens, is checked by the
// egress policy and made to the address that was checked (undici connector with a pinned host).
// undici is loaded on first use: the generator CLI's V8 startup snapshot bundles this module and
// cannot load node:http while the snapshot is built.
import type { Agent, buildConnector } from 'undici';
import { resolveEgressTarget } from './resolve-target';
import type { EgressPolicy } from './policy';

type Undici = typeof import('undici');

function egressAgent(undici: Undici, policy?: EgressPolicy): Agent {
  const connectTo = undici.buildConnector({});
  const connect: buildConnector.connector = (opts, callback) => {
    resolveEgressTarget(opts.hostname, policy).then(
      // `host` keeps the name, so SNI and certificate checks use it; `hostname` is where to connect.
      (target) => connectTo({ ...opts, hostname: target.address, servername: opts.servername ?? (target.host === target.address ? undefined : target.host) }, callback),
      (err: Error) => callback(err, null),
    );
  };
  return new undici.Agent({ connect });
}

let shared: Agent | undefined;

/** fetch through the egress policy; `policy` is for tests, the process policy otherwise. */
export async function egressFetch(input: string | URL, init: RequestInit = {}, policy?: EgressPolicy): Promise<Response> {
  const undici = await import('undici');
  const dispatcher = policy ? egressAgent(undici, policy) : (shared ??= egressAgent(undici));
  return undici.fetch(input, { ...(init as object), dispatcher } as Parameters<Undici['fetch']>[1]) as unknown as Promise<Response>;
}
