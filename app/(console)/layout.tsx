import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { loginUrlFor, REQUESTED_PATH_HEADER } from '@/lib/auth/return-path';
import { requestUser } from './request-user';
import { ConsoleShell } from '@/components/shell/console-shell';
import { loadPlugins } from './plugin-list';

export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await requestUser();
  // Back to the page asked for after signing in (the path comes from proxy.ts).
  if (!user) redirect(loginUrlFor((await headers()).get(REQUESTED_PATH_HEADER)));
  const plugins = await loadPlugins();
  return (
    <ConsoleShell user={user} plugins={plugins.map((p) => ({ id: p.id, name: p.name, demo: p.demo }))}>
      {children}
    </ConsoleShell>
  );
}
