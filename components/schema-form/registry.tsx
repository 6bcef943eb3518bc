'use client';
// The default widget registry: each tester of testers.ts paired with its component. Pass extra
// entries to <SchemaForm widgets={...}> to let a special widget win (a higher rank).
import type { ComponentType } from 'react';
import type { WidgetEntry, WidgetProps } from './form-context';
import { DEFAULT_TESTERS, type WidgetId } from './testers';
import { EnumSetWidget, SegmentedWidget, SelectWidget } from './widgets/enum-widgets';
import { JsonWidget } from './widgets/json-widget';
import { LiteralWidget } from './widgets/literal-widget';
import { NumberWidget } from './widgets/number-widget';
import { ObjectListWidget } from './widgets/object-list-widget';
import { ObjectWidget } from './widgets/object-widget';
import { RecordWidget } from './widgets/record-widget';
import { SecretWidget } from './widgets/secret-widget';
import { SwitchWidget } from './widgets/switch-widget';
import { TagsWidget } from './widgets/tags-widget';
import { DateTimeWidget, TextWidget, TextareaWidget, UrlWidget } from './widgets/text-widget';

const COMPONENTS: Record<WidgetId, ComponentType<WidgetProps>> = {
  json: JsonWidget,
  literal: LiteralWidget,
  text: TextWidget,
  textarea: TextareaWidget,
  url: UrlWidget,
  datetime: DateTimeWidget,
  secret: SecretWidget,
  number: NumberWidget,
  switch: SwitchWidget,
  select: SelectWidget,
  segmented: SegmentedWidget,
  'enum-set': EnumSetWidget,
  tags: TagsWidget,
  object: ObjectWidget,
  'object-list': ObjectListWidget,
  record: RecordWidget,
};

export const DEFAULT_WIDGETS: readonly WidgetEntry[] = DEFAULT_TESTERS.map((tester) => ({
  rank: tester.rank,
  test: tester.test,
  widget: COMPONENTS[tester.widget],
}));
