'use client';
// The anomalies of the selected plugin in the range, newest first: the keyboard's way to the
// same details a click on a chart mark opens.
import { useState } from 'react';
import Link from 'next/link';
import { CheckCircle2 } from 'lucide-react';
import type { AnomalyDto } from '@/lib/queries/metrics';
import { Button } from '@/components/ui/button';
import { Table, Td, Th } from '@/components/ui/table';
import { formatValue, metricInfo } from '@/components/charts/metric-format';
import { anomalyDuration } from './anomaly-duration';
import { LocalTime } from '@/components/shared/local-time';
import { ScoreBadge } from './score-badge';

export interface AnomalyListProps {
  anomalies: AnomalyDto[];
  onOpen: (anomaly: AnomalyDto) => void;
}

/** A long range can hold hundreds; the newest are what an operator reads first. */
const FIRST_ROWS = 15;

export function AnomalyList({ anomalies, onOpen }: AnomalyListProps) {
  const [all, setAll] = useState(false);
  if (anomalies.length === 0) {
    return (
      <p className="flex items-center gap-2 rounded-md border border-dashed border-border px-3 py-3 text-sm text-muted">
        <CheckCircle2 className="h-4 w-4 text-success" aria-hidden /> No anomalies for this plugin in the range.
      </p>
    );
  }
  const sorted = [...anomalies].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
  const shown = all ? sorted : sorted.slice(0, FIRST_ROWS);
  return (
    <div className="space-y-2">
      <Table aria-label="Anomalies in range">
        <thead>
          <tr>
            <Th>Started</Th>
            <Th>Metric</Th>
            <Th>Type</Th>
            <Th className="text-right">Score</Th>
            <Th>Duration</Th>
            <Th>Peak vs expected</Th>
            <Th>Incident</Th>
            <Th className="text-right">
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {shown.map((a) => {
            const info = metricInfo(a.metric);
            return (
              <tr key={a.id}>
                <Td className="whitespace-nowrap tabular-nums text-muted">
                  <LocalTime value={a.startedAt} />
                </Td>
                <Td>{info.label}</Td>
                <Td>{a.type}</Td>
                <Td className="text-right">
                  <ScoreBadge score={a.score} />
                </Td>
                <Td className="whitespace-nowrap">{anomalyDuration(a)}</Td>
                <Td className="whitespace-nowrap tabular-nums">
                  {formatValue(a.peakValue, info.unit)} <span className="text-muted">vs {formatValue(a.expected, info.unit)}</span>
                </Td>
                <Td className="text-muted">
                  {a.incidentId ? (
                    <Link href={`/incidents/${a.incidentId}`} className="text-accent hover:underline">
                      #{a.incidentId}
                    </Link>
                  ) : (
                    '—'
                  )}
                </Td>
                <Td className="text-right">
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Details of ${a.type} on ${info.label}, score ${Math.round(a.score)}`}
                    onClick={() => onOpen(a)}
                  >
                    Details
                  </Button>
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {sorted.length > FIRST_ROWS && (
        <div className="flex justify-center">
          <Button size="sm" onClick={() => setAll((v) => !v)}>
            {all ? `Show the newest ${FIRST_ROWS}` : `Show all ${sorted.length} anomalies`}
          </Button>
        </div>
      )}
    </div>
  );
}
