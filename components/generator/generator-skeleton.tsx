// The Generator page while it loads: the prompt box, a result area and the history column.
import { Skeleton } from '@/components/ui/skeleton';

export function GeneratorSkeleton() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading the generator">
      <Skeleton className="mb-2 h-7 w-40" />
      <Skeleton className="mb-6 h-4 w-96" />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-4">
          <Skeleton className="h-52" />
          <Skeleton className="h-96" />
        </div>
        <Skeleton className="h-96" />
      </div>
    </div>
  );
}
