import { Skeleton } from '@/components/ui/skeleton';

/** The Healing page while it loads: header, tabs and two proposal cards. */
export function HealingSkeleton() {
  return (
    <div aria-hidden className="space-y-6">
      <Skeleton className="h-7 w-40" />
      <Skeleton className="h-9 w-72" />
      {[0, 1].map((i) => (
        <div key={i} className="space-y-3 rounded-lg border border-border bg-surface p-4">
          <Skeleton className="h-5 w-64" />
          <div className="grid grid-cols-1 gap-4 md:grid-cols-[1fr_300px]">
            <div className="space-y-2">
              <Skeleton className="h-4 w-full" />
              <Skeleton className="h-4 w-3/4" />
            </div>
            <Skeleton className="h-28 w-full" />
          </div>
        </div>
      ))}
    </div>
  );
}
