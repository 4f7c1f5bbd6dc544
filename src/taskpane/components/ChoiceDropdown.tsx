/** A labelled dropdown of text choices: the one shape every choice in the pane takes. */
import { Dropdown, Field, Option } from '@fluentui/react-components';

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
  const selected = choices.find((choice) => choice.value === value);
  return (
    <Field label={label}>
      <Dropdown
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
