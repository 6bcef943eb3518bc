import { Label } from './label';
import { Select } from './input';

export interface FilterSelectProps {
  id: string;
  label: string;
  /** The first option, which clears the filter (e.g. `All plugins`). */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  value: string | null;
  onChange: (value: string | null) => void;
  className?: string;
}

/** A labelled select that filters a list; the empty choice reports `null`. */
export function FilterSelect({ id, label, anyLabel, options, value, onChange, className }: FilterSelectProps) {
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} className={className} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
