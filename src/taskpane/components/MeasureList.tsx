/**
 * Step 3: the table-wide defaults, one notice per kind of problem, then every measure on one
 * line with its RAG preview, straight from the engine. Lines can be found by kind and by name,
 * selected for editing together, and opened one at a time for editing.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { Text } from '@fluentui/react-components';
import { type MeasureRow, type RowEdit, type TableDefaults } from '../../plan/table-model';
import { plural } from '../plural';
import { type SuggestPolarity } from '../state/needs-polarity';
import { type RowFilter, filterCounts } from '../state/row-filter';
import { BulkEdit } from './BulkEdit';
import { DefaultsEditor } from './DefaultsEditor';
import { MeasureEditor } from './MeasureEditor';
import { MeasureFilters } from './MeasureFilters';
import { MeasureLines } from './MeasureLines';
import { ProblemNotices } from './ProblemNotices';
import { Section } from './Section';

export interface MeasureListProps {
  rows: readonly MeasureRow[];
  /** The measures the filter and search keep. */
  shown: readonly MeasureRow[];
  sheetPolarities: readonly string[];
  defaults: TableDefaults;
  filter: RowFilter;
  search: string;
  suggestPolarity?: SuggestPolarity;
  onEdit: (index: number, edit: RowEdit) => void;
  onEditRows: (indexes: readonly number[], edit: RowEdit) => void;
  onDefaultsChange: (change: Partial<TableDefaults>) => void;
  onFilter: (filter: RowFilter) => void;
  onSearch: (text: string) => void;
}

export function MeasureList(props: MeasureListProps) {
  const { rows, shown, onEditRows } = props;
  const toleranceHelpId = useId();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [openIndex, setOpenIndex] = useState<number | null>(null);
  const counts = useMemo(() => filterCounts(rows), [rows]);
  const opened = openIndex === null ? undefined : rows[openIndex];
  const toggle = useCallback(
    (index: number) =>
      setSelected((current) => {
        const next = new Set(current);
        if (!next.delete(index)) next.add(index);
        return next;
      }),
    [],
  );
  const chosen = rows.filter((row) => selected.has(row.index)).map((row) => row.index);
  const problems = counts.problems;

  return (
    <Section heading="3. Check each measure">
      <Text id={toleranceHelpId}>
        Write tolerances as points (5pp) or as a share of the target (5%); a plain number is in the measure's own units.
      </Text>
      <DefaultsEditor defaults={props.defaults} onChange={props.onDefaultsChange} describedBy={toleranceHelpId} />
      <Text>
        {plural(counts.all, 'measure')}
        {problems > 0 && `, ${problems} with ${problems === 1 ? 'a problem' : 'problems'} to fix before applying`}.
      </Text>
      <ProblemNotices rows={rows} suggestPolarity={props.suggestPolarity} onEditRows={onEditRows} onShowProblems={() => props.onFilter('problems')} />
      <MeasureFilters filter={props.filter} counts={counts} search={props.search} onFilter={props.onFilter} onSearch={props.onSearch} />
      <Text aria-live="polite">{shown.length === counts.all ? `Showing all ${shown.length}.` : `Showing ${shown.length} of ${counts.all}.`}</Text>
      <MeasureLines rows={shown} selected={selected} openIndex={openIndex} onToggle={toggle} onOpen={setOpenIndex} />
      {opened && opened.status.kind !== 'skipped' && (
        <MeasureEditor
          row={opened}
          sheetPolarity={props.sheetPolarities[opened.index] ?? ''}
          suggestion={props.suggestPolarity?.(opened.name) ?? null}
          onEdit={props.onEdit}
          onClose={() => setOpenIndex(null)}
          toleranceHelpId={toleranceHelpId}
        />
      )}
      <BulkEdit
        selected={chosen}
        shownCount={shown.length}
        onSelectShown={() => setSelected(new Set([...selected, ...shown.map((row) => row.index)]))}
        onClear={() => setSelected(new Set())}
        onEdit={onEditRows}
        toleranceHelpId={toleranceHelpId}
      />
    </Section>
  );
}
