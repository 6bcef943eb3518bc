// Results go back to the browser, so every text that may echo a credential (an error message,
// an endpoint URL) passes through here first.

const MARK = '[redacted]';
/** Shorter values would blank out ordinary words of the message, and are not worth hiding. */
const MIN_SECRET_LENGTH = 4;

/** The text with every occurrence of each secret (and its URL-encoded form) replaced. */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join(MARK);
  }
  return out;
}

/** An endpoint URL fit for display: the password in its user-info part is removed. */
export function displayEndpoint(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    if (!url.password) return endpoint;
    url.password = '';
    return url.toString().replace(/\/$/, endpoint.endsWith('/') ? '/' : '');
  } catch {
    // Not a URL: strip anything that looks like user:password@.
    return endpoint.replace(/\/\/[^/@]*@/, '//');
  }
}
