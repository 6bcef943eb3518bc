import type { Metadata } from 'next';
import { Wand2 } from 'lucide-react';
import { NotAvailable } from '@/components/shell/not-available';

export const metadata: Metadata = { title: 'Generator' };

export default function GeneratorPage() {
  return (
    <NotAvailable
      icon={Wand2}
      title="Generator"
      description="Describe an app in a sentence; get ObjectStack objects, views, an app and a dashboard."
      planned="The offline generator and, when configured, a language model turn prompts into validated ObjectStack metadata with a live preview."
    />
  );
}
