// Joins class names, skipping falsy ones, and lets a later Tailwind class win over an earlier
// one of the same group (tailwind-merge): `cn('text-fg', 'text-danger')` renders red.
import { twMerge } from 'tailwind-merge';

export function cn(...parts: (string | false | null | undefined)[]): string {
  return twMerge(parts.filter(Boolean).join(' '));
}
