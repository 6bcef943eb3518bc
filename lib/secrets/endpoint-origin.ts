// Where a secret is sent, reduced to what matters for trust: scheme, host and port. Two
// endpoint strings that differ only in path, user info or default-port spelling are the same.

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443', 'redis:': '6379', 'rediss:': '6379' };

/** `scheme://host:port`, lower-cased; a bare `host:port` reads as such; unparseable text as itself. */
export function endpointOrigin(endpoint: string): string {
  const text = endpoint.trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `tcp://${text}`);
    const port = url.port || DEFAULT_PORTS[url.protocol] || '';
    return `${url.protocol}//${url.hostname.toLowerCase()}:${port}`;
  } catch {
    return text.toLowerCase();
  }
}
