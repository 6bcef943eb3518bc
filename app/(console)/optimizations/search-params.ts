// The Optimizations view in the URL: which suggestions are listed, so a filtered list is linkable.
import { createLoader, createSerializer, parseAsStringLiteral, type LoaderInput } from 'nuqs/server';
import { DEFAULT_OPTIMIZATION_STATUS, OptimizationStatusFilterSchema } from '@/schemas/optimization-api';
import type { StatusFilter } from '@/lib/queries/optimizations';

const optimizationsParams = { status: parseAsStringLiteral(OptimizationStatusFilterSchema.options).withDefault(DEFAULT_OPTIMIZATION_STATUS) };
const load = createLoader(optimizationsParams);
const serialize = createSerializer(optimizationsParams);

export const parseStatus = (raw: LoaderInput): StatusFilter => load(raw).status;

export const optimizationsHref = (status: StatusFilter) => serialize('/optimizations', { status });
