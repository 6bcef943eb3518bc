// The Optimizations view in the URL: which suggestions are listed, so a filtered list is linkable.
import { z } from 'zod';
import type { StatusFilter } from '@/lib/queries/optimizations';

const Status = z.enum(['open', 'applied', 'dismissed', 'all']);

export function parseStatus(raw: Record<string, string | string[] | undefined> | URLSearchParams): StatusFilter {
  const v = raw instanceof URLSearchParams ? raw.get('status') : Array.isArray(raw.status) ? raw.status[0] : raw.status;
  const parsed = Status.safeParse(v);
  return parsed.success ? parsed.data : 'open';
}

export const optimizationsHref = (status: StatusFilter) => (status === 'open' ? '/optimizations' : `/optimizations?status=${status}`);
