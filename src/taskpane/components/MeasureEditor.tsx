/**
 * The measure opened from the list: its figures, the rule it is judged by (target, polarity,
 * tolerances, all editable and written to the sheet at Apply), a polarity suggestion to
 * accept when it has none, and the RAG and DoT it gets.
 */
import { useId } from 'react';
import { Button, Field, Input, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DIRECTION_PALETTE } from '../../plan/rag-palette';
import { type MeasureRow, type RowEdit } from '../../plan/table-model';
import { cellText } from '../cell-text';
import { polarityChoices, polarityValue, polarityWord } from '../polarity-choices';
import { type PolaritySuggestion, needsPolarity } from '../state/needs-polarity';
import { ChoiceDropdown } from './ChoiceDropdown';
import { useFieldsetStyles } from './fieldset-styles';
import { RowStatusBadge } from './RowStatusBadge';
import { ToleranceInput } from './ToleranceInput';
import { WordBadge } from './WordBadge';

const useStyles = makeStyles({
  // The open measure is marked as the open line is.
  open: { borderTopColor: tokens.colorBrandStroke1, borderRightColor: tokens.colorBrandStroke1, borderBottomColor: tokens.colorBrandStroke1, borderLeftColor: tokens.colorBrandStroke1 },
  controls: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))', gap: tokens.spacingHorizontalS },
  input: { minWidth: 0, width: '100%' },
  outcome: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  problem: { color: tokens.colorPaletteRedForeground1 },
  close: { alignSelf: 'flex-start' },
});

export interface MeasureEditorProps {
  row: MeasureRow;
  /** The polarity word in the sheet's cell, offered alongside the canonical words. */
  sheetPolarity: string;
  /** What the measure's wording suggests, for a row that needs a polarity; null when nothing does. */
  suggestion: PolaritySuggestion | null;
  onEdit: (index: number, edit: RowEdit) => void;
  onClose: () => void;
  /** Id of the text that explains how tolerances are written. */
  toleranceHelpId: string;
}

/** A target as the user reads it (86%, not 0.86); blank as nothing to type over. */
function targetText(row: MeasureRow): string {
  return row.target === null || row.target === '' ? '' : cellText(row.target, row.isPercent);
}

export function MeasureEditor({ row, sheetPolarity, suggestion, onEdit, onClose, toleranceHelpId }: MeasureEditorProps) {
  const styles = useStyles();
  const group = useFieldsetStyles();
  const problemId = useId();
  const { status } = row;
  const suggest = suggestion !== null && needsPolarity(row) ? suggestion : null;
  return (
    <fieldset className={mergeClasses(group.box, styles.open)} aria-describedby={status.kind === 'error' ? problemId : undefined}>
      <legend className={group.legend}>{row.ref ? `${row.ref}: ${row.name}` : row.name}</legend>
      <Text>
        Actual {cellText(row.actual, row.isPercent)} · Target {cellText(row.target, row.isPercent)}
        {status.kind === 'rated' && status.direction !== null && ` · Previous ${cellText(row.previous, row.isPercent)}`}
      </Text>
      <div className={styles.controls}>
        <Field label="Target">
          <Input className={styles.input} value={targetText(row)} onChange={(_, data) => onEdit(row.index, { target: data.value })} />
        </Field>
        <ChoiceDropdown
          label="Polarity"
          choices={polarityChoices('(blank: the target decides)', sheetPolarity, row.polarity)}
          value={polarityValue(row.polarity)}
          onChange={(value) => onEdit(row.index, { polarity: polarityWord(value) })}
        />
        <ToleranceInput label="Amber tolerance" value={row.amberTolerance} describedBy={toleranceHelpId} onChange={(value) => onEdit(row.index, { amberTolerance: value })} />
        <ToleranceInput label="Green tolerance" value={row.greenTolerance} describedBy={toleranceHelpId} onChange={(value) => onEdit(row.index, { greenTolerance: value })} />
      </div>
      {suggest && (
        <Text>
          Suggested polarity: {suggest.polarity}, because {suggest.because}.{' '}
          <Button size="small" onClick={() => onEdit(row.index, { polarity: suggest.polarity })}>
            Use {suggest.polarity}
          </Button>
        </Text>
      )}
      <div className={styles.outcome}>
        <RowStatusBadge row={row} />
        {status.kind === 'rated' && status.direction !== null && <WordBadge label="DoT" word={status.direction} palette={DIRECTION_PALETTE} />}
      </div>
      {status.kind === 'error' && (
        <Text id={problemId} className={styles.problem}>
          {status.message}
        </Text>
      )}
      <Button className={styles.close} onClick={onClose}>
        Close
      </Button>
    </fieldset>
  );
}
