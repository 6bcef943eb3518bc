'use client';
// Arrays of objects: items keyed by useFieldArray ids, added from the schema defaults,
// duplicated, removed, and reordered with buttons, Alt+Arrow keys or drag and drop. Long lists
// start collapsed; an item with errors says so in its header and opens when the summary links to it.
import { memo, useCallback, useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { ChevronDown, ChevronRight, Copy, GripVertical, MoveDown, MoveUp, Plus, Trash2 } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { emptyValue } from '../defaults';
import { useErrorCount, useSchemaFormContext, type WidgetProps } from '../form-context';
import type { SchemaInfo } from '../introspect';
import { headingLevel } from '../heading-level';
import { joinPath, pathToId } from '../paths';
import { ObjectFields, SectionError } from './object-widget';

/** Lists longer than this start with their items collapsed. */
const EXPANDED_UP_TO = 6;
const ITEM_STYLE = { contentVisibility: 'auto', containIntrinsicSize: 'auto 3rem' } as const;
const TITLE_KEYS = ['id', 'name', 'url', 'metric', 'channel', 'type', 'path'];

function titleKey(element: SchemaInfo): string | undefined {
  return TITLE_KEYS.find((key) => element.fields?.[key] && element.fields[key].kind !== 'object');
}

function duplicate(value: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  if (copy && typeof copy.id === 'string') copy.id = `${copy.id}-copy`;
  return copy;
}

export function ObjectListWidget({ path, info }: WidgetProps) {
  const { formId, readOnly, afterChange, revealers } = useSchemaFormContext();
  const { getValues } = useFormContext();
  const element = info.element as SchemaInfo;
  const { fields, append, insert, remove, move } = useFieldArray({ name: path });
  // Items are collapsed by default in long lists; `flipped` holds the items set the other way.
  const [longList] = useState(() => fields.length > EXPANDED_UP_TO);
  const [flipped, setFlipped] = useState<{ all?: boolean; keys: Set<string> }>({ keys: new Set() });
  const isCollapsed = (key: string) => {
    const base = flipped.all === undefined ? longList : !flipped.all;
    return flipped.keys.has(key) ? !base : base;
  };
  const [announcement, setAnnouncement] = useState('');
  // Removing asks first (an upstream with its credentials is a lot to lose to a stray click).
  const [removing, setRemoving] = useState<number | null>(null);
  const confirmedRemove = useRef<number | null>(null);
  const pendingFocus = useRef<{ index: number; action: string } | null>(null);
  const dragFrom = useRef<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const headingId = `${pathToId(formId, path)}-heading`;
  const Heading = `h${headingLevel(path)}` as const;
  const keyTitle = titleKey(element);

  // Opens collapsed items when the error summary wants to focus a field inside them.
  const keysRef = useRef(fields.map((f) => f.id));
  keysRef.current = fields.map((f) => f.id);
  useEffect(() => {
    const reveal = (target: string) => {
      if (!target.startsWith(`${path}.`)) return false;
      const index = Number(target.slice(path.length + 1).split('.')[0]);
      const key = keysRef.current[index];
      if (key === undefined) return false;
      setFlipped((prev) => {
        const base = prev.all === undefined ? longList : !prev.all;
        if (!base || prev.keys.has(key)) return prev; // already open
        return { ...prev, keys: new Set(prev.keys).add(key) };
      });
      return true;
    };
    revealers.add(reveal);
    return () => {
      revealers.delete(reveal);
    };
  }, [path, revealers, longList]);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    listRef.current?.querySelector<HTMLElement>(`[data-item-index="${pending.index}"] [data-action="${pending.action}"]`)?.focus();
  });

  const changed = useCallback(() => afterChange(path), [afterChange, path]);

  const moveItem = useCallback(
    (from: number, to: number, action = 'grip') => {
      if (to < 0 || to >= fields.length || from === to) return;
      pendingFocus.current = { index: to, action };
      move(from, to);
      setAnnouncement(`Moved item ${from + 1} to position ${to + 1} of ${fields.length}`);
      changed();
    },
    [fields, move, changed],
  );

  const add = () => {
    append(emptyValue(element) as Record<string, unknown>, { shouldFocus: false });
    openNext.current = true;
    setAnnouncement(`Added item ${fields.length + 1}`);
    changed();
  };
  const duplicateItem = (index: number) => {
    insert(index + 1, duplicate(getValues(joinPath(path, index))) as Record<string, unknown>, { shouldFocus: false });
    setAnnouncement(`Duplicated item ${index + 1}`);
    changed();
  };
  const removeItem = (index: number) => {
    // Focus goes to the remove button of the item that takes this one's place.
    if (fields.length > 1) pendingFocus.current = { index: Math.min(index, fields.length - 2), action: 'remove' };
    remove(index);
    setAnnouncement(`Removed item ${index + 1}`);
    changed();
  };
  const itemLabel = (index: number | null) => {
    if (index === null) return 'this item';
    const title = keyTitle ? getValues(joinPath(path, index))?.[keyTitle] : undefined;
    const kind = element.label === 'Item' ? info.label.toLowerCase().replace(/s$/, '') : element.label.toLowerCase();
    return `${kind} #${index + 1}${typeof title === 'string' && title ? ` (${title})` : ''}`;
  };
  const toggle = (key: string) =>
    setFlipped((prev) => {
      const keys = new Set(prev.keys);
      if (keys.has(key)) keys.delete(key);
      else keys.add(key);
      return { ...prev, keys };
    });
  // A new item opens, whatever the list's default.
  const openNext = useRef(false);
  useEffect(() => {
    if (!openNext.current) return;
    openNext.current = false;
    const key = fields[fields.length - 1]?.id;
    if (key && isCollapsed(key)) toggle(key);
  });

  const onDrop = (e: DragEvent, to: number) => {
    e.preventDefault();
    const from = dragFrom.current;
    dragFrom.current = null;
    setDropAt(null);
    if (from !== null) moveItem(from, to);
  };

  return (
    <section aria-labelledby={headingId} className="space-y-3" data-sf-section={path}>
      <div className="flex items-end justify-between gap-3">
        <div>
          <Heading id={headingId} className="text-sm font-semibold">
            {info.label} <span className="font-normal text-muted">({fields.length})</span>
          </Heading>
          {info.help && <p className="mt-0.5 text-xs text-muted">{info.help}</p>}
          <SectionError path={path} />
        </div>
        {fields.length > 1 && (
          <div className="flex gap-1">
            <Button size="sm" variant="ghost" onClick={() => setFlipped({ all: true, keys: new Set() })}>
              Expand all
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setFlipped({ all: false, keys: new Set() })}>
              Collapse all
            </Button>
          </div>
        )}
      </div>
      {fields.length === 0 && <p className="rounded-md border border-dashed border-border px-4 py-3 text-sm text-muted">No items yet.</p>}
      <ol ref={listRef} className="space-y-2">
        {fields.map((field, index) => (
          <li
            key={field.id}
            data-item-index={index}
            onDragOver={(e) => {
              if (dragFrom.current === null) return;
              e.preventDefault();
              setDropAt(index);
            }}
            onDrop={(e) => onDrop(e, index)}
            className={cn('rounded-lg', dropAt === index && 'ring-2 ring-accent')}
            // Items off screen skip layout and paint: long lists stay cheap to type in.
            style={ITEM_STYLE}
          >
            <ListItem
              path={joinPath(path, index)}
              element={element}
              index={index}
              count={fields.length}
              itemKey={field.id}
              titleKey={keyTitle}
              collapsed={isCollapsed(field.id)}
              readOnly={readOnly}
              onToggle={toggle}
              onMove={moveItem}
              onDuplicate={duplicateItem}
              onRemove={setRemoving}
              onDragStart={(i) => {
                dragFrom.current = i;
              }}
              onDragEnd={() => {
                dragFrom.current = null;
                setDropAt(null);
              }}
            />
          </li>
        ))}
      </ol>
      {!readOnly && (
        <Button size="sm" onClick={add}>
          <Plus className="h-3.5 w-3.5" aria-hidden />
          Add {element.label === 'Item' ? info.label.toLowerCase().replace(/s$/, '') : element.label.toLowerCase()}
        </Button>
      )}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(o) => !o && setRemoving(null)}
        title={`Remove ${itemLabel(removing)}?`}
        confirmLabel="Remove"
        danger
        onConfirm={() => {
          confirmedRemove.current = removing;
          setRemoving(null);
        }}
        onConfirmed={() => {
          if (confirmedRemove.current !== null) removeItem(confirmedRemove.current);
          confirmedRemove.current = null;
        }}
      >
        It leaves this form now and the document when you save.
      </ConfirmDialog>
    </section>
  );
}

interface ListItemProps {
  path: string;
  element: SchemaInfo;
  index: number;
  count: number;
  itemKey: string;
  titleKey?: string;
  collapsed: boolean;
  readOnly: boolean;
  onToggle: (key: string) => void;
  onMove: (from: number, to: number, action?: string) => void;
  onDuplicate: (index: number) => void;
  onRemove: (index: number) => void;
  onDragStart: (index: number) => void;
  onDragEnd: () => void;
}

const iconButton =
  'inline-flex h-7 w-7 items-center justify-center rounded text-muted hover:bg-surface-2 hover:text-fg disabled:opacity-40 disabled:hover:bg-transparent';

const ListItem = memo(function ListItem(props: ListItemProps) {
  const { path, element, index, count, itemKey, titleKey, collapsed, readOnly } = props;
  const title = useWatch({ name: titleKey ? joinPath(path, titleKey) : path, compute: (v: unknown) => (titleKey && (typeof v === 'string' || typeof v === 'number') ? String(v) : '') }) as string;
  const errors = useErrorCount(path);
  const label = `Item ${index + 1}${title ? `: ${title}` : ''}`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (readOnly || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const action = (e.target as HTMLElement).dataset.action ?? 'grip';
    props.onMove(index, e.key === 'ArrowUp' ? index - 1 : index + 1, action);
  };
  return (
    <div className="rounded-lg border border-border bg-surface" onKeyDown={onKeyDown} role="group" aria-label={label}>
      <div className={cn('flex items-center gap-1 px-2 py-1.5', !collapsed && 'border-b border-border')}>
        {!readOnly && (
          <button
            type="button"
            data-action="grip"
            draggable
            onDragStart={(e) => {
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', String(index));
              props.onDragStart(index);
            }}
            onDragEnd={props.onDragEnd}
            className={cn(iconButton, 'cursor-grab active:cursor-grabbing')}
            aria-label={`Reorder ${label}: drag, or press Alt+Arrow Up or Down`}
            title="Drag to reorder (Alt+↑/↓)"
          >
            <GripVertical className="h-4 w-4" aria-hidden />
          </button>
        )}
        <button
          type="button"
          data-action="toggle"
          onClick={() => props.onToggle(itemKey)}
          aria-expanded={!collapsed}
          className="flex min-w-0 flex-1 items-center gap-2 rounded px-1 py-1 text-left text-sm hover:bg-surface-2"
        >
          {collapsed ? <ChevronRight className="h-4 w-4 shrink-0 text-muted" aria-hidden /> : <ChevronDown className="h-4 w-4 shrink-0 text-muted" aria-hidden />}
          <span className="text-muted">#{index + 1}</span>
          <span className="truncate font-medium">{title || <span className="font-normal text-muted">Untitled</span>}</span>
          {errors > 0 && (
            <Badge tone="danger" className="ml-1">
              {errors} {errors === 1 ? 'error' : 'errors'}
            </Badge>
          )}
        </button>
        {!readOnly && (
          <div className="flex items-center">
            <button type="button" data-action="up" className={iconButton} disabled={index === 0} onClick={() => props.onMove(index, index - 1, 'up')} aria-label={`Move ${label} up`}>
              <MoveUp className="h-3.5 w-3.5" aria-hidden />
            </button>
            <button type="button" data-action="down" className={iconButton} disabled={index === count - 1} onClick={() => props.onMove(index, index + 1, 'down')} aria-label={`Move ${label} down`}>
              <MoveDown className="h-3.5 w-3.5" aria-hidden />
            </button>
            <button type="button" data-action="duplicate" className={iconButton} onClick={() => props.onDuplicate(index)} aria-label={`Duplicate ${label}`}>
              <Copy className="h-3.5 w-3.5" aria-hidden />
            </button>
            <button type="button" data-action="remove" className={cn(iconButton, 'hover:text-danger')} onClick={() => props.onRemove(index)} aria-label={`Remove ${label}`}>
              <Trash2 className="h-3.5 w-3.5" aria-hidden />
            </button>
          </div>
        )}
      </div>
      {!collapsed && (
        <div className="space-y-2 p-4">
          <SectionError path={path} />
          <ObjectFields path={path} info={element} />
        </div>
      )}
    </div>
  );
});
