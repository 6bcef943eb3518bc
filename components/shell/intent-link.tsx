'use client';
// A navigation link that prefetches its page when the operator shows intent (pointer over it,
// keyboard focus, a touch), not when it scrolls into view: the sidebar's twenty links each
// rendered their page on the server at every page load, queued in front of the page's own data
// on the embedded database (the Anomalies week view waited seconds for them). Next's documented
// hover-triggered prefetch (guides/prefetching): prefetch={null} restores the default on intent.
import Link from 'next/link';
import { useState, type ComponentProps } from 'react';

export function IntentLink({ onMouseEnter, onFocus, onTouchStart, ...props }: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onMouseEnter={(e) => {
        setIntent(true);
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        setIntent(true);
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        setIntent(true);
        onTouchStart?.(e);
      }}
    />
  );
}
