'use client';
// The request options that matter, folded under "Options": plugin type, output format and,
// per format, what R8 allows (schema format and switches for low-code, language for code).
import { useId } from 'react';
import { ChevronRight } from 'lucide-react';
import type { OutputFormat, PluginType } from '@/schemas';
import { PluginTypeSchema } from '@/schemas';
import { Select } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Switch } from '@/components/schema-form/widgets/switch-widget';
import type { GeneratorOptions } from './generator-options';

export interface OptionsDisclosureProps {
  value: GeneratorOptions;
  onChange: (value: GeneratorOptions) => void;
  disabled?: boolean;
}

const NAMES: Record<string, string> = { typescript: 'TypeScript', javascript: 'JavaScript', python: 'Python', json: 'JSON', yaml: 'YAML' };

const FORMATS: { id: OutputFormat; label: string }[] = [
  { id: 'low-code-schema', label: 'Low-code schemas' },
  { id: 'source-code', label: 'Plugin source code' },
  { id: 'dsl', label: 'DSL' },
];

export function OptionsDisclosure({ value, onChange, disabled }: OptionsDisclosureProps) {
  const id = useId();
  const set = <K extends keyof GeneratorOptions>(key: K, v: GeneratorOptions[K]) => onChange({ ...value, [key]: v });
  const lowCode = value.outputFormat === 'low-code-schema';
  const summary = [FORMATS.find((f) => f.id === value.outputFormat)?.label, lowCode ? NAMES[value.schemaFormat] : value.outputFormat === 'source-code' ? NAMES[value.language] : null, `${value.pluginType} plugin`]
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
        <div className="space-y-1.5">
          <Label htmlFor={`${id}-format`}>Output format</Label>
          <Select id={`${id}-format`} value={value.outputFormat} onChange={(e) => set('outputFormat', e.target.value as OutputFormat)}>
            {FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </Select>
        </div>
        {lowCode && (
          <div className="space-y-1.5">
            <Label htmlFor={`${id}-schema`}>Schema format</Label>
            <Select id={`${id}-schema`} value={value.schemaFormat} onChange={(e) => set('schemaFormat', e.target.value as GeneratorOptions['schemaFormat'])}>
              <option value="typescript">TypeScript</option>
              <option value="json">JSON</option>
              <option value="yaml">YAML</option>
            </Select>
          </div>
        )}
        {value.outputFormat === 'source-code' && (
          <div className="space-y-1.5">
            <Label htmlFor={`${id}-lang`}>Language</Label>
            <Select id={`${id}-lang`} value={value.language} onChange={(e) => set('language', e.target.value as GeneratorOptions['language'])}>
              <option value="typescript">TypeScript</option>
              <option value="javascript">JavaScript</option>
              <option value="python">Python</option>
            </Select>
          </div>
        )}
        <div className="space-y-1.5">
          <Label htmlFor={`${id}-type`}>Plugin type</Label>
          <Select id={`${id}-type`} value={value.pluginType} onChange={(e) => set('pluginType', e.target.value as PluginType)}>
            {PluginTypeSchema.options.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-wrap gap-x-6 gap-y-3 sm:col-span-3">
          {lowCode && <Toggle label="Views, app and dashboard" checked={value.generateUI} onChange={(v) => set('generateUI', v)} disabled={disabled} />}
          {lowCode && <Toggle label="Data models" checked={value.generateDataModels} onChange={(v) => set('generateDataModels', v)} disabled={disabled} />}
          {value.outputFormat !== 'dsl' && <Toggle label="Sample records" checked={value.includeExamples} onChange={(v) => set('includeExamples', v)} disabled={disabled} />}
        </div>
      </fieldset>
    </details>
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
