'use client';
// Everything about one anomaly an operator needs to judge it: what, when, how far from
// normal, how sure the detector is, and the incident it belongs to.
import Link from 'next/link';
import { ZoomIn } from 'lucide-react';
import type { AnomalyDto } from '@/lib/queries/metrics';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { formatValue, metricInfo } from '@/components/charts/metric-format';
import { anomalyDuration } from './anomaly-duration';
import { scoreStep } from '@/components/charts/score-scale';
import { LocalTime } from '@/components/shared/local-time';
import { ScoreBadge } from './score-badge';

export interface AnomalyDetailsDialogProps {
  anomaly: AnomalyDto | null;
  pluginName: string;
  onClose: () => void;
  onZoomTo: (anomaly: AnomalyDto) => void;
}

export function AnomalyDetailsDialog({ anomaly: a, pluginName, onClose, onZoomTo }: AnomalyDetailsDialogProps) {
  const info = a ? metricInfo(a.metric) : null;
  const f = (v: number) => formatValue(v, info?.unit ?? 'count');
  const start = a ? Date.parse(a.startedAt) : 0;
  const end = a ? Date.parse(a.endedAt) : 0;
  const deviation = a ? a.peakValue - a.expected : 0;
  return (
    <Dialog
      open={a !== null}
      onOpenChange={(o) => !o && onClose()}
      title={a && info ? `${a.type[0].toUpperCase()}${a.type.slice(1)} in ${info.label.toLowerCase()}` : 'Anomaly'}
      description={pluginName}
      footer={
        a && (
          <>
            <Button onClick={() => onZoomTo(a)}>
              <ZoomIn className="h-4 w-4" aria-hidden /> Zoom to it
            </Button>
            <Button variant="primary" onClick={onClose}>
              Close
            </Button>
          </>
        )
      }
    >
      {a && info && (
        <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-muted">Metric</dt>
          <dd className="font-mono text-xs leading-5">{a.metric}</dd>
          <dt className="text-muted">Type</dt>
          <dd>{a.type}</dd>
          <dt className="text-muted">Started</dt>
          <dd className="tabular-nums">
            <LocalTime value={start} />
          </dd>
          <dt className="text-muted">Ended</dt>
          <dd className="tabular-nums">
            <LocalTime value={end} />
          </dd>
          <dt className="text-muted">Duration</dt>
          <dd>{anomalyDuration(a)}</dd>
          <dt className="text-muted">Peak</dt>
          <dd className="tabular-nums">
            <span className="font-medium">{f(a.peakValue)}</span> at <LocalTime value={a.peakAt} />
          </dd>
          <dt className="text-muted">Expected</dt>
          <dd className="tabular-nums">
            {f(a.expected)}{' '}
            <span className="text-muted">
              (peak is {deviation >= 0 ? '+' : '−'}
              {f(Math.abs(deviation))})
            </span>
          </dd>
          <dt className="text-muted">Normal band</dt>
          <dd className="tabular-nums">
            {f(a.lower)} – {f(a.upper)}
          </dd>
          <dt className="text-muted">Score</dt>
          <dd className="flex items-center gap-2">
            <ScoreBadge score={a.score} /> <span className="text-muted">of 100 · {scoreStep(a.score / 100).label.split(' (')[0]}</span>
          </dd>
          <dt className="text-muted">Incident</dt>
          <dd>
            {a.incidentId ? (
              <Link href={`/incidents/${a.incidentId}`} className="text-accent hover:underline">
                Incident #{a.incidentId}
              </Link>
            ) : (
              <span className="text-muted">No incident yet</span>
            )}
          </dd>
        </dl>
      )}
    </Dialog>
  );
}
