import type { Metadata } from 'next';
import { getDb } from '@/lib/db/client';
import { asJson } from '@/lib/http/to-json';
import { listUsers } from '@/lib/users/list-users';
import { PageHeader } from '@/components/ui/page-header';
import { requireRole } from '../require-role';
import { UsersClient, type UserDto } from './client';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const me = await requireRole('admin');
  const users = asJson<UserDto[]>(await listUsers(await getDb()));
  return (
    <>
      <PageHeader title="Users" description="Who can sign in, and what they may do: viewer < operator < approver < admin." />
      <UsersClient users={users} meId={me.id} />
    </>
  );
}
