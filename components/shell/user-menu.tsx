'use client';
import { DropdownMenu } from 'radix-ui';
import { useTheme } from 'next-themes';
import { ChevronDown, LogOut, Monitor, Moon, Sun } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import type { Role } from '@/schemas';

export interface UserMenuProps {
  name: string;
  email: string;
  role: Role;
}

const item = 'flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-surface-2';

async function signOut() {
  await fetch('/api/auth/sign-out', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  window.location.assign('/login');
}

export function UserMenu({ name, email, role }: UserMenuProps) {
  const { theme, setTheme } = useTheme();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-surface-2"
        aria-label={`Account menu for ${name}`}
      >
        <span className="flex h-7 w-7 items-center justify-center rounded-full bg-accent/15 text-xs font-semibold text-accent">
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span className="hidden text-left sm:block">
          <span className="block leading-tight">{name}</span>
          <span className="block text-xs leading-tight text-muted">{role}</span>
        </span>
        <ChevronDown className="h-4 w-4 text-muted" aria-hidden />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={6} className="z-50 min-w-56 rounded-md border border-border bg-surface p-1 shadow-lg">
          <div className="px-2 py-2">
            <p className="text-sm font-medium">{name}</p>
            <p className="text-xs text-muted">{email}</p>
            <Badge tone="accent" className="mt-1.5">
              {role}
            </Badge>
          </div>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Label className="px-2 py-1 text-xs text-muted">Theme</DropdownMenu.Label>
          <DropdownMenu.RadioGroup value={theme ?? 'system'} onValueChange={setTheme}>
            <DropdownMenu.RadioItem value="light" className={item}>
              <Sun className="h-4 w-4" aria-hidden /> Light
            </DropdownMenu.RadioItem>
            <DropdownMenu.RadioItem value="dark" className={item}>
              <Moon className="h-4 w-4" aria-hidden /> Dark
            </DropdownMenu.RadioItem>
            <DropdownMenu.RadioItem value="system" className={item}>
              <Monitor className="h-4 w-4" aria-hidden /> System
            </DropdownMenu.RadioItem>
          </DropdownMenu.RadioGroup>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item className={item} onSelect={() => void signOut()}>
            <LogOut className="h-4 w-4" aria-hidden /> Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
