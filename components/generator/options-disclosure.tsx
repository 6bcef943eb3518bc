'use client';
// The request options that matter, folded under "Options": plugin type, output format and,
// per format, what R8 allows (schema format and switches for low-code, language for code).
import { useId } from 'react';
import { ChevronRight } from 'lucide-react';
import type { PluginType } from '@/schemas';
import { PluginTypeSchema } from '@/schemas';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import { Switch } from '@/components/schema-form/widgets/switch-widget';
import { LANGUAGE_LABELS, OUTPUT_FORMAT_LABELS, SCHEMA_FORMAT_LABELS, type GeneratorOptions } from './generator-options';

export interface OptionsDisclosureProps {
  value: GeneratorOptions;
  onChange: (value: GeneratorOptions) => void;
  disabled?: boolean;
}

const PLUGIN_TYPE_LABELS = Object.fromEntries(PluginTypeSchema.options.map((t) => [t, t])) as Record<PluginType, string>;

export function OptionsDisclosure({ value, onChange, disabled }: OptionsDisclosureProps) {
  const id = useId();
  const set = <K extends keyof GeneratorOptions>(key: K, v: GeneratorOptions[K]) => onChange({ ...value, [key]: v });
  const lowCode = value.outputFormat === 'low-code-schema';
  const summary = [OUTPUT_FORMAT_LABELS[value.outputFormat], lowCode ? SCHEMA_FORMAT_LABELS[value.schemaFormat] : value.outputFormat === 'source-code' ? LANGUAGE_LABELS[value.language] : null, `${value.pluginType} plugin`]
    .filter(Boolean)
    .join(' · ');
  return (
    <details className="group rounded-md border border-border">
      <summary className="flex cursor-pointer list-none items-center gap-2 px-3 py-2 text-sm font-medium [&::-webkit-details-marker]:hidden">
        <ChevronRight className="h-4 w-4 text-muted transition-transform group-open:rotate-90" aria-hidden />
        Options
        <span className="ml-1 truncate text-xs font-normal text-muted">{summary}</span>
      </summary>
      <fieldset disabled={disabled} className="grid gap-4 border-t border-border px-3 py-3 sm:grid-cols-3">
        <Choice id={`${id}-format`} label="Output format" value={value.outputFormat} labels={OUTPUT_FORMAT_LABELS} onChange={(v) => set('outputFormat', v)} />
        {lowCode && <Choice id={`${id}-schema`} label="Schema format" value={value.schemaFormat} labels={SCHEMA_FORMAT_LABELS} onChange={(v) => set('schemaFormat', v)} />}
        {value.outputFormat === 'source-code' && <Choice id={`${id}-lang`} label="Language" value={value.language} labels={LANGUAGE_LABELS} onChange={(v) => set('language', v)} />}
        <Choice id={`${id}-type`} label="Plugin type" value={value.pluginType} labels={PLUGIN_TYPE_LABELS} onChange={(v) => set('pluginType', v)} />
        <div className="flex flex-wrap gap-x-6 gap-y-3 sm:col-span-3">
          {lowCode && <Toggle label="Views, app and dashboard" checked={value.generateUI} onChange={(v) => set('generateUI', v)} disabled={disabled} />}
          {lowCode && <Toggle label="Data models" checked={value.generateDataModels} onChange={(v) => set('generateDataModels', v)} disabled={disabled} />}
          {value.outputFormat !== 'dsl' && <Toggle label="Sample records" checked={value.includeExamples} onChange={(v) => set('includeExamples', v)} disabled={disabled} />}
        </div>
      </fieldset>
    </details>
  );
}

/** A labelled drop-down of the keys of `labels`, in their order. */
function Choice<T extends string>({ id, label, value, labels, onChange }: { id: string; label: string; value: T; labels: Record<T, string>; onChange: (v: T) => void }) {
  return (
    <Field id={id} label={label}>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {(Object.keys(labels) as T[]).map((k) => (
          <option key={k} value={k}>
            {labels[k]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function Toggle({ label, checked, onChange, disabled }: { label: string; checked: boolean; onChange: (v: boolean) => void; disabled?: boolean }) {
  return (
    <label className="inline-flex items-center gap-2 text-sm">
      <Switch label={label} checked={checked} onChange={onChange} disabled={disabled} />
      {label}
    </label>
  );
}
