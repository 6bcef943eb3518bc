'use client';
// The walker: renders one field of the schema by asking the widget registry, after checking
// the visibility rules. Object, list and record widgets call it again for their children.
// A widget that throws is replaced by the JSON editor for its subtree: never a crash.
import { Component, memo, useMemo, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useSchemaFormContext } from './form-context';
import type { SchemaInfo } from './introspect';
import { pickWidget } from './testers';
import { conditionsFor, type FieldCondition } from './visibility';
import { JsonWidget } from './widgets/json-widget';

export interface SchemaFieldProps {
  path: string;
  info: SchemaInfo;
}

function WidgetFor({ path, info }: SchemaFieldProps) {
  const { widgets } = useSchemaFormContext();
  const Widget = useMemo(() => pickWidget(info, widgets) ?? JsonWidget, [info, widgets]);
  return (
    <WidgetBoundary path={path} info={info}>
      <Widget path={path} info={info} />
    </WidgetBoundary>
  );
}

function ConditionalField({ path, info, conditions }: SchemaFieldProps & { conditions: FieldCondition[] }) {
  const watched = useWatch({ name: conditions.map((c) => c.watch) }) as unknown[];
  const visible = conditions.every((c, i) => c.visible(watched[i]));
  return visible ? <WidgetFor path={path} info={info} /> : null;
}

/** One field of the form, hidden when a visibility rule says so. Memoized: a field re-renders only for its own changes. */
export const SchemaField = memo(function SchemaField({ path, info }: SchemaFieldProps) {
  const { root } = useSchemaFormContext();
  const conditions = useMemo(() => conditionsFor(root, path), [root, path]);
  if (conditions.length > 0) return <ConditionalField path={path} info={info} conditions={conditions} />;
  return <WidgetFor path={path} info={info} />;
});

interface BoundaryProps extends SchemaFieldProps {
  children: ReactNode;
}

class WidgetBoundary extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(`schema-form: the widget for "${this.props.path}" failed; editing it as JSON instead.`, error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return <JsonWidget path={this.props.path} info={{ ...this.props.info, unsupported: 'its widget failed' }} />;
  }
}
