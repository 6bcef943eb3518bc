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

export type TemplateKind = 'security' | 'clock' | 'certificate' | 'credentials' | 'data' | 'network' | 'resource' | 'code' | 'other';

/**
 * Signs of an attack or of stolen access (an intrusion, a leaked key used from many addresses,
 * records enumerated, brute force): a security breach, whatever load or errors it also causes.
 * Explicit words only: a single refused login or a 401 is not an attack.
 */
export const SECURITY =
  /intrusion|\bbreach(ed)?\b|compromised|malware|exfiltrat\w*|brute[- ]?forc\w*|credential stuffing|account takeover|privilege escalation|reverse shell|suspicious (login|sign-?in|activity|access|requests?|traffic|ip|process)|enumerat\w* (of )?(customer|user|account|record|order|id)s?|(used|seen|requests?|logins?) from (a )?(new|unknown|unusual|unexpected|foreign) (ip|address|country|location|asn|network)|from <n> (distinct |different |unique )?(ips|ip addresses|addresses|countries)|unauthori[sz]ed (access|use|login|party)|(leaked|stolen|exposed|compromised) (api[- ]?keys?|keys?|tokens?|credentials?|secrets?|passwords?)/i;
/**
 * A clock that is wrong (drift, no time synchronisation) and what it breaks: signed requests and
 * tokens judged by their timestamps. The fix is the host's time settings, not the code or the peer.
 */
export const CLOCK =
  /clock (skew|drift|offset|is (ahead|behind)|out of sync|not synchroni[sz]ed)|not synchroni[sz]ed|time ?sync\w*|\bntpd?\b|chronyd?|timestamp[ _](is )?(out[ _]of|outside)[ _](the )?(allowed )?(window|range|tolerance)|request ?time ?too ?skewed|skew too great|ahead of server time|behind server time|(token|jwt) (used before|issued in the future)|iat is in the future/i;

/** An expired or untrusted TLS certificate: a configuration fault, not the network's. */
export const CERTIFICATE = /certificate has expired|cert_has_expired|certificate (is )?(expired|not yet valid|revoked)|x509|self[- ]signed certificate|unable to verify the first certificate|unable to get local issuer certificate|err_tls_cert/i;
/**
 * A key, token or password that the other side no longer accepts (a rotated signing key, a
 * revoked API key, a changed database password): the credential in the configuration is wrong,
 * not the code and not the network.
 */
export const CREDENTIALS = /invalid signature|signature (verification )?(failed|invalid|mismatch)|unknown (kid|key id|signing key)|no matching (key|jwk)|invalid (api[- ]?key|access key|credentials|client secret)|password authentication failed|authentication failed for|invalid_grant|invalid_client|(api[- ]?key|token|credentials?) (has been |was )?(revoked|rotated)|access key .*(not valid|expired|invalid)/i;
/** A connection limit reached (PostgreSQL "sorry, too many clients already", MySQL ER_CON_COUNT_ERROR, pool timeouts). */
export const CONNECTION_POOL = /too many clients|remaining connection slots|too many connections|er_con_count_error|max_connections|connection pool (is )?(exhausted|full)|pool (is )?exhausted|timed? ?out (while )?acquiring( a)? connection|acquire connection timeout/i;
/** Name resolution failures: the only network errors where DNS is worth checking. */
export const DNS = /enotfound|eai_again|getaddrinfo|\bdns\b|name resolution|no such host/i;
/** A process dying and being restarted. */
export const CRASH = /exited with code|process exited|crash(ed|loop)|crashloopbackoff|uncaught exception|segmentation fault|sigsegv|sigkill|killed by signal|worker .* died|restarting after crash/i;

/**
 * Stored data that fails its own checks: checksums, encodings, decoding of what was written,
 * broken constraints. The code that reads it is fine; what it reads is not, so the cause is the
 * data (and whatever wrote it), not a code defect.
 */
export const DATA = /more than (one|<n>) rows? (was )?returned by a subquery|subquery returns? more than (one|<n>) rows?|query returned more than (one|<n>) rows?|expected (one|a single|<n>) (result|row)s?\b.{0,40}\b(found|got|returned) <n>|nonuniqueresult|multipleresultsfound|cardinality[_ ]violation|checksum (mismatch|failed|error)|crc (mismatch|error)|corrupt(ed|ion)?\b|malformed (record|row|document|payload|data|entry|json)|invalid byte sequence|invalid (utf-?8|encoding)|(row|record|document|entry) (decode|decoding|deserialization) (failed|error)|(decode|decoding) failed for (row|record)|column \S+ is null|null value in column|integrity (check|violation|error)|violates (unique|foreign key|not-null|check) constraint|duplicate key value|bad (magic|header|block)|truncated (record|row|file|page|data)|(could not|cannot|failed to) (decode|deserializ\w*|parse) (stored|persisted|cached|record|row|document|entry)|unexpected end of (stored|record|row|data)|orphan(ed)? (record|row)s?|missing (parent|referenced) (record|row)/i;

// Not a bare "rejected": a rejected token or request is not a resource running out.
const RESOURCE = /\biops\b|burst (balance|credits?)|\bio ?wait|disk (await|latency|stall|throttl\w*)|write stall|(fsync|flush)\b.*\btook <n>|waiting for (flush|fsync)|heap|\bgc\b|out of memory|\boom\b|allocation failed|gc pause|garbage|queue full|rejectedexecution|rejected: (queue|capacity|overload)|saturated|pool|too many (open )?(files|connections|clients)|remaining connection slots|disk full|no space|quota|throttl|rate limit|eaddrnotavail|cannot assign requested address|time_wait|local port range|ephemeral port/i;
const NETWORK = /timed? ?out|timeout|etimedout|econnreset|econnrefused|ehostunreach|enetunreach|eai_again|enotfound|getaddrinfo|\bdns\b|socket hang up|connection (reset|refused|terminated|closed)|circuit breaker|tls handshake|unreachable/i;
// A handler that holds the event loop for seconds, or a line quoting a source file and line
// (numbers are masked by then), is about the code's own work.
const CODE = /event loop (was )?blocked|blocked the event loop|[\w/.@-]+\.(js|mjs|cjs|ts|py|go|java|rb):(\d+|<n>)|typeerror|referenceerror|rangeerror|syntaxerror|nullpointer|undefined|null|exception|assert|unhandled|panic|stack|traceback|invariant|cannot read|is not a function|validationerror|serializ/i;

/** Resource words win over network ones: "timed out acquiring connection from pool" is pool exhaustion. */
export function templateKind(template: string): TemplateKind {
  if (SECURITY.test(template)) return 'security';
  if (CLOCK.test(template)) return 'clock';
  if (CERTIFICATE.test(template)) return 'certificate';
  if (CREDENTIALS.test(template)) return 'credentials';
  if (DATA.test(template)) return 'data';
  if (RESOURCE.test(template)) return 'resource';
  if (NETWORK.test(template)) return 'network';
  if (CODE.test(template)) return 'code';
  return 'other';
}

/**
 * The kind of a line: its template's, or, when the template says nothing, the kind of the line
 * with its quoted parts kept (a JSON error body, `{"error":"request_timestamp_out_of_window"}`,
 * is masked to <str> in the template).
 */
export function lineKind(template: string, message: string): TemplateKind {
  const kind = templateKind(template);
  return kind === 'other' ? templateKind(templateOf(message.replace(/["']/g, ' '))) : kind;
}

/** How specific a pattern is: exception names and error codes say more than "request failed". */
export function templateSpecificity(template: string, kind: TemplateKind = templateKind(template)): number {
  if (/[A-Z][a-z]+(Error|Exception)\b|\bE[A-Z]{4,}\b/.test(template)) return 1;
  if (kind !== 'other') return 0.8;
  return 0.55;
}
