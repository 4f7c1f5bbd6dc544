/**
 * A labelled dropdown of text choices: the one shape every choice in the pane takes. A native
 * select (Fluent's Select): light enough for a pane of hundreds of rows, and every screen
 * reader and keyboard already knows it.
 */
import { Field, Select, makeStyles } from '@fluentui/react-components';

// No wider than its column: a task pane opens at about 320px.
const useStyles = makeStyles({ select: { minWidth: 0, width: '100%' } });

export interface Choice {
  value: string;
  text: string;
}

export interface ChoiceDropdownProps {
  label: string;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
}

export function ChoiceDropdown({ label, choices, value, onChange, disabled }: ChoiceDropdownProps) {
  const styles = useStyles();
  return (
    <Field label={label}>
      <Select className={styles.select} value={value} disabled={disabled} onChange={(_, data) => data.value !== value && onChange(data.value)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.text}
          </option>
        ))}
      </Select>
    </Field>
  );
}
