'use client';
// Widgets the preview adds to the schema-form engine: each field keeps its object's label
// (the engine would otherwise humanise the field name), long text gets a textarea and a
// lookup a drop-down.
// The label entry delegates to whatever widget the engine would have picked.
import { z } from 'zod';
import { DEFAULT_WIDGETS, type SchemaInfo, type WidgetEntry, type WidgetProps } from '@/components/schema-form';
import { pickWidget } from '@/components/schema-form/testers';
import { TextareaWidget } from '@/components/schema-form/widgets/text-widget';
import { SelectWidget } from '@/components/schema-form/widgets/enum-widgets';
import type { PreviewFieldMeta } from '@/lib/generator/preview/object-form';

const metaOf = (info: SchemaInfo) => z.globalRegistry.get(info.schema) as Partial<PreviewFieldMeta> | undefined;

const TEXTAREA: WidgetEntry = { rank: 50, test: (i) => i.kind === 'string' && metaOf(i)?.previewWidget === 'textarea', widget: TextareaWidget };
const SELECT: WidgetEntry = { rank: 50, test: (i) => i.kind === 'enum' && metaOf(i)?.previewWidget === 'select', widget: SelectWidget };
const INNER: readonly WidgetEntry[] = [...DEFAULT_WIDGETS, TEXTAREA, SELECT];

function Labelled({ path, info }: WidgetProps) {
  const title = metaOf(info)?.title;
  const relabelled = title ? { ...info, label: title } : info;
  const Widget = pickWidget(relabelled, INNER)!;
  return <Widget path={path} info={relabelled} />;
}

export const PREVIEW_WIDGETS: readonly WidgetEntry[] = [{ rank: 1000, test: (i) => typeof metaOf(i)?.title === 'string', widget: Labelled }];
