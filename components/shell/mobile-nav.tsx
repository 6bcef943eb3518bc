'use client';
// The navigation on a narrow screen: a menu button in the header opens the sidebar as a sheet
// from the left, and the sheet closes itself once a link has changed the page.
import { useEffect, useState } from 'react';
import { usePathname } from 'next/navigation';
import { Dialog as D } from 'radix-ui';
import { Menu, X } from 'lucide-react';
import type { Role } from '@/schemas';
import { Sidebar } from './sidebar';
import type { PluginOption } from './plugin-switcher';

export interface MobileNavProps {
  role: Role;
  plugins: PluginOption[];
}

export function MobileNav({ role, plugins }: MobileNavProps) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is the reaction to a new path
  useEffect(() => setOpen(false), [pathname]);
  return (
    <D.Root open={open} onOpenChange={setOpen}>
      <D.Trigger className="mr-auto inline-flex h-9 w-9 items-center justify-center rounded-md text-fg hover:bg-surface-2 md:hidden" aria-label="Open navigation">
        <Menu className="h-5 w-5" aria-hidden />
      </D.Trigger>
      <D.Portal>
        <D.Overlay className="fixed inset-0 z-40 bg-black/40 md:hidden" />
        <D.Content
          aria-describedby={undefined}
          className="fixed inset-y-0 left-0 z-50 w-72 max-w-[85vw] border-r border-border bg-surface shadow-xl md:hidden"
        >
          <D.Title className="sr-only">Navigation</D.Title>
          <D.Close className="absolute right-3 top-4 rounded p-1 text-muted hover:bg-surface-2" aria-label="Close navigation">
            <X className="h-4 w-4" aria-hidden />
          </D.Close>
          <Sidebar role={role} plugins={plugins} />
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
