'use client';
import { useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';
import { useQuery } from '@tanstack/react-query';
import { Loader2 } from 'lucide-react';
import { apiFetch } from '@/lib/http/api-fetch';

interface DemoStatus {
  enabled: boolean;
  phase: 'idle' | 'seeding' | 'live';
  done: number;
  total: number;
}

/** While the demo fleet's history is being stored, say so (charts fill in as it goes). */
export function DemoBanner() {
  const router = useRouter();
  const { data } = useQuery({
    queryKey: ['demo-status'],
    queryFn: () => apiFetch<DemoStatus>('/api/v1/demo'),
    refetchInterval: (q) => (q.state.data?.phase === 'live' || q.state.data?.enabled === false ? false : 3000),
  });
  const seeding = data?.enabled && data.phase !== 'live';
  // When seeding finishes under the user's eyes, reload the page's server data once.
  const sawSeeding = useRef(false);
  useEffect(() => {
    if (seeding) sawSeeding.current = true;
    else if (sawSeeding.current && data?.phase === 'live') {
      sawSeeding.current = false;
      router.refresh();
    }
  }, [seeding, data?.phase, router]);
  if (!seeding) return null;
  const pct = data.total ? Math.round((100 * data.done) / data.total) : 0;
  return (
    <div role="status" className="flex items-center gap-2 border-b border-warning/30 bg-warning/10 px-4 py-2 md:px-6 text-sm text-fg">
      <Loader2 className="h-4 w-4 animate-spin text-warning" aria-hidden />
      Loading the demo fleet&apos;s last 7 days of metrics: {pct}%. Charts fill in as it goes.
    </div>
  );
}
