import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { requestUser } from './request-user';
import { ConsoleShell } from '@/components/shell/console-shell';
import { loadPlugins } from './plugin-list';

export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await requestUser();
  if (!user) redirect('/login');
  const plugins = await loadPlugins();
  return (
    <ConsoleShell user={user} plugins={plugins.map((p) => ({ id: p.id, name: p.name, demo: p.demo }))}>
      {children}
    </ConsoleShell>
  );
}
