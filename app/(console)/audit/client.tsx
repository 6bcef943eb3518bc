'use client';
import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { ClipboardList } from 'lucide-react';
import type { AuditQuery } from '@/schemas';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Table, Td, Th } from '@/components/ui/table';
import { detailsSummary, targetLabel, type AuditNames } from '@/components/audit/audit-summary';
import { fromLocalInput, toLocalInput } from '@/components/shared/local-datetime';

export interface AuditEventDto {
  id: number;
  at: string;
  actorName: string;
  kind: string;
  target: string;
  beforeRef: string | null;
  afterRef: string | null;
  details: Record<string, unknown>;
}

export interface AuditClientProps {
  query: AuditQuery;
  events: AuditEventDto[];
  nextBefore: number | null;
  /** Names of the users and plugins the events point at, by `user:<id>` / `plugin:<id>`. */
  names: AuditNames;
}

export function AuditClient({ query, events, nextBefore, names }: AuditClientProps) {
  const router = useRouter();
  // From/To show the reader's own time, which the server cannot know: fill them once mounted.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const apply = (form: FormData) => {
    const p = new URLSearchParams();
    for (const key of ['actor', 'kind', 'target']) {
      const v = String(form.get(key) ?? '').trim();
      if (v) p.set(key, v);
    }
    for (const key of ['from', 'to']) {
      const v = fromLocalInput(String(form.get(key) ?? ''));
      if (v) p.set(key, v);
    }
    router.push(`/audit?${p.toString()}`);
  };
  return (
    <div className="space-y-4">
      {/* Keyed by the query, so the fields show the filter in force after Filter, Clear or Back. */}
      <form
        key={JSON.stringify(query)}
        className="grid grid-cols-1 gap-3 rounded-lg border border-border bg-surface p-4 sm:grid-cols-2 lg:grid-cols-6"
        onSubmit={(e) => {
          e.preventDefault();
          apply(new FormData(e.currentTarget));
        }}
      >
        {[
          ['actor', 'Actor', query.actor, 'text'],
          ['kind', 'Kind', query.kind, 'text'],
          ['target', 'Target', query.target, 'text'],
          ['from', 'From', toLocalInput(query.from), 'datetime-local'],
          ['to', 'To', toLocalInput(query.to), 'datetime-local'],
        ].map(([name, label, value, type]) => (
          <div key={name} className="space-y-1">
            <Label htmlFor={`audit-${name}`}>{label}</Label>
            <Input
              key={type === 'datetime-local' && mounted ? 'local' : 'server'}
              id={`audit-${name}`}
              name={name}
              type={type}
              defaultValue={type === 'datetime-local' && !mounted ? '' : (value ?? '')}
              // Until the reader's zone is known the time fields wait: a value typed before would be lost.
              disabled={type === 'datetime-local' && !mounted}
              placeholder={name === 'kind' ? 'e.g. document.' : undefined}
              aria-describedby={type === 'datetime-local' ? 'audit-zone' : undefined}
            />
          </div>
        ))}
        <p id="audit-zone" className="text-xs text-muted sm:col-span-2 lg:order-last lg:col-span-6">
          From and To are in your time zone{mounted ? ` (${Intl.DateTimeFormat().resolvedOptions().timeZone})` : ''}.
        </p>
        <div className="flex items-end gap-2">
          <Button type="submit" variant="primary">Filter</Button>
          <Button onClick={() => router.push('/audit')}>Clear</Button>
        </div>
      </form>
      {events.length === 0 ? (
        <EmptyState icon={ClipboardList} title="No events match">Change the filters, or make a change in the console.</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>When</Th>
              <Th>Actor</Th>
              <Th>Event</Th>
              <Th>Target</Th>
              <Th>Details</Th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <Td className="whitespace-nowrap text-muted">
                  <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time>
                </Td>
                <Td>{e.actorName}</Td>
                <Td><Badge tone="accent">{e.kind}</Badge></Td>
                <Td className="text-xs">
                  {targetLabel(e.target, names)}
                  {e.afterRef && <span className="text-muted"> {e.beforeRef ?? '∅'} → {e.afterRef}</span>}
                </Td>
                <Td className="max-w-xs text-xs text-muted [overflow-wrap:anywhere]">{detailsSummary(e.details, names)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {nextBefore && (
        <div className="flex justify-center">
          <Button
            onClick={() => {
              const p = new URLSearchParams(window.location.search);
              p.set('before', String(nextBefore));
              router.push(`/audit?${p.toString()}`);
            }}
          >
            Older events
          </Button>
        </div>
      )}
    </div>
  );
}
