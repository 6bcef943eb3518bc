import { Skeleton } from '@/components/ui/skeleton';

/** The Optimizations page while it loads: header, filter and two suggestion cards. */
export function OptimizationsSkeleton() {
  return (
    <div className="space-y-6" aria-busy>
      <Skeleton className="h-10 w-72" />
      <Skeleton className="h-9 w-96" />
      <Skeleton className="h-56" />
      <Skeleton className="h-56" />
    </div>
  );
}
