// The schema-form engine: <SchemaForm> and the pure helpers a settings page needs.
export { SchemaForm, SubmitCancelled, type SchemaFormProps } from './schema-form';
export type { WidgetEntry, WidgetProps } from './form-context';
export { useSchemaField } from './use-schema-field';
export { FieldShell } from './field-shell';
export { pruneHidden, restoreHidden, isHidden, VISIBILITY_RULES, type VisibilityRule } from './visibility';
export { humanizeIssue, issuesToMessages, type FieldInfo } from './messages';
export { introspect, infoAt, type SchemaInfo, type SchemaKind } from './introspect';
export { fillDefaults } from './defaults';
export { humanizeName } from './labels';
export { REDACTED_MARKER, isRedacted, secretState, type SecretState } from './secret-marker';
export { parseJsonText, parseYamlText, stringifyDocument } from './text-positions';
export { DEFAULT_WIDGETS } from './registry';
