import type { Metadata } from 'next';
import { Lightbulb } from 'lucide-react';
import { NotAvailable } from '@/components/shell/not-available';

export const metadata: Metadata = { title: 'Optimizations' };

export default function OptimizationsPage() {
  return (
    <NotAvailable
      icon={Lightbulb}
      title="Optimizations"
      description="Suggestions drawn from each plugin's own metrics and configuration."
      planned="Resource, caching and configuration suggestions with their evidence, to apply as a reviewed document change or dismiss."
    />
  );
}
