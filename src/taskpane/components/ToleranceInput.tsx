/** A tolerance typed as the engine reads it: "5pp" (points), "5%" (of the target) or a number in the measure's units. */
import { Field, Input } from '@fluentui/react-components';

export interface ToleranceInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Id of the text that explains how tolerances are written. */
  describedBy: string;
}

export function ToleranceInput({ label, value, onChange, describedBy }: ToleranceInputProps) {
  return (
    <Field label={label}>
      <Input value={value} aria-describedby={describedBy} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}
