'use client';
// Runs a scan now: every plugin with optimization scans on, or one chosen plugin (even with
// scans off), instead of waiting for the next scheduled scan.
import { useState } from 'react';
import { ScanSearch } from 'lucide-react';
import type { PluginDto } from '@/lib/queries/plugins';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';

export interface ScanControlProps {
  plugins: PluginDto[];
  busy: boolean;
  onScan: (pluginId: string | undefined) => void;
}

export function ScanControl({ plugins, busy, onScan }: ScanControlProps) {
  const [target, setTarget] = useState('');
  return (
    <div className="flex items-center gap-2">
      <Select aria-label="Plugins to scan" value={target} onChange={(e) => setTarget(e.target.value)} className="w-56">
        <option value="">All plugins with scans on</option>
        {plugins.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </Select>
      <Button variant="primary" className="shrink-0 whitespace-nowrap" disabled={busy} onClick={() => onScan(target || undefined)}>
        <ScanSearch className="h-4 w-4" aria-hidden /> {busy ? 'Scanning…' : 'Scan now'}
      </Button>
    </div>
  );
}
