/** Which measures step 3 lists: a kind of row (with how many there are) and words to find in the name. */
import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { FILTER_NAMES, ROW_FILTERS, type RowFilter } from '../state/row-filter';
import { ChoiceDropdown } from './ChoiceDropdown';

const useStyles = makeStyles({
  bar: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: tokens.spacingHorizontalS },
  input: { minWidth: 0, width: '100%' },
});

export interface MeasureFiltersProps {
  filter: RowFilter;
  counts: Record<RowFilter, number>;
  search: string;
  onFilter: (filter: RowFilter) => void;
  onSearch: (text: string) => void;
}

export function MeasureFilters({ filter, counts, search, onFilter, onSearch }: MeasureFiltersProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <ChoiceDropdown
        label="Show"
        choices={ROW_FILTERS.map((value) => ({ value, text: `${FILTER_NAMES[value]} (${counts[value]})` }))}
        value={filter}
        onChange={(value) => onFilter(ROW_FILTERS.find((known) => known === value) ?? 'all')}
      />
      <Field label="Find by name">
        <Input className={styles.input} type="search" value={search} onChange={(_, data) => onSearch(data.value)} />
      </Field>
    </div>
  );
}
