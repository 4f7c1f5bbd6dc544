/** Step 2: which column holds what, guessed from the headers and open to correction. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { columnLetters } from '../../excel/a1';
import { COLUMN_ROLES, type ColumnMapping as Mapping, type ColumnRole, type MeasureRow, ROLE_LABELS } from '../../plan/table-model';
import { type TableSnapshot } from '../../excel/workbook-host';
import { sheetRowNumber } from '../table-place';
import { ChoiceDropdown, type Choice } from './ChoiceDropdown';
import { plural } from '../plural';
import { groupReasons } from '../state/notice-groups';
import { type PeriodPickerProps, PeriodPicker } from './PeriodPicker';
import { RowsNotice } from './RowsNotice';
import { Section } from './Section';

const NONE = 'none';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: tokens.spacingHorizontalM },
});

export interface ColumnMappingProps {
  table: TableSnapshot;
  mapping: Mapping;
  /** Columns the add-in wrote (RAG, DoT, helpers), which are never inputs. */
  owned: ReadonlySet<number>;
  rows: readonly MeasureRow[];
  /** The add-in's own input columns that stand in for roles left unmapped, by position from the table's first column. */
  addedInputs: Partial<Record<ColumnRole, number>>;
  onChoose: (role: ColumnRole, column: number | null) => void;
  /** The table's periods, the one rated and why; choosing one re-proposes its columns. */
  periods: Omit<PeriodPickerProps, 'onChoose'>;
  onChoosePeriod: (period: string) => void;
}

/** With no column of the user's mapped, "(none)" says when the add-in's own column holds the role. */
function withAddedInput(choices: Choice[], table: TableSnapshot, added: number | undefined): Choice[] {
  if (added === undefined) return choices;
  const none = { value: NONE, text: `${columnLetters(table.location.firstColumn + added)}: the add-in's column` };
  return choices.map((choice) => (choice.value === NONE ? none : choice));
}

export function ColumnMapping({ table, mapping, owned, rows, addedInputs, onChoose, periods, onChoosePeriod }: ColumnMappingProps) {
  const styles = useStyles();
  const choices: Choice[] = [
    { value: NONE, text: '(none)' },
    ...table.headers.flatMap((header, i) =>
      owned.has(i) ? [] : [{ value: String(i), text: `${columnLetters(table.location.firstColumn + i)}: ${header || '(no header)'}` }],
    ),
  ];
  const skipped = rows.flatMap((row) => (row.status.kind === 'skipped' ? [{ row, reason: row.status.reason }] : []));
  const toRate = rows.length - skipped.length;
  const problems = rows.filter((row) => row.status.kind === 'error').length;

  return (
    <Section heading="2. Check the columns">
      <PeriodPicker {...periods} onChoose={onChoosePeriod} />
      <div className={styles.grid}>
        {COLUMN_ROLES.map((role) => (
          <ChoiceDropdown
            key={role}
            label={ROLE_LABELS[role]}
            choices={withAddedInput(choices, table, addedInputs[role])}
            value={mapping[role] === null ? NONE : String(mapping[role])}
            onChange={(value) => onChoose(role, value === NONE ? null : Number(value))}
          />
        ))}
      </div>
      <Text>
        The add-in will rate {toRate} {toRate === 1 ? 'row' : 'rows'}
        {problems > 0 && `; ${problems} of them ${problems === 1 ? 'has a problem' : 'have problems'} to fix in step 3`}.
      </Text>
      {groupReasons(skipped.map(({ row, reason }) => ({ index: row.index, name: `Row ${sheetRowNumber(table.location, row.index)}`, reason }))).map((group) => (
        <RowsNotice key={group.reason} title={`${plural(group.rows.length, 'row is', 'rows are')} skipped: ${group.reason}`} rows={group.rows.map((row) => row.name)} />
      ))}
    </Section>
  );
}
