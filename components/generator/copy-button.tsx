'use client';
// Copies text to the clipboard and says so.
import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';

export interface CopyButtonProps {
  text: string;
  what: string;
}

export function CopyButton({ text, what }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      toast.success(`Copied ${what}`);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      toast.error('The browser did not allow copying; select the text instead');
    }
  };
  return (
    <Button size="sm" variant="ghost" onClick={copy} aria-label={`Copy ${what}`}>
      {copied ? <Check className="h-3.5 w-3.5 text-success" aria-hidden /> : <Copy className="h-3.5 w-3.5" aria-hidden />}
      Copy
    </Button>
  );
}
