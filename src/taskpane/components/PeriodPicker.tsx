/** The periods the table has figures for, one control to rate another, and what the pane chose and why. */
import { Text } from '@fluentui/react-components';
import { type TablePeriod } from '../../plan/column-guess';
import { ChoiceDropdown, type Choice } from './ChoiceDropdown';

/** Shown while Actual is a column of no listed period, chosen by hand. */
const BY_HAND = '';

export interface PeriodPickerProps {
  periods: readonly TablePeriod[];
  /** The period rated, or null when Actual is not one of the periods' columns. */
  period: string | null;
  notes: readonly string[];
  onChoose: (period: string) => void;
}

export function PeriodPicker({ periods, period, notes, onChoose }: PeriodPickerProps) {
  const choices: Choice[] = periods.map((p) => ({ value: p.label, text: p.hasFigures ? p.label : `${p.label} (no figures)` }));
  if (period === null) choices.unshift({ value: BY_HAND, text: '(Actual chosen by hand)' });
  return (
    <>
      {periods.length >= 2 && (
        <ChoiceDropdown label="Period to rate" choices={choices} value={period ?? BY_HAND} onChange={(value) => value !== BY_HAND && onChoose(value)} />
      )}
      {notes.map((note) => (
        <Text key={note} block>
          {note}
        </Text>
      ))}
    </>
  );
}
