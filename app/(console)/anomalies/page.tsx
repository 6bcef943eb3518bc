import type { Metadata } from 'next';
import { Activity } from 'lucide-react';
import { NotAvailable } from '@/components/shell/not-available';

export const metadata: Metadata = { title: 'Anomalies' };

export default function AnomaliesPage() {
  return (
    <NotAvailable
      icon={Activity}
      title="Anomalies"
      description="Which plugin is misbehaving, since when, and how badly."
      planned="Metric ingest, the anomaly detectors and per-plugin swim lanes with charted anomalies arrive here."
    />
  );
}
