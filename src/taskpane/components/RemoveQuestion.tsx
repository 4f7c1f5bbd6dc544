/**
 * Remove's question: what goes (the add-in's columns, and its sheets if ticked), and the
 * cells of those columns a colleague has typed into, which go with them.
 */
import { useState } from 'react';
import { Button, Checkbox, Text } from '@fluentui/react-components';
import { ShortList } from './ShortList';
import { QuestionDialog } from './QuestionDialog';

/**
 * Ticked at first: once the RAG column is gone, the summary's formulas count cells that no
 * longer hold ratings (#REF! where a table column was deleted), so a summary left behind
 * would be wrong. The user can untick to keep it, and sees it named before anything is deleted.
 */
const DELETE_SHEETS_AT_FIRST = true;

export interface RemoveQuestionProps {
  /** Headers of the columns Remove takes away; empty when none are left. */
  addedColumns: readonly string[];
  /** The sheets the add-in wrote, offered for deletion. */
  ownedSheets: readonly string[];
  /** Cells of those columns holding what was typed in the sheet, not what the add-in wrote. */
  typedOver: readonly string[];
  onCancel: () => void;
  /** `deleteSheets`: delete `ownedSheets` too. */
  onRemove: (deleteSheets: boolean) => void;
}

export function RemoveQuestion({ addedColumns, ownedSheets, typedOver, onCancel, onRemove }: RemoveQuestionProps) {
  const [deleteSheets, setDeleteSheets] = useState(DELETE_SHEETS_AT_FIRST);
  const sheetList = ownedSheets.map((name) => `"${name}"`).join(', ');
  return (
    <QuestionDialog
      title={addedColumns.length > 0 ? 'Remove the columns the add-in added?' : 'Remove what the add-in wrote?'}
      onCancel={onCancel}
      actions={
        <>
          <Button appearance="primary" onClick={() => onRemove(deleteSheets && ownedSheets.length > 0)}>
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
      {ownedSheets.length > 0 && (
        <Checkbox
          checked={deleteSheets}
          onChange={(_, data) => setDeleteSheets(data.checked === true)}
          label={`Also delete the ${ownedSheets.length === 1 ? 'sheet' : 'sheets'} the add-in wrote: ${sheetList}`}
        />
      )}
    </QuestionDialog>
  );
}
