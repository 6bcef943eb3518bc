/*
 * How a record's value reads in the preview's list table: options by label, money and
 * percentages formatted, booleans as Yes/No, addresses on one line.
 */
import type { ValueFormat } from './compute-widgets';

interface FieldLike {
  type: string;
  options?: { label: string; value: string }[];
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatCell(field: FieldLike | undefined, value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  const label = (v: unknown) => field?.options?.find((o) => o.value === v)?.label ?? String(v);
  if (Array.isArray(value)) return value.map(label).join(', ');
  switch (field?.type) {
    case 'currency':
      return typeof value === 'number' ? usd.format(value) : String(value);
    case 'percent':
      return `${String(value)}%`;
    case 'boolean':
    case 'toggle':
      return value ? 'Yes' : 'No';
    case 'rating':
      return typeof value === 'number' ? `${'★'.repeat(value)}${'☆'.repeat(Math.max(0, 5 - value))}` : String(value);
    case 'select':
    case 'radio':
      return label(value);
    default:
      if (typeof value === 'object') return Object.values(value as Record<string, unknown>).filter(Boolean).join(', ');
      return String(value);
  }
}

export function formatAmount(value: number, format: ValueFormat): string {
  if (format === 'currency') return usd.format(value);
  return decimal.format(value);
}
