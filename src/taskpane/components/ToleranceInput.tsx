/** A tolerance typed as the engine reads it: "5pp" (points), "5%" (of the target) or a number in the measure's units. */
import { Field, Input, makeStyles } from '@fluentui/react-components';

// As with the dropdowns: no wider than the pane's column, which is narrow in a 320px task pane.
const useStyles = makeStyles({ input: { minWidth: 0, width: '100%' } });

export interface ToleranceInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Id of the text that explains how tolerances are written. */
  describedBy: string;
}

export function ToleranceInput({ label, value, onChange, describedBy }: ToleranceInputProps) {
  const styles = useStyles();
  return (
    <Field label={label}>
      <Input className={styles.input} value={value} aria-describedby={describedBy} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}
