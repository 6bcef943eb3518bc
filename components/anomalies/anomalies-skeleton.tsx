import { Skeleton } from '@/components/ui/skeleton';
import { MetricStackSkeleton } from '@/components/charts/metric-stack';

/** The Anomalies page's shape while it loads: header, range picker, lanes, chart stack. */
export function AnomaliesSkeleton() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading anomalies" className="space-y-6">
      <div className="space-y-2">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="h-4 w-96" />
      </div>
      <Skeleton className="h-9 w-96" />
      <div className="space-y-2 rounded-lg border border-border bg-surface p-4">
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} className="grid grid-cols-[13rem_1fr] items-center gap-3">
            <Skeleton className="h-8" />
            <Skeleton className="h-5" />
          </div>
        ))}
      </div>
      <MetricStackSkeleton />
    </div>
  );
}
