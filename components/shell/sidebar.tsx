'use client';
import { IntentLink } from './intent-link';
import { usePathname } from 'next/navigation';
import type { Role } from '@/schemas';
import { hasRole } from '@/lib/auth/roles';
import { cn } from '@/components/ui/cn';
import { PendingApprovalsBadge } from '@/components/shell/pending-approvals-badge';
import { adminNav, mainNav, pluginSections, type NavItem } from './nav-items';
import { PluginSwitcher, type PluginOption } from './plugin-switcher';

export interface SidebarProps {
  role: Role;
  plugins: PluginOption[];
}

function isActive(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

function NavLink({ item, pathname }: { item: NavItem; pathname: string }) {
  const active = isActive(pathname, item.href);
  const Icon = item.icon;
  return (
    <IntentLink
      href={item.href}
      aria-current={active ? 'page' : undefined}
      className={cn(
        'flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm transition-colors',
        active ? 'bg-accent/10 font-medium text-accent' : 'text-muted hover:bg-surface-2 hover:text-fg',
      )}
    >
      <Icon className="h-4 w-4 shrink-0" aria-hidden />
      {item.label}
      {item.badge === 'pending-approvals' && <PendingApprovalsBadge />}
    </IntentLink>
  );
}

export function Sidebar({ role, plugins }: SidebarProps) {
  const pathname = usePathname();
  const pluginMatch = /^\/plugins\/([^/]+)(?:\/([^/]+))?/.exec(pathname);
  const currentPlugin = pluginMatch ? decodeURIComponent(pluginMatch[1]) : null;
  const admin = adminNav.filter((i) => !i.minRole || hasRole(role, i.minRole));
  return (
    <nav aria-label="Main" className="flex h-full flex-col gap-5 overflow-y-auto px-3 py-4">
      <IntentLink href="/" className="flex items-center gap-2.5 px-2">
        <span className="flex h-8 w-8 items-center justify-center rounded-lg bg-accent text-sm font-bold text-accent-fg">OS</span>
        <span className="text-sm font-semibold leading-tight">
          ObjectStack
          <span className="block text-xs font-normal text-muted">Operations console</span>
        </span>
      </IntentLink>
      <div className="space-y-1.5">
        <PluginSwitcher plugins={plugins} current={currentPlugin} section={pluginMatch?.[2]} />
        {currentPlugin && (
          <ul className="ml-2 space-y-0.5 border-l border-border pl-2">
            {pluginSections.map((s) => (
              <li key={s.slug}>
                <NavLink
                  pathname={pathname}
                  item={{ href: `/plugins/${encodeURIComponent(currentPlugin)}/${s.slug}`, label: s.label, icon: s.icon }}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
      <ul className="space-y-0.5">
        {mainNav.map((item) => (
          <li key={item.href}>
            <NavLink item={item} pathname={pathname} />
          </li>
        ))}
      </ul>
      {admin.length > 0 && (
        <div>
          <p className="mb-1 px-2.5 text-xs font-semibold uppercase tracking-wide text-muted">Administration</p>
          <ul className="space-y-0.5">
            {admin.map((item) => (
              <li key={item.href}>
                <NavLink item={item} pathname={pathname} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </nav>
  );
}
