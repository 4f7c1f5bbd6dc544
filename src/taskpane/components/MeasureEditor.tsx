/** One measure: its figures, the rule it is judged by (editable), and the RAG and DoT it gets. */
import { memo, useId } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { DIRECTION_PALETTE, RAG_PALETTE } from '../../plan/rag-palette';
import { type MeasureRow, type RowEdit } from '../../plan/table-model';
import { cellText } from '../cell-text';
import { polarityChoices, polarityValue, polarityWord } from '../polarity-choices';
import { ChoiceDropdown } from './ChoiceDropdown';
import { ToleranceInput } from './ToleranceInput';
import { WordBadge } from './WordBadge';

const useStyles = makeStyles({
  measure: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  name: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  controls: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))', gap: tokens.spacingHorizontalS },
  outcome: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

export interface MeasureEditorProps {
  row: MeasureRow;
  /** The polarity word in the sheet's cell, offered alongside the canonical words. */
  sheetPolarity: string;
  onEdit: (index: number, edit: RowEdit) => void;
  /** Id of the text that explains how tolerances are written. */
  toleranceHelpId: string;
}

/** What an editor shows; rows are rebuilt on every edit, so memo compares these, not the objects. */
function shown({ row, sheetPolarity, toleranceHelpId }: MeasureEditorProps): unknown[] {
  const { status } = row;
  const outcome = status.kind === 'rated' ? [status.rag, status.direction] : [status.kind === 'error' ? status.message : status.reason];
  return [row.index, row.ref, row.name, row.actual, row.previous, row.target, row.polarity, row.amberTolerance, row.greenTolerance, row.isPercent, status.kind, ...outcome, sheetPolarity, toleranceHelpId];
}

function showsTheSame(a: MeasureEditorProps, b: MeasureEditorProps): boolean {
  const [before, after] = [shown(a), shown(b)];
  return a.onEdit === b.onEdit && before.length === after.length && before.every((value, i) => Object.is(value, after[i]));
}

export const MeasureEditor = memo(function MeasureEditor({ row, sheetPolarity, onEdit, toleranceHelpId }: MeasureEditorProps) {
  const styles = useStyles();
  const problemId = useId();
  const { status } = row;
  return (
    <fieldset className={styles.measure} aria-describedby={status.kind === 'error' ? problemId : undefined}>
      <legend className={styles.name}>{row.ref ? `${row.ref}: ${row.name}` : row.name}</legend>
      <Text>
        Actual {cellText(row.actual, row.isPercent)} · Target {cellText(row.target, row.isPercent)}
        {status.kind === 'rated' && status.direction !== null && ` · Previous ${cellText(row.previous, row.isPercent)}`}
      </Text>
      <div className={styles.controls}>
        <ChoiceDropdown
          label="Polarity"
          choices={polarityChoices('(blank: the target decides)', sheetPolarity, row.polarity)}
          value={polarityValue(row.polarity)}
          onChange={(value) => onEdit(row.index, { polarity: polarityWord(value) })}
        />
        <ToleranceInput
          label="Amber tolerance"
          value={row.amberTolerance}
          describedBy={toleranceHelpId}
          onChange={(value) => onEdit(row.index, { amberTolerance: value })}
        />
        <ToleranceInput
          label="Green tolerance"
          value={row.greenTolerance}
          describedBy={toleranceHelpId}
          onChange={(value) => onEdit(row.index, { greenTolerance: value })}
        />
      </div>
      {status.kind === 'rated' && (
        <div className={styles.outcome}>
          <WordBadge label="RAG" word={status.rag} palette={RAG_PALETTE} />{' '}
          {status.direction !== null && <WordBadge label="DoT" word={status.direction} palette={DIRECTION_PALETTE} />}
        </div>
      )}
      {status.kind === 'error' && (
        <Text id={problemId} className={styles.problem}>
          {status.message}
        </Text>
      )}
    </fieldset>
  );
}, showsTheSame);
