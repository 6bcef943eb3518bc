// The audit log in words: targets and ids named by the user or plugin they point at, and an
// event's details as a short "Key: value" line instead of raw JSON.
import { humanizeName } from '@/components/schema-form/labels';

/** Display names by reference: `user:<id>` → "Ann Lee (ann@example.com)", `plugin:<id>` → "Checkout API". */
export type AuditNames = Readonly<Record<string, string>>;

/** The names an audit entry may point at: users as "Name (email)" (or the email alone), plugins by name. */
export function auditNames(users: readonly { id: string; name: string | null; email: string }[], plugins: readonly { id: string; name: string }[]): AuditNames {
  return Object.fromEntries([
    ...users.map((u) => [`user:${u.id}`, u.name && u.name !== u.email ? `${u.name} (${u.email})` : u.email]),
    ...plugins.map((p) => [`plugin:${p.id}`, p.name]),
  ]);
}

/** Detail keys that hold the id of something with a name. */
const ID_KEYS: Record<string, string> = { userId: 'user', pluginId: 'plugin' };
const MAX_ITEMS = 5;

/** "user:abc" → "user Ann Lee (ann@example.com)"; unknown references stay as they are. */
export function targetLabel(target: string, names: AuditNames): string {
  const name = names[target];
  if (!name) return target;
  return `${target.slice(0, target.indexOf(':'))} ${name}`;
}

function valueText(key: string, value: unknown, names: AuditNames): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (ID_KEYS[key] && typeof value === 'string') return names[`${ID_KEYS[key]}:${value}`] ?? value;
  if (key === 'incidentId' && (typeof value === 'number' || typeof value === 'string')) return `#${value}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    const items = value.slice(0, MAX_ITEMS).map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)));
    return value.length > MAX_ITEMS ? `${items.join(', ')} and ${value.length - MAX_ITEMS} more` : items.join(', ');
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') {
    const inner = detailsSummary(value as Record<string, unknown>, names);
    return inner ? `(${inner})` : null;
  }
  return String(value);
}

/** "Name: Checkout API · Scopes: read, write"; empty values are left out. */
export function detailsSummary(details: Record<string, unknown>, names: AuditNames): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(details)) {
    const text = valueText(key, value, names);
    if (text !== null) parts.push(`${humanizeName(key.replace(/Id$/, ''))}: ${text}`);
  }
  return parts.join(' · ');
}
