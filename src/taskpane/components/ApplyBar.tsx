/**
 * Step 4: how the RAG column is written, which rows Portable output writes as fixed values,
 * and Remove. Apply itself sits in the pane's footer, always in view; it stops to ask before
 * writing over cells the add-in did not write, and this step holds that question. Remove asks first too.
 */
import { useId, useState } from 'react';
import {
  Button,
  Checkbox,
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
import { QuestionDialog } from './QuestionDialog';
import { RowsNotice } from './RowsNotice';
import { Section } from './Section';

const MODES: readonly { mode: OutputMode; description: string }[] = [
  { mode: 'live', description: "Formulas call the add-in's KPI functions, so ratings update as figures change while the add-in is installed." },
  { mode: 'portable', description: 'Ordinary Excel formulas with hidden helper columns, so ratings update for anyone who opens the file, with or without the add-in.' },
  { mode: 'values', description: 'The rating words are written as fixed text, and do not change when the figures do.' },
];

/** The most cells an overwrite question lists by address; the rest are counted. */
const LISTED_CELLS = 20;

const useStyles = makeStyles({
  description: { color: tokens.colorNeutralForeground2, paddingInlineStart: tokens.spacingHorizontalXXXL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
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
  /** `deleteSheets`: delete `ownedSheets` too. */
  onRemove: (deleteSheets: boolean) => void;
}

/**
 * Ticked at first: once the RAG column is gone, the summary's formulas count cells that no
 * longer hold ratings (#REF! where a table column was deleted), so a summary left behind
 * would be wrong. The user can untick to keep it, and sees it named before anything is deleted.
 */
const DELETE_SHEETS_AT_FIRST = true;

export function ApplyBar(props: ApplyBarProps) {
  const { mode, busy, fixedRows, overwriteCells, addedColumns, ownedSheets } = props;
  const styles = useStyles();
  const descriptionId = useId();
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const [deleteSheets, setDeleteSheets] = useState(DELETE_SHEETS_AT_FIRST);
  const removable = addedColumns.length + ownedSheets.length > 0;
  const sheetList = ownedSheets.map((name) => `"${name}"`).join(', ');

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
            setDeleteSheets(DELETE_SHEETS_AT_FIRST);
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
          <Text as="p">These cells are not empty, and the add-in did not write them. Apply would replace what they hold:</Text>
          <ul className={styles.list}>
            {overwriteCells.slice(0, LISTED_CELLS).map((cell) => (
              <li key={cell}>{cell}</li>
            ))}
          </ul>
          {overwriteCells.length > LISTED_CELLS && <Text as="p">…and {overwriteCells.length - LISTED_CELLS} more.</Text>}
        </QuestionDialog>
      )}

      {confirmingRemove && (
        <QuestionDialog
          title={addedColumns.length > 0 ? 'Remove the columns the add-in added?' : 'Remove what the add-in wrote?'}
          onCancel={() => setConfirmingRemove(false)}
          actions={
            <>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirmingRemove(false);
                  props.onRemove(deleteSheets && ownedSheets.length > 0);
                }}
              >
                Remove
              </Button>
              <Button data-autofocus onClick={() => setConfirmingRemove(false)}>
                Cancel
              </Button>
            </>
          }
        >
          {addedColumns.length > 0 ? (
            <>
              <Text as="p">These columns and their formats will be removed. Your own columns keep their values; only a dropdown the add-in put on one is taken off.</Text>
              <ul className={styles.list}>
                {addedColumns.map((header) => (
                  <li key={header}>{header}</li>
                ))}
              </ul>
            </>
          ) : (
            <Text as="p">The add-in has no columns left in this table. Remove forgets its settings for the table, and can delete the sheets it wrote.</Text>
          )}
          {ownedSheets.length > 0 && (
            <Checkbox
              checked={deleteSheets}
              onChange={(_, data) => setDeleteSheets(data.checked === true)}
              label={`Also delete the ${ownedSheets.length === 1 ? 'sheet' : 'sheets'} the add-in wrote: ${sheetList}`}
            />
          )}
        </QuestionDialog>
      )}
    </Section>
  );
}
