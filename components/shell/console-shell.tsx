import type { ReactNode } from 'react';
import type { CurrentUser } from '@/lib/auth/current-user';
import { Sidebar } from './sidebar';
import { UserMenu } from './user-menu';
import { DemoBanner } from './demo-banner';
import { MobileNav } from './mobile-nav';
import type { PluginOption } from './plugin-switcher';

export interface ConsoleShellProps {
  user: CurrentUser;
  plugins: PluginOption[];
  children: ReactNode;
}

export function ConsoleShell({ user, plugins, children }: ConsoleShellProps) {
  return (
    <div className="flex min-h-screen">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-surface px-3 py-2 text-sm font-medium text-accent shadow focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
      >
        Skip to content
      </a>
      <aside aria-label="Sidebar" className="sticky top-0 hidden h-screen w-60 shrink-0 border-r border-border bg-surface md:block">
        <Sidebar role={user.role} plugins={plugins} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-30 flex h-14 items-center justify-end gap-3 border-b border-border bg-surface/80 px-4 backdrop-blur md:px-6">
          <MobileNav role={user.role} plugins={plugins} />
          <UserMenu name={user.name} email={user.email} role={user.role} />
        </header>
        <DemoBanner />
        <main id="main" tabIndex={-1} className="outline-none mx-auto w-full max-w-6xl flex-1 px-4 py-6 md:px-6 md:py-8">
          {children}
        </main>
      </div>
    </div>
  );
}
