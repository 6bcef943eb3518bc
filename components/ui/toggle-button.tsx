import type { ComponentProps } from 'react';
import { cn } from './cn';

export interface ToggleButtonProps extends Omit<ComponentProps<'button'>, 'aria-pressed'> {
  pressed: boolean;
}

/** One choice of a pressed-button group (time ranges and the like): filled when pressed. */
export function ToggleButton({ pressed, className, type = 'button', ...props }: ToggleButtonProps) {
  return (
    <button
      type={type}
      aria-pressed={pressed}
      className={cn('h-8 rounded px-3 text-sm font-medium transition-colors', pressed ? 'bg-accent text-accent-fg' : 'text-muted hover:bg-surface-2 hover:text-fg', className)}
      {...props}
    />
  );
}
