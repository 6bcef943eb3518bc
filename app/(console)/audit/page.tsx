import type { Metadata } from 'next';
import { getDb } from '@/lib/db/client';
import { listAuditEvents } from '@/lib/audit/list-events';
import { listUsers } from '@/lib/users/list-users';
import { loadPlugins } from '../plugin-list';
import { asJson } from '@/lib/http/to-json';
import { PageHeader } from '@/components/ui/page-header';
import { auditNames } from '@/components/audit/audit-summary';
import { AuditClient, type AuditEventDto } from './client';
import { parseAuditParams } from './search-params';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = parseAuditParams(await searchParams);
  const db = await getDb();
  const [result, users, plugins] = await Promise.all([listAuditEvents(db, query), listUsers(db), loadPlugins()]);
  const names = auditNames(users, plugins);
  return (
    <>
      <PageHeader title="Audit log" description="Every change made in the console: who, what, when. The log is append-only." />
      <AuditClient query={query} events={asJson<AuditEventDto[]>(result.events)} nextBefore={result.nextBefore} names={names} />
    </>
  );
}
