'use client';
// One generated object, working: its list view as a table of the sample records and a form
// built from its fields (buildObjectForm → the schema-form engine). Submitting a valid record
// adds it to the table; nothing is saved anywhere.
import { useMemo, useState } from 'react';
import { toast } from 'sonner';
import type { NamedView, ObjectDef } from '@/lib/generator/metadata/spec-types';
import { buildObjectForm } from '@/lib/generator/preview/object-form';
import { SchemaForm } from '@/components/schema-form';
import { PREVIEW_WIDGETS } from './preview-widgets';
import { listColumns, RecordTable } from './record-table';

export interface ObjectPreviewProps {
  object: ObjectDef;
  view: NamedView | undefined;
  records: Record<string, unknown>[];
  lookupChoices: (objectName: string) => string[];
  onAdd: (record: Record<string, unknown>) => void;
}

export function ObjectPreview({ object, view, records, lookupChoices, onAdd }: ObjectPreviewProps) {
  // The form's field list as one string, so a view re-read with the same fields keeps the form.
  const formFieldsKey = (view?.definition as { form?: { sections?: { fields?: unknown[] }[] } } | undefined)?.form?.sections
    ?.flatMap((s) => s.fields ?? [])
    .map((f) => (typeof f === 'string' ? f : (f as { field?: string }).field))
    .filter((f): f is string => Boolean(f))
    .join('\n');
  const form = useMemo(
    () => buildObjectForm(object, { formFields: formFieldsKey === undefined ? undefined : formFieldsKey.split('\n').filter(Boolean), lookupChoices }),
    [object, formFieldsKey, lookupChoices],
  );
  const [round, setRound] = useState(0);
  const empty = useMemo(() => ({}), []);
  const label = object.label ?? object.name;
  const listLabel = (view?.definition as { list?: { label?: string } } | undefined)?.list?.label ?? `All ${object.pluralLabel ?? label}`;

  return (
    <div className="space-y-5">
      <section aria-label={`${label} list`} className="space-y-2">
        <h3 className="text-sm font-semibold">{listLabel}</h3>
        <RecordTable object={object} columns={listColumns(object, view?.definition)} records={records} caption={listLabel} />
      </section>
      <section aria-label={`New ${label}`} className="space-y-2">
        <h3 className="text-sm font-semibold">New {label}</h3>
        <div className="rounded-md border border-border p-4">
          <SchemaForm
            key={`${object.name}-${round}`}
            schema={form.schema}
            defaultValues={empty}
            widgets={PREVIEW_WIDGETS}
            submitLabel={`Add ${label.toLowerCase()}`}
            onSubmit={(values) => {
              onAdd(form.toRecord(values as Record<string, unknown>));
              toast.success(`Added to the ${listLabel} preview (nothing is saved)`);
              setRound((r) => r + 1);
            }}
          />
        </div>
      </section>
    </div>
  );
}
