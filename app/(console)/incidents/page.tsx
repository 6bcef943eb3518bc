import type { Metadata } from 'next';
import { Siren } from 'lucide-react';
import { NotAvailable } from '@/components/shell/not-available';

export const metadata: Metadata = { title: 'Incidents' };

export default function IncidentsPage() {
  return (
    <NotAvailable
      icon={Siren}
      title="Incidents"
      description="Grouped anomalies with their root-cause analysis, evidence and remediation plan."
      planned="Incidents open when anomalies cluster on a plugin; each gets a root-cause analysis built from metrics, logs, changes and dependencies."
    />
  );
}
