/** A race distance: the standard ones, or "Other" with a km figure typed beside it. */
import type { ControlProps } from './Field';

interface Props extends ControlProps {
  readonly value: string;
  readonly allowEmpty?: boolean;
  /** The empty option's words ("Choose…" unless given). */
  readonly emptyLabel?: string;
  readonly allowCustom?: boolean;
  onChange(value: string): void;
}

export const DISTANCE_OPTIONS: readonly (readonly [string, string])[] = [
  ['5k', '5K'],
  ['10k', '10K'],
  ['half', 'Half marathon'],
  ['marathon', 'Marathon'],
  ['ultra', 'Ultra'],
];

export function DistanceSelect({
  value,
  allowEmpty = false,
  emptyLabel = 'Choose…',
  allowCustom = true,
  onChange,
  ...control
}: Props) {
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
      {allowEmpty && <option value="">{emptyLabel}</option>}
      {DISTANCE_OPTIONS.map(([v, label]) => (
        <option key={v} value={v}>
          {label}
        </option>
      ))}
      {allowCustom && <option value="custom">Other (km)</option>}
    </select>
  );
}
