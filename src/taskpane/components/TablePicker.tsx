/** Step 1: point the pane at a KPI table by selecting a cell in it. */
import { Button, Text, makeStyles } from '@fluentui/react-components';
import { type TableSnapshot } from '../../excel/workbook-host';
import { describeTablePlace } from '../table-place';
import { Section } from './Section';

const useStyles = makeStyles({ button: { alignSelf: 'flex-start' } });

export interface TablePickerProps {
  table: TableSnapshot | null;
  busy: boolean;
  onFind: () => void;
}

export function TablePicker({ table, busy, onFind }: TablePickerProps) {
  const styles = useStyles();
  return (
    <Section heading="1. Choose your KPI table">
      <Text>
        Click any cell inside your KPI table, then choose Use selected table. It can be an Excel table, or a block of cells
        with one header row (Measure, Target, Actual…) and a row per measure.
      </Text>
      <Button className={styles.button} appearance="primary" disabledFocusable={busy} onClick={onFind}>
        Use selected table
      </Button>
      {table ? (
        <Text>
          Using {describeTablePlace(table.location)}: {table.location.rowCount} rows under the header row.
        </Text>
      ) : (
        <Text>No table chosen yet.</Text>
      )}
    </Section>
  );
}
