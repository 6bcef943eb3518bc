'use client';
// A follow-up that edits the open result instead of starting over ("add a priority to
// tasks"); the new result is saved as a child generation and its diff is shown.
import { useId, useState } from 'react';
import { Loader2, WandSparkles } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

export interface RefineBoxProps {
  busy: boolean;
  onRefine: (followUp: string) => Promise<boolean>;
}

export function RefineBox({ busy, onRefine }: RefineBoxProps) {
  const id = useId();
  const [text, setText] = useState('');
  const submit = async () => {
    if (!text.trim() || busy) return;
    if (await onRefine(text.trim())) setText('');
  };
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={id} className="text-sm font-medium">
        Refine
      </label>
      <Input
        id={id}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="add a priority to deals · remove phone from contacts · rename deals to opportunities"
        className="min-w-64 flex-1"
        disabled={busy}
      />
      <Button type="submit" disabled={busy || !text.trim()}>
        {busy ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : <WandSparkles className="h-4 w-4" aria-hidden />}
        Apply
      </Button>
    </form>
  );
}
