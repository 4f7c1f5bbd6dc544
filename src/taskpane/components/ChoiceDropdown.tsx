/** A labelled dropdown of text choices: the one shape every choice in the pane takes. */
import { Dropdown, Field, Option, makeStyles } from '@fluentui/react-components';

// Fluent's Dropdown is at least 250px wide; a task pane opens at about 320px, so two
// dropdowns side by side would spill past its edge.
const useStyles = makeStyles({ dropdown: { minWidth: 0, width: '100%' } });

export interface Choice {
  value: string;
  text: string;
}

export interface ChoiceDropdownProps {
  label: string;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
}

export function ChoiceDropdown({ label, choices, value, onChange }: ChoiceDropdownProps) {
  const styles = useStyles();
  const selected = choices.find((choice) => choice.value === value);
  return (
    <Field label={label}>
      <Dropdown
        className={styles.dropdown}
        value={selected?.text ?? ''}
        selectedOptions={selected ? [selected.value] : []}
        onOptionSelect={(_, data) => {
          if (data.optionValue !== undefined && data.optionValue !== value) onChange(data.optionValue);
        }}
      >
        {choices.map((choice) => (
          <Option key={choice.value} value={choice.value}>
            {choice.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
