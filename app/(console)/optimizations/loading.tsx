import { OptimizationsSkeleton } from '@/components/optimizations/optimizations-skeleton';

export default function Loading() {
  return <OptimizationsSkeleton />;
}
