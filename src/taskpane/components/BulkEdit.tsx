/**
 * Setting the polarity or tolerances of the selected measures at once. A field left as it is
 * leaves each row's own value alone.
 */
import { useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type RowEdit } from '../../plan/table-model';
import { plural } from '../plural';
import { polarityChoices, polarityWord } from '../polarity-choices';
import { ChoiceDropdown } from './ChoiceDropdown';
import { useFieldsetStyles } from './fieldset-styles';
import { ToleranceInput } from './ToleranceInput';

/** The bulk polarity choice that changes nothing. */
const KEEP = '(keep)';

const useStyles = makeStyles({
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(110px, 1fr))', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface BulkEditProps {
  selected: readonly number[];
  /** How many measures the list shows now, which "Select all shown" takes. */
  shownCount: number;
  onSelectShown: () => void;
  onClear: () => void;
  onEdit: (indexes: readonly number[], edit: RowEdit) => void;
  toleranceHelpId: string;
}

export function BulkEdit({ selected, shownCount, onSelectShown, onClear, onEdit, toleranceHelpId }: BulkEditProps) {
  const styles = useStyles();
  const group = useFieldsetStyles();
  const [polarity, setPolarity] = useState(KEEP);
  const [amber, setAmber] = useState('');
  const [green, setGreen] = useState('');
  const edit: RowEdit = {
    ...(polarity !== KEEP && { polarity: polarityWord(polarity) }),
    ...(amber.trim() && { amberTolerance: amber.trim() }),
    ...(green.trim() && { greenTolerance: green.trim() }),
  };
  const none = selected.length === 0;
  return (
    <fieldset className={group.box}>
      <legend className={group.legend}>Edit the selected measures together</legend>
      <Text>
        {none ? 'None selected: press Space on a line, or click its box, to select it.' : `${plural(selected.length, 'measure')} selected.`}
      </Text>
      <div className={styles.actions}>
        <Button size="small" disabled={shownCount === 0} onClick={onSelectShown}>
          Select all {shownCount} shown
        </Button>
        <Button size="small" disabled={none} onClick={onClear}>
          Clear selection
        </Button>
      </div>
      {!none && (
        <>
          <div className={styles.fields}>
            <ChoiceDropdown
              label="Polarity for selected"
              choices={[{ value: KEEP, text: "(keep each row's)" }, ...polarityChoices('(blank: the target decides)')]}
              value={polarity}
              onChange={setPolarity}
            />
            <ToleranceInput label="Amber tolerance for selected" value={amber} describedBy={toleranceHelpId} onChange={setAmber} />
            <ToleranceInput label="Green tolerance for selected" value={green} describedBy={toleranceHelpId} onChange={setGreen} />
          </div>
          <Button appearance="primary" size="small" disabled={Object.keys(edit).length === 0} onClick={() => onEdit(selected, edit)}>
            Set for {plural(selected.length, 'selected measure')}
          </Button>
        </>
      )}
    </fieldset>
  );
}
