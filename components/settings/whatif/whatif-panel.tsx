'use client';
// The what-if panel beside the AIOps form: replays the edited (unsaved) settings over the
// plugin's recent history on the server, with the same code the live engines run, and updates
// as the values change.
import { useRef, useState } from 'react';
import { FlaskConical } from 'lucide-react';
import type { PreviewRange } from '@/lib/queries/optimizations';
import { useElementWidth } from '@/components/charts/use-element-width';
import { Card } from '@/components/ui/card';
import { AnomalyPreviewView } from './anomaly-preview';
import { HealingPreviewView } from './healing-preview';
import { ScalingPreviewView } from './scaling-preview';
import { Segmented } from './segmented';

export interface WhatIfPanelProps {
  pluginId: string;
  /** The form's current values (the whole AIOps document, possibly unsaved). */
  draft: unknown;
}

type Tab = 'anomalies' | 'scaling' | 'healing';
const TABS = [
  { id: 'anomalies', label: 'Anomalies' },
  { id: 'scaling', label: 'Auto-scaling' },
  { id: 'healing', label: 'Self-healing' },
] as const;
const RANGES = [
  { id: '24h', label: '24 h' },
  { id: '7d', label: '7 days' },
] as const;

export function WhatIfPanel({ pluginId, draft }: WhatIfPanelProps) {
  const [tab, setTab] = useState<Tab>('anomalies');
  const [range, setRange] = useState<PreviewRange>('24h');
  const ref = useRef<HTMLDivElement>(null);
  const { width, dataWidth } = useElementWidth(ref, 20);
  return (
    <Card
      aria-label="What-if preview"
      title={
        <span className="flex items-center gap-2">
          <FlaskConical className="h-4 w-4" aria-hidden /> What if
        </span>
      }
      actions={<Segmented label="Preview range" options={RANGES} value={range} onChange={setRange} />}
    >
      <Segmented label="Preview of" options={TABS} value={tab} onChange={setTab} className="mb-3" />
      <div ref={ref} className="min-w-0">
        {width > 0 && tab === 'anomalies' && <AnomalyPreviewView pluginId={pluginId} draft={draft} range={range} width={width} dataWidth={dataWidth} />}
        {width > 0 && tab === 'scaling' && <ScalingPreviewView pluginId={pluginId} draft={draft} range={range} width={width} dataWidth={dataWidth} />}
        {width > 0 && tab === 'healing' && <HealingPreviewView pluginId={pluginId} draft={draft} range={range} width={width} dataWidth={dataWidth} />}
      </div>
    </Card>
  );
}
