// The Optimizations view in the URL: which suggestions are listed, so a filtered list is linkable.
import { z } from 'zod';
import type { StatusFilter } from '@/lib/queries/optimizations';
import { readParam, type RawParams } from '../read-param';

const Status = z.enum(['open', 'applied', 'dismissed', 'all']);

export function parseStatus(raw: RawParams): StatusFilter {
  const parsed = Status.safeParse(readParam(raw, 'status'));
  return parsed.success ? parsed.data : 'open';
}

export const optimizationsHref = (status: StatusFilter) => (status === 'open' ? '/optimizations' : `/optimizations?status=${status}`);
