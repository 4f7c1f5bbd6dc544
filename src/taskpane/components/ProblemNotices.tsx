/**
 * Step 3's problems, one notice per kind: rows the engine cannot rate as they stand (their
 * messages grouped), and rows with a target but no polarity, whose suggested polarities can
 * be accepted all at once. Each lists its rows by name and can show just those rows.
 */
import { Button } from '@fluentui/react-components';
import { type MeasureRow, type RowEdit } from '../../plan/table-model';
import { type SuggestPolarity, needsPolarity } from '../state/needs-polarity';
import { groupReasons } from '../state/notice-groups';
import { plural } from '../plural';
import { RowsNotice } from './RowsNotice';

export interface ProblemNoticesProps {
  rows: readonly MeasureRow[];
  suggestPolarity?: SuggestPolarity;
  onEditRows: (indexes: readonly number[], edit: RowEdit) => void;
  onShowProblems: () => void;
}

export function ProblemNotices({ rows, suggestPolarity, onEditRows, onShowProblems }: ProblemNoticesProps) {
  const errors = groupReasons(rows.flatMap((row) => (row.status.kind === 'error' ? [{ index: row.index, name: row.name, reason: row.status.message }] : [])));
  const unjudged = rows.filter(needsPolarity);
  const suggested = suggestPolarity ? unjudged.flatMap((row) => { const s = suggestPolarity(row.name); return s ? [{ row, polarity: s.polarity }] : []; }) : [];
  const accept = () => {
    for (const polarity of ['High', 'Low'] as const) {
      const indexes = suggested.filter((s) => s.polarity === polarity).map((s) => s.row.index);
      if (indexes.length) onEditRows(indexes, { polarity });
    }
  };
  const show = <Button size="small" onClick={onShowProblems}>Show problems only</Button>;
  return (
    <>
      {errors.map((group) => (
        <RowsNotice key={group.reason} tone="error" title={`${plural(group.rows.length, 'measure')}: ${group.reason}`} rows={group.rows.map((row) => row.name)}>
          {show}
        </RowsNotice>
      ))}
      {unjudged.length > 0 && (
        <RowsNotice
          tone="error"
          title={`${plural(unjudged.length, 'measure has', 'measures have')} a target but no polarity: choose whether high or low is good, or Apply will ask.`}
          rows={unjudged.map((row) => row.name)}
        >
          {show}
          {suggested.length > 0 && (
            <Button size="small" onClick={accept}>
              Accept {plural(suggested.length, 'suggested polarity', 'suggested polarities')}
            </Button>
          )}
        </RowsNotice>
      )}
    </>
  );
}
