import type { ReactNode } from 'react';
import { Label } from './label';

export interface FieldProps {
  id: string;
  label: string;
  error?: string;
  help?: ReactNode;
  children: ReactNode;
}

/** A labelled control with its help and error text, wired for screen readers by id. */
export function Field({ id, label, error, help, children }: FieldProps) {
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {help && !error && <p id={`${id}-help`} className="text-xs text-muted">{help}</p>}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
