'use client';
import { useRouter } from 'next/navigation';
import { ClipboardList } from 'lucide-react';
import type { AuditQuery } from '@/schemas';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Table, Td, Th } from '@/components/ui/table';

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
}

const toLocalInput = (iso?: string) => (iso ? new Date(iso).toISOString().slice(0, 16) : '');

export function AuditClient({ query, events, nextBefore }: AuditClientProps) {
  const router = useRouter();
  const apply = (form: FormData) => {
    const p = new URLSearchParams();
    for (const key of ['actor', 'kind', 'target']) {
      const v = String(form.get(key) ?? '').trim();
      if (v) p.set(key, v);
    }
    for (const key of ['from', 'to']) {
      const v = String(form.get(key) ?? '');
      if (v) p.set(key, new Date(v).toISOString());
    }
    router.push(`/audit?${p.toString()}`);
  };
  return (
    <div className="space-y-4">
      <form
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
            <Input id={`audit-${name}`} name={name} type={type} defaultValue={value ?? ''} placeholder={name === 'kind' ? 'e.g. document.' : undefined} />
          </div>
        ))}
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
                <Td className="font-mono text-xs">
                  {e.target}
                  {e.afterRef && <span className="text-muted"> {e.beforeRef ?? '∅'} → {e.afterRef}</span>}
                </Td>
                <Td className="max-w-xs break-all font-mono text-xs text-muted">{JSON.stringify(e.details)}</Td>
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
