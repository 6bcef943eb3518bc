import type { Metadata } from 'next';
import { HeartPulse } from 'lucide-react';
import { NotAvailable } from '@/components/shell/not-available';

export const metadata: Metadata = { title: 'Healing' };

export default function HealingPage() {
  return (
    <NotAvailable
      icon={HeartPulse}
      title="Healing"
      description="The approval queue for self-healing actions, and what each approved action did."
      planned="Proposed restarts, scale-outs and rollbacks wait here for an approver; approved actions run exactly once."
    />
  );
}
