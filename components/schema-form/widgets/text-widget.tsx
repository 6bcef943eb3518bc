'use client';
// Strings: a text input (a textarea for long text), with URL and date-time variants.
import { Input, Textarea } from '@/components/ui/input';
import { FieldShell } from '../field-shell';
import type { WidgetProps } from '../form-context';
import { useSchemaField } from '../use-schema-field';

type Variant = 'text' | 'textarea' | 'url' | 'datetime';

const PLACEHOLDER: Partial<Record<Variant, string>> = {
  url: 'https://',
  datetime: '2024-05-01T12:00:00Z',
};

function TextInputWidget({ path, info, variant }: WidgetProps & { variant: Variant }) {
  const f = useSchemaField<string>(path, info);
  const set = (raw: string) => f.setValue(raw === '' && info.optional ? undefined : raw);
  const common = {
    ...f.controlProps,
    ref: f.ref,
    value: typeof f.value === 'string' ? f.value : f.value === undefined || f.value === null ? '' : String(f.value),
    readOnly: f.readOnly,
    placeholder: PLACEHOLDER[variant],
    onBlur: f.onBlur,
  };
  return (
    <FieldShell info={info} ids={f.ids} error={f.error} value={f.value} readOnly={f.readOnly} onReset={() => f.setValue(info.defaultValue as string)}>
      {variant === 'textarea' ? (
        <Textarea {...common} rows={4} onChange={(e) => set(e.target.value)} />
      ) : (
        <div className="flex gap-2">
          <Input
            {...common}
            type={variant === 'url' ? 'url' : 'text'}
            inputMode={variant === 'url' ? 'url' : undefined}
            spellCheck={variant === 'text' ? undefined : false}
            className={variant === 'datetime' ? 'font-mono' : undefined}
            onChange={(e) => set(e.target.value)}
          />
          {variant === 'datetime' && !f.readOnly && (
            <button
              type="button"
              className="shrink-0 rounded-md border border-border px-2.5 text-xs text-muted hover:bg-surface-2 hover:text-fg"
              onClick={() => f.setValue(new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'))}
              aria-label={`Set ${info.label} to now`}
            >
              Now
            </button>
          )}
        </div>
      )}
    </FieldShell>
  );
}

export const TextWidget = (props: WidgetProps) => <TextInputWidget {...props} variant="text" />;
export const TextareaWidget = (props: WidgetProps) => <TextInputWidget {...props} variant="textarea" />;
export const UrlWidget = (props: WidgetProps) => <TextInputWidget {...props} variant="url" />;
export const DateTimeWidget = (props: WidgetProps) => <TextInputWidget {...props} variant="datetime" />;
