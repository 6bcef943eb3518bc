'use client';
// A row of tabs with arrow-key navigation; the panels are the caller's (aria-controls ids).
import type { KeyboardEvent, ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

export interface TabBarProps<T extends string> {
  label: string;
  idPrefix: string;
  tabs: { id: T; label: ReactNode }[];
  value: T;
  onChange: (tab: T) => void;
}

export function tabIds(idPrefix: string, tab: string) {
  return { tab: `${idPrefix}-tab-${tab}`, panel: `${idPrefix}-panel-${tab}` };
}

export function TabBar<T extends string>({ label, idPrefix, tabs, value, onChange }: TabBarProps<T>) {
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = tabs[(index + delta + tabs.length) % tabs.length].id;
    onChange(next);
    document.getElementById(tabIds(idPrefix, next).tab)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="inline-flex max-w-full flex-wrap rounded-md border border-border bg-surface-2 p-0.5">
      {tabs.map((t, i) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={tabIds(idPrefix, t.id).tab}
          aria-selected={value === t.id}
          aria-controls={tabIds(idPrefix, t.id).panel}
          tabIndex={value === t.id ? 0 : -1}
          onClick={() => onChange(t.id)}
          onKeyDown={(e) => onKeyDown(e, i)}
          className={cn('inline-flex items-center gap-1.5 rounded px-3 py-1 text-sm', value === t.id ? 'bg-surface font-medium text-fg shadow-sm' : 'text-muted hover:text-fg')}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
