import type { ComponentProps } from 'react';
import { cn } from './cn';

const field =
  'w-full rounded-md border border-border bg-surface px-3 text-sm text-fg placeholder:text-muted/70 focus:border-accent focus:outline-none focus:ring-2 focus:ring-ring/30 disabled:opacity-60 aria-[invalid=true]:border-danger';

// ComponentProps includes `ref`, which React 19 passes to function components as a prop.
export type InputProps = ComponentProps<'input'>;

export function Input({ className, ...props }: InputProps) {
  return <input className={cn(field, 'h-9', className)} {...props} />;
}

export type TextareaProps = ComponentProps<'textarea'>;

export function Textarea({ className, ...props }: TextareaProps) {
  return <textarea className={cn(field, 'py-2 font-mono', className)} {...props} />;
}

export type SelectProps = ComponentProps<'select'>;

export function Select({ className, ...props }: SelectProps) {
  return <select className={cn(field, 'h-9 pr-8', className)} {...props} />;
}
