'use client';
// The generated app as it would look: a sidebar with the app's navigation and, beside it, the
// page of the chosen item (the dashboard, or an object's list and form). Records added
// through a form join the sample records, lookups included, until another result is opened.
import { useCallback, useMemo, useState } from 'react';
import { LayoutDashboard, Table2 } from 'lucide-react';
import type { PreviewBundle } from '@/lib/generator/preview/build-preview';
import { cn } from '@/components/ui/cn';
import { DashboardPreview } from './dashboard-preview';
import { ObjectPreview } from './object-preview';

export interface AppPreviewProps {
  preview: PreviewBundle;
}

interface NavItem {
  id: string;
  label: string;
  kind: 'dashboard' | 'object';
  target: string;
}

type Rows = Record<string, unknown>[];

function navigationOf(preview: PreviewBundle): NavItem[] {
  const app = preview.apps[0];
  const items: NavItem[] = [];
  for (const raw of (app?.navigation ?? []) as { id: string; label?: string; type: string; objectName?: string; dashboardName?: string }[]) {
    if (raw.type === 'dashboard' && raw.dashboardName) items.push({ id: raw.id, label: raw.label ?? raw.dashboardName, kind: 'dashboard', target: raw.dashboardName });
    if (raw.type === 'object' && raw.objectName) items.push({ id: raw.id, label: raw.label ?? raw.objectName, kind: 'object', target: raw.objectName });
  }
  // Without an app (UI generation off) every object still gets an entry.
  if (!items.length) for (const o of preview.objects) items.push({ id: `nav_${o.name}`, label: o.pluralLabel ?? o.label ?? o.name, kind: 'object', target: o.name });
  return items;
}

export function AppPreview({ preview }: AppPreviewProps) {
  const nav = useMemo(() => navigationOf(preview), [preview]);
  const [current, setCurrent] = useState(nav[0]?.id);
  const [added, setAdded] = useState<Record<string, Rows>>({});
  const item = nav.find((n) => n.id === current) ?? nav[0];
  const app = preview.apps[0];

  const recordsOf = useCallback(
    (objectName: string): Rows => [...((preview.records.find((s) => s.object === objectName)?.records ?? []) as Rows), ...(added[objectName] ?? [])],
    [preview, added],
  );
  const lookupChoices = useCallback(
    (objectName: string) => {
      const object = preview.objects.find((o) => o.name === objectName);
      const key = object?.nameField ?? 'name';
      return [...new Set(recordsOf(objectName).map((r) => r[key]).filter((v): v is string => typeof v === 'string'))];
    },
    [preview, recordsOf],
  );
  const records = useMemo(() => preview.objects.map((o) => ({ object: o.name, records: recordsOf(o.name) })), [preview, recordsOf]);
  const dashboard = item?.kind === 'dashboard' ? preview.dashboards.find((d) => d.name === item.target) : undefined;
  const object = item?.kind === 'object' ? preview.objects.find((o) => o.name === item.target) : undefined;

  return (
    <div className="flex min-h-[28rem] overflow-hidden rounded-lg border border-border">
      <nav aria-label="App navigation (preview)" className="w-52 shrink-0 border-r border-border bg-surface-2/60 p-3">
        <p className="mb-3 truncate px-2 text-sm font-semibold">{app?.label ?? 'Objects'}</p>
        <ul className="space-y-0.5">
          {nav.map((n) => {
            const Icon = n.kind === 'dashboard' ? LayoutDashboard : Table2;
            return (
              <li key={n.id}>
                <button
                  type="button"
                  onClick={() => setCurrent(n.id)}
                  aria-current={n.id === item?.id ? 'page' : undefined}
                  className={cn('flex w-full items-center gap-2 rounded px-2 py-1.5 text-left text-sm', n.id === item?.id ? 'bg-accent/10 font-medium text-accent' : 'hover:bg-surface-2')}
                >
                  <Icon className="h-4 w-4 shrink-0" aria-hidden />
                  <span className="truncate">{n.label}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="min-w-0 flex-1 p-4">
        {item?.kind === 'dashboard' &&
          (dashboard ? <DashboardPreview dashboard={dashboard} bundle={{ ...preview, records }} /> : <p className="text-sm text-muted">No dashboard {item.target} in the result.</p>)}
        {item?.kind === 'object' &&
          (object ? (
            <ObjectPreview
              key={object.name}
              object={object}
              view={preview.views.find((v) => v.object === object.name)}
              records={recordsOf(object.name)}
              lookupChoices={lookupChoices}
              onAdd={(record) => setAdded((a) => ({ ...a, [object.name]: [...(a[object.name] ?? []), record] }))}
            />
          ) : (
            <p className="text-sm text-muted">The object {item.target} is not part of the result (data models were turned off).</p>
          ))}
      </div>
    </div>
  );
}
