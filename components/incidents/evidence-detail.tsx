'use client';
// The drawable part of one piece of evidence: a metric excerpt as a small chart, a
// configuration diff, a log pattern with its count and sample lines, or a dependency's health.
import { useRef } from 'react';
import type { EvidenceDetail as Detail } from '@/lib/aiops/rca/types';
import { EvidenceSparkline } from '@/components/charts/evidence-sparkline';
import { useElementWidth } from '@/components/charts/use-element-width';
import { LocalTime } from '@/components/shared/local-time';

export interface EvidenceDetailProps {
  detail: Detail;
}

const show = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
const STATUS_TONE: Record<string, string> = { healthy: 'text-success', degraded: 'text-warning', recovering: 'text-warning', unhealthy: 'text-danger', failed: 'text-danger' };

function MetricDetail({ detail }: { detail: Extract<Detail, { kind: 'metric' }> }) {
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useElementWidth(ref);
  return (
    <div ref={ref} className="min-w-0">
      {width > 0 && <EvidenceSparkline metric={detail.metric} points={detail.points} band={detail.band} limit={detail.limit} marker={detail.marker} width={Math.min(width, 640)} />}
    </div>
  );
}

export function EvidenceDetail({ detail }: EvidenceDetailProps) {
  switch (detail.kind) {
    case 'metric':
      return <MetricDetail detail={detail} />;
    case 'diff':
      return (
        <table aria-label="Configuration diff" className="w-full text-xs">
          <thead>
            <tr className="text-left text-muted">
              <th className="py-1 pr-3 font-medium">Setting</th>
              <th className="py-1 pr-3 font-medium">Before</th>
              <th className="py-1 font-medium">After</th>
            </tr>
          </thead>
          <tbody className="font-mono">
            {detail.changes.map((c) => (
              <tr key={c.path} className="border-t border-border">
                <td className="py-1 pr-3">{c.path}</td>
                <td className="bg-danger/5 py-1 pr-3 text-danger line-through decoration-danger/40">{show(c.from)}</td>
                <td className="bg-success/5 py-1 text-success">{show(c.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'log':
      return (
        <div className="space-y-2 text-xs">
          <p>
            <span className="font-semibold tabular-nums">{detail.count}</span> {detail.level} lines in the incident,{' '}
            <span className="tabular-nums">{detail.baselineCount}</span> in the day before · first at <LocalTime value={detail.firstSeen} />
          </p>
          <pre className="overflow-x-auto rounded-md bg-surface-2 px-2 py-1.5 font-mono whitespace-pre-wrap">{detail.template}</pre>
          <details>
            <summary className="cursor-pointer text-muted hover:text-fg">Sample lines</summary>
            <ul className="mt-1 space-y-1 font-mono">
              {detail.samples.map((s, i) => (
                <li key={i} className="break-all text-muted">
                  {s}
                </li>
              ))}
            </ul>
          </details>
        </div>
      );
    case 'dependency':
      return (
        <ol aria-label={`Health of ${detail.dependency}`} className="space-y-1 text-xs">
          {detail.statuses.map((s, i) => (
            <li key={i} className="flex flex-wrap gap-x-2">
              <LocalTime value={s.ts} className="tabular-nums text-muted" />
              <span className={`font-semibold ${STATUS_TONE[s.status] ?? ''}`}>{s.status}</span>
              {s.message && <span className="text-muted">{s.message}</span>}
            </li>
          ))}
        </ol>
      );
  }
}
