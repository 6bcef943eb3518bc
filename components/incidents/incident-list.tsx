'use client';
import Link from 'next/link';
import type { IncidentListDto } from '@/lib/queries/incidents';
import type { PluginDto } from '@/lib/queries/plugins';
import { LocalTime } from '@/components/shared/local-time';
import { formatAgo } from '@/components/charts/time-format';
import { Table, Td, Th } from '@/components/ui/table';
import { SeverityBadge } from './severity-badge';
import { StatusBadge } from './status-badge';
import { SymptomList } from './symptom-list';
import { incidentDuration } from './duration-text';
import { categoryOf } from './category-label';

export interface IncidentListProps {
  incidents: IncidentListDto['incidents'];
  plugins: PluginDto[];
  now: number;
}

/** Incidents newest first: severity, what was seen (symptoms), plugin, status, when and how long. */
export function IncidentList({ incidents, plugins, now }: IncidentListProps) {
  const name = (id: string) => plugins.find((p) => p.id === id)?.name ?? id;
  return (
    <Table aria-label="Incidents">
      <thead>
        <tr>
          <Th className="w-24">Severity</Th>
          <Th>Incident</Th>
          <Th className="w-44">Likely cause</Th>
          <Th className="w-36">Plugin</Th>
          <Th className="w-32">Status</Th>
          <Th className="w-48">Started</Th>
        </tr>
      </thead>
      <tbody>
        {incidents.map((i) => (
          <tr key={i.id} className="group hover:bg-surface-2/60">
            <Td>
              <SeverityBadge severity={i.severity} />
            </Td>
            <Td className="min-w-80">
              <Link href={`/incidents/${i.id}`} className="font-medium text-fg hover:text-accent hover:underline">
                <span className="text-muted">#{i.id}</span> {i.title}
              </Link>
              <div className="mt-1.5">
                <SymptomList symptoms={i.symptoms} compact />
              </div>
            </Td>
            <Td className="text-sm">
              {i.topCause ? (
                <span className="inline-flex items-center gap-1.5">
                  <span aria-hidden className="h-2.5 w-2.5 rounded-sm" style={{ background: categoryOf(i.topCause.category).color }} />
                  {categoryOf(i.topCause.category).label}
                  {i.topCause.category !== 'other' && <span className="tabular-nums text-muted">{Math.round(i.topCause.confidence)}%</span>}
                </span>
              ) : (
                <span className="text-muted">Not analysed</span>
              )}
            </Td>
            <Td className="text-sm">{name(i.pluginId)}</Td>
            <Td>
              <StatusBadge status={i.status} />
            </Td>
            <Td className="text-sm">
              <LocalTime value={i.startedAt} />
              <span className="block text-xs text-muted" suppressHydrationWarning>
                {formatAgo(i.startedAt, now)} · lasted {incidentDuration(i, now)}
              </span>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
