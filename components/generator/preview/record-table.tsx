// An object's list view drawn as a table of records: the view's columns, labelled and
// formatted as the object's fields say.
import type { ObjectDef } from '@/lib/generator/metadata/spec-types';
import { formatCell } from '@/lib/generator/preview/format-cell';
import { Table, Td, Th } from '@/components/ui/table';

export interface RecordTableProps {
  object: ObjectDef;
  columns: string[];
  records: Record<string, unknown>[];
  caption: string;
}

type FieldLike = { label?: string; type: string; options?: { label: string; value: string }[] };

export function RecordTable({ object, columns, records, caption }: RecordTableProps) {
  const fields = (object.fields ?? {}) as Record<string, FieldLike>;
  return (
    <Table aria-label={caption}>
      <thead>
        <tr>
          {columns.map((c) => (
            <Th key={c}>{fields[c]?.label ?? c}</Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {records.length === 0 ? (
          <tr>
            <Td colSpan={columns.length} className="py-6 text-center text-muted">
              No records (sample records were turned off).
            </Td>
          </tr>
        ) : (
          records.map((r, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <Td key={c} className="whitespace-nowrap">
                  {formatCell(fields[c], r[c])}
                </Td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </Table>
  );
}

/** The list view's columns (names or `{ field }` entries), else the name field and the next five. */
export function listColumns(object: ObjectDef, view: unknown): string[] {
  const cols = (view as { list?: { columns?: unknown[] } } | undefined)?.list?.columns;
  const names = (cols ?? []).map((c) => (typeof c === 'string' ? c : (c as { field?: string }).field)).filter((c): c is string => Boolean(c));
  if (names.length) return names;
  const all = Object.keys(object.fields ?? {});
  const first = object.nameField && all.includes(object.nameField) ? [object.nameField] : [];
  return [...first, ...all.filter((f) => !first.includes(f))].slice(0, 6);
}
