// Groups log lines into templates by masking their variable parts (numbers, ids, addresses,
// quoted values), so "ETIMEDOUT 10.0.7.21:5432 req_ab12" and "... 10.0.3.9:5432 req_x9" count
// as one pattern. Also classifies a template by what kind of failure its words describe.

const MASKS: [RegExp, string][] = [
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
  [/\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b/g, '<ip>'],
  [/\b\d{4}-\d{2}-\d{2}T[\d:.]+Z?\b/g, '<time>'],
  [/'[^']*'|"[^"]*"/g, '<str>'],
  // Identifiers with a prefix (req_ab12, ord_77x, b-12345) and hex runs. Joined by a hyphen,
  // only a suffix with a digit is an id: kebab-case names (orders-db, pay-ledger.internal) stay,
  // so evidence still says which host failed.
  [/\b[a-z]{1,6}(?:_[A-Za-z0-9]{3,}|-(?=[A-Za-z]*\d)[A-Za-z0-9]{3,})\b/g, '<id>'],
  [/\b0x[0-9a-f]+\b|\b[0-9a-f]{12,}\b/gi, '<hex>'],
  [/\b[0-9A-F]{6,}\b/g, '<hex>'],
  [/[-+]?\d+(\.\d+)?/g, '<n>'],
];

export function templateOf(message: string): string {
  let t = message.length > 300 ? message.slice(0, 300) : message;
  for (const [re, token] of MASKS) t = t.replace(re, token);
  return t.replace(/\s+/g, ' ').trim();
}

export type TemplateKind = 'network' | 'resource' | 'code' | 'other';

const RESOURCE = /heap|\bgc\b|out of memory|\boom\b|allocation failed|gc pause|garbage|queue full|rejected|saturated|pool|too many (open )?(files|connections)|disk full|no space|quota|throttl|rate limit/i;
const NETWORK = /timed? ?out|timeout|etimedout|econnreset|econnrefused|ehostunreach|enetunreach|eai_again|enotfound|getaddrinfo|\bdns\b|socket hang up|connection (reset|refused|terminated|closed)|circuit breaker|tls handshake|unreachable/i;
const CODE = /typeerror|referenceerror|rangeerror|syntaxerror|nullpointer|undefined|null|exception|assert|unhandled|panic|stack|traceback|invariant|cannot read|is not a function|validationerror|serializ/i;

/** Resource words win over network ones: "timed out acquiring connection from pool" is pool exhaustion. */
export function templateKind(template: string): TemplateKind {
  if (RESOURCE.test(template)) return 'resource';
  if (NETWORK.test(template)) return 'network';
  if (CODE.test(template)) return 'code';
  return 'other';
}

/** How specific a pattern is: exception names and error codes say more than "request failed". */
export function templateSpecificity(template: string): number {
  if (/[A-Z][a-z]+(Error|Exception)\b|\bE[A-Z]{4,}\b/.test(template)) return 1;
  if (templateKind(template) !== 'other') return 0.8;
  return 0.55;
}
