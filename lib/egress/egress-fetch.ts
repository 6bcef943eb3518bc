// fetch for requests the server sends on a user's behalf (notifications, webhooks, model
// endpoints): every connection, the first and each one a redirect opens, is checked by the
// egress policy and made to the address that was checked (undici connector with a pinned host).
import { Agent, buildConnector, fetch as undiciFetch } from 'undici';
import { resolveEgressTarget } from './resolve-target';
import type { EgressPolicy } from './policy';

function egressAgent(policy?: EgressPolicy): Agent {
  const connectTo = buildConnector({});
  const connect: buildConnector.connector = (opts, callback) => {
    resolveEgressTarget(opts.hostname, policy).then(
      // `host` keeps the name, so SNI and certificate checks use it; `hostname` is where to connect.
      (target) => connectTo({ ...opts, hostname: target.address, servername: opts.servername ?? (target.host === target.address ? undefined : target.host) }, callback),
      (err: Error) => callback(err, null),
    );
  };
  return new Agent({ connect });
}

let shared: Agent | undefined;

/** fetch through the egress policy; `policy` is for tests, the process policy otherwise. */
export function egressFetch(input: string | URL, init: RequestInit = {}, policy?: EgressPolicy): Promise<Response> {
  const dispatcher = policy ? egressAgent(policy) : (shared ??= egressAgent());
  return undiciFetch(input, { ...(init as object), dispatcher } as Parameters<typeof undiciFetch>[1]) as unknown as Promise<Response>;
}
