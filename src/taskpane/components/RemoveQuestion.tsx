/**
 * Remove's question: what goes (the add-in's columns, and each of its sheets ticked), and
 * the cells of those columns a colleague has typed into, which go with them.
 */
import { useState } from 'react';
import { Button, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ShortList } from './ShortList';
import { QuestionDialog } from './QuestionDialog';

/*
 * Every sheet is ticked at first: once the RAG column is gone, the summary's formulas count
 * cells that no longer hold ratings (#REF! where a table column was deleted), so a summary
 * left behind would be wrong. The user can untick any (an XmR chart for a board pack), and
 * sees each named before anything is deleted.
 */

const useStyles = makeStyles({
  sheets: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  legend: { padding: 0, marginBlockStart: tokens.spacingVerticalS },
});

export interface RemoveQuestionProps {
  /** Headers of the columns Remove takes away; empty when none are left. */
  addedColumns: readonly string[];
  /** The sheets the add-in wrote, offered for deletion. */
  ownedSheets: readonly string[];
  /** Cells of those columns holding what was typed in the sheet, not what the add-in wrote. */
  typedOver: readonly string[];
  onCancel: () => void;
  /** `deleteSheets`: the ones of `ownedSheets` to delete too. */
  onRemove: (deleteSheets: string[]) => void;
}

export function RemoveQuestion({ addedColumns, ownedSheets, typedOver, onCancel, onRemove }: RemoveQuestionProps) {
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const keep = (sheet: string, deleting: boolean) =>
    setKept((was) => {
      const next = new Set(was);
      if (deleting) next.delete(sheet);
      else next.add(sheet);
      return next;
    });
  return (
    <QuestionDialog
      title={addedColumns.length > 0 ? 'Remove the columns the add-in added?' : 'Remove what the add-in wrote?'}
      onCancel={onCancel}
      actions={
        <>
          <Button appearance="primary" onClick={() => onRemove(ownedSheets.filter((sheet) => !kept.has(sheet)))}>
            Remove
          </Button>
          <Button data-autofocus onClick={onCancel}>
            Cancel
          </Button>
        </>
      }
    >
      {addedColumns.length > 0 ? (
        <>
          <Text as="p">These columns and their formats will be removed. Your own columns keep their values; only a dropdown the add-in put on one is taken off.</Text>
          <ShortList items={addedColumns} />
        </>
      ) : (
        <Text as="p">The add-in has no columns left in this table. Remove forgets its settings for the table, and can delete the sheets it wrote.</Text>
      )}
      {typedOver.length > 0 && (
        <>
          <Text as="p" weight="semibold">
            These cells in those columns were typed into in the sheet: they hold what someone wrote, not the add-in's rating. Remove deletes them too:
          </Text>
          <ShortList items={typedOver} />
        </>
      )}
      <SheetChoices sheets={ownedSheets} kept={kept} onChange={keep} />
    </QuestionDialog>
  );
}

/** One box per sheet the add-in wrote, ticked to delete it with the columns. */
function SheetChoices({ sheets, kept, onChange }: { sheets: readonly string[]; kept: ReadonlySet<string>; onChange: (sheet: string, deleting: boolean) => void }) {
  const styles = useStyles();
  if (sheets.length === 0) return null;
  const box = (sheet: string, label: string) => (
    <Checkbox key={sheet} checked={!kept.has(sheet)} onChange={(_, data) => onChange(sheet, data.checked === true)} label={label} />
  );
  if (sheets.length === 1) return box(sheets[0], `Also delete the sheet the add-in wrote: "${sheets[0]}"`);
  return (
    <fieldset className={styles.sheets}>
      <legend className={styles.legend}>Also delete the sheets the add-in wrote:</legend>
      {sheets.map((sheet) => box(sheet, `"${sheet}"`))}
    </fieldset>
  );
}
