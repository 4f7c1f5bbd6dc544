/**
 * Step 3: every measure with the rule it is judged by and a live preview of its RAG and
 * DoT, straight from the engine; table-wide defaults first. Long tables show a page at a
 * time, so the pane stays quick with hundreds of measures.
 */
import { useId, useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type MeasureRow, type RowEdit, type TableDefaults } from '../../plan/table-model';
import { DefaultsEditor } from './DefaultsEditor';
import { MeasureEditor } from './MeasureEditor';
import { Section } from './Section';

const PAGE_SIZE = 50;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  more: { alignSelf: 'flex-start' },
});

export interface MeasureListProps {
  rows: readonly MeasureRow[];
  sheetPolarities: readonly string[];
  defaults: TableDefaults;
  onEdit: (index: number, edit: RowEdit) => void;
  onDefaultsChange: (change: Partial<TableDefaults>) => void;
}

export function MeasureList({ rows, sheetPolarities, defaults, onEdit, onDefaultsChange }: MeasureListProps) {
  const styles = useStyles();
  const toleranceHelpId = useId();
  const [shown, setShown] = useState(PAGE_SIZE);
  const measures = rows.filter((row) => row.status.kind !== 'skipped');
  const problems = measures.filter((row) => row.status.kind === 'error').length;
  return (
    <Section heading="3. Check each measure">
      <Text id={toleranceHelpId}>
        Write tolerances as points (5pp) or as a share of the target (5%); a plain number is in the measure's own units.
      </Text>
      <DefaultsEditor defaults={defaults} onChange={onDefaultsChange} describedBy={toleranceHelpId} />
      <Text>
        {measures.length} {measures.length === 1 ? 'measure' : 'measures'}
        {problems > 0 && `, ${problems} with ${problems === 1 ? 'a problem' : 'problems'} to fix before applying`}.
      </Text>
      <ul className={styles.list} aria-label="Measures">
        {measures.slice(0, shown).map((row) => (
          <li key={row.index}>
            <MeasureEditor row={row} sheetPolarity={sheetPolarities[row.index] ?? ''} onEdit={onEdit} toleranceHelpId={toleranceHelpId} />
          </li>
        ))}
      </ul>
      {measures.length > shown && (
        <Button className={styles.more} onClick={() => setShown(shown + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, measures.length - shown)} more measures
        </Button>
      )}
    </Section>
  );
}
