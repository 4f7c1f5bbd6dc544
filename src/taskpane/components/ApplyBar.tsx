/**
 * Step 4: how the RAG column is written, which rows Portable output writes as fixed values,
 * and Remove. Apply itself sits in the pane's footer, always in view; it stops to ask before
 * writing over cells the add-in did not write, and this step holds that question. Remove asks first too.
 */
import { useId, useState } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { type FixedRow } from '../../plan/apply-plan';
import { type OutputMode } from '../../plan/table-model';
import { type BusyAction, MODE_NAMES } from '../hooks/useKpiTable';
import { plural } from '../plural';
import { groupReasons } from '../state/notice-groups';
import { ShortList } from './ShortList';
import { QuestionDialog } from './QuestionDialog';
import { RemoveQuestion } from './RemoveQuestion';
import { RowsNotice } from './RowsNotice';
import { Section } from './Section';

const MODES: readonly { mode: OutputMode; description: string }[] = [
  { mode: 'live', description: "Formulas call the add-in's KPI functions, so ratings update as figures change while the add-in is installed." },
  { mode: 'portable', description: 'Ordinary Excel formulas with hidden helper columns, so ratings update for anyone who opens the file, with or without the add-in.' },
  { mode: 'values', description: 'The rating words are written as fixed text, and do not change when the figures do.' },
];

const useStyles = makeStyles({
  description: { color: tokens.colorNeutralForeground2, paddingInlineStart: tokens.spacingHorizontalXXXL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface ApplyBarProps {
  mode: OutputMode;
  onModeChange: (mode: OutputMode) => void;
  /** Headers of the columns an earlier Apply added (Remove takes them away); empty when none. */
  addedColumns: readonly string[];
  busy: BusyAction | null;
  /** Portable rows written as fixed values, with the reason. */
  fixedRows: readonly FixedRow[];
  /** Cells Apply would write over, awaiting the user's answer; null when not asking. */
  overwriteCells: readonly string[] | null;
  onConfirmOverwrite: () => void;
  onCancelOverwrite: () => void;
  /** The sheets the add-in wrote (the summary), which Remove offers to delete; empty when none. */
  ownedSheets: readonly string[];
  /** Cells of the add-in's word columns typed over in the sheet, which Remove would delete. */
  typedOver: readonly string[];
  /** `deleteSheets`: the ones of `ownedSheets` to delete too. */
  onRemove: (deleteSheets: string[]) => void;
}

export function ApplyBar(props: ApplyBarProps) {
  const { mode, busy, fixedRows, overwriteCells, addedColumns, ownedSheets } = props;
  const styles = useStyles();
  const descriptionId = useId();
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const removable = addedColumns.length + ownedSheets.length > 0;

  return (
    <Section heading="4. Write to the sheet">
      <Field label="How to write the RAG column">
        <RadioGroup value={mode} onChange={(_, data) => {
            const picked = MODES.find((choice) => choice.mode === data.value);
            if (picked) props.onModeChange(picked.mode);
          }}>
          {MODES.map(({ mode: value, description }) => (
            <div key={value}>
              <Radio value={value} label={MODE_NAMES[value]} aria-describedby={`${descriptionId}-${value}`} />
              <Text as="p" id={`${descriptionId}-${value}`} className={styles.description}>
                {description}
              </Text>
            </div>
          ))}
        </RadioGroup>
      </Field>

      {mode === 'live' && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Readers without the add-in see #NAME?</MessageBarTitle>
            Colleagues who open this workbook without the KPI add-in will see #NAME? instead of ratings. Choose Portable for a
            workbook you will share.
          </MessageBarBody>
        </MessageBar>
      )}

      {mode === 'portable' &&
        groupReasons(fixedRows.map(({ index, name, reason }) => ({ index, name, reason }))).map((group) => (
          <RowsNotice
            key={group.reason}
            title={`${plural(group.rows.length, 'row is', 'rows are')} written as a fixed value rather than a formula. ${group.reason}`}
            rows={group.rows.map((row) => row.name)}
          />
        ))}

      <div className={styles.actions}>
        <Button
          disabled={!removable}
          disabledFocusable={busy !== null && removable}
          onClick={() => {
            setConfirmingRemove(true);
          }}
        >
          Remove added columns
        </Button>
      </div>

      {overwriteCells !== null && (
        <QuestionDialog
          title="Write over these cells?"
          onCancel={props.onCancelOverwrite}
          actions={
            <>
              <Button appearance="primary" onClick={props.onConfirmOverwrite}>
                Overwrite
              </Button>
              <Button data-autofocus onClick={props.onCancelOverwrite}>
                Cancel
              </Button>
            </>
          }
        >
          <Text as="p">
            These cells hold what the add-in did not write (cells beside the table, or its own ratings typed over in the sheet). Apply would replace what
            they hold:
          </Text>
          <ShortList items={overwriteCells} />
        </QuestionDialog>
      )}

      {confirmingRemove && (
        <RemoveQuestion
          addedColumns={addedColumns}
          ownedSheets={ownedSheets}
          typedOver={props.typedOver}
          onCancel={() => setConfirmingRemove(false)}
          onRemove={(deleteSheets) => {
            setConfirmingRemove(false);
            props.onRemove(deleteSheets);
          }}
        />
      )}
    </Section>
  );
}
