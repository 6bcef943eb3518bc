'use client';
// The "Form | JSON | YAML" switch: a tab list with arrow-key navigation.
import type { KeyboardEvent } from 'react';
import { cn } from '@/components/ui/cn';
import type { TextFormat } from './text-positions';

export type EditTab = 'form' | TextFormat;

const TABS: { id: EditTab; label: string }[] = [
  { id: 'form', label: 'Form' },
  { id: 'json', label: 'JSON' },
  { id: 'yaml', label: 'YAML' },
];

export interface EditTabsProps {
  idPrefix: string;
  panelId: string;
  value: EditTab;
  onChange: (tab: EditTab) => void;
}

export function tabId(idPrefix: string, tab: EditTab): string {
  return `${idPrefix}-tab-${tab}`;
}

export function EditTabs({ idPrefix, panelId, value, onChange }: EditTabsProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = TABS[(index + delta + TABS.length) % TABS.length].id;
    onChange(next);
    e.currentTarget.parentElement?.querySelector<HTMLElement>(`#${tabId(idPrefix, next)}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Edit as" className="inline-flex max-w-full flex-wrap rounded-md border border-border bg-surface-2 p-0.5">
      {TABS.map((t, i) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={tabId(idPrefix, t.id)}
          aria-selected={value === t.id}
          aria-controls={panelId}
          tabIndex={value === t.id ? 0 : -1}
          onClick={() => onChange(t.id)}
          onKeyDown={(e) => onKeyDown(e, i)}
          className={cn('rounded px-3 py-1 text-sm', value === t.id ? 'bg-surface font-medium text-fg shadow-sm' : 'text-muted hover:text-fg')}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
