'use client';
import { useRouter } from 'next/navigation';
import { Select } from '@/components/ui/input';
import { confirmLeave } from '@/components/shared/unsaved-changes';
import { pluginSections } from './nav-items';

export interface PluginOption {
  id: string;
  name: string;
  demo: boolean;
}

export interface PluginSwitcherProps {
  plugins: PluginOption[];
  current: string | null;
  section?: string;
}

/** Jumps to the same section (sandbox, state, aiops) of another plugin. */
export function PluginSwitcher({ plugins, current, section }: PluginSwitcherProps) {
  const router = useRouter();
  const target = pluginSections.some((s) => s.slug === section) ? section : 'sandbox';
  return (
    <div>
      <label htmlFor="plugin-switcher" className="mb-1 block px-1 text-xs font-semibold uppercase tracking-wide text-muted">
        Plugin
      </label>
      <Select
        id="plugin-switcher"
        value={current ?? ''}
        onChange={(e) => {
          if (e.target.value && confirmLeave()) router.push(`/plugins/${encodeURIComponent(e.target.value)}/${target}`);
        }}
      >
        <option value="">{plugins.length ? 'Choose a plugin…' : 'No plugins yet'}</option>
        {plugins.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
            {p.demo ? ' (demo)' : ''}
          </option>
        ))}
      </Select>
    </div>
  );
}
