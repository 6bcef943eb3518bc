'use client';
// Time left before a pending proposal expires, ticking every second; urgent in the last minute.
import { useEffect, useState } from 'react';
import { Timer } from 'lucide-react';
import { cn } from '@/components/ui/cn';

export interface ExpiryCountdownProps {
  expiresAt: string;
}

function left(ms: number): string {
  if (ms <= 0) return 'expired';
  const s = Math.ceil(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h} h ${m} min` : `${m}:${sec}`;
}

export function ExpiryCountdown({ expiresAt }: ExpiryCountdownProps) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const ms = Date.parse(expiresAt) - (now ?? Date.parse(expiresAt));
  return (
    <span className={cn('inline-flex items-center gap-1 text-xs tabular-nums', now !== null && ms < 60_000 ? 'font-semibold text-danger' : 'text-muted')}>
      <Timer className="h-3.5 w-3.5" aria-hidden />
      {now === null ? 'expires' : ms <= 0 ? 'expired' : `expires in ${left(ms)}`}
    </span>
  );
}
