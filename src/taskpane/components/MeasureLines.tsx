/**
 * The measures, one line each: name, actual, target, polarity and the RAG they get. A
 * listbox: Tab reaches it once, the arrow keys (Home, End, Page Up/Down) move through it,
 * Space selects a line for bulk editing, Enter opens it for editing. Virtualised, so a
 * table of 2,000 rows is as quick as one of 30.
 */
import { type KeyboardEvent, memo, useCallback, useId, useRef, useState } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { type MeasureRow } from '../../plan/table-model';
import { cellText } from '../cell-text';
import { RowStatusBadge } from './RowStatusBadge';
import { VirtualList } from './VirtualList';

export const LINE_HEIGHT = 44;
const VISIBLE_LINES = 10;

const useStyles = makeStyles({
  list: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  line: {
    position: 'absolute',
    left: 0,
    right: 0,
    boxSizing: 'border-box',
    display: 'grid',
    gridTemplateColumns: '1.5em minmax(0, 1fr) auto',
    gridTemplateRows: '1fr 1fr',
    columnGap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  open: { boxShadow: `inset ${tokens.strokeWidthThickest} 0 0 ${tokens.colorBrandStroke1}` },
  active: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: `-${tokens.strokeWidthThick}` },
  check: { gridRow: '1 / span 2', gridColumn: 1, fontSize: tokens.fontSizeBase400 },
  name: { gridRow: 1, gridColumn: 2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  status: { gridRow: 1, gridColumn: 3 },
  figures: { gridRow: 2, gridColumn: '2 / span 2', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface MeasureLinesProps {
  rows: readonly MeasureRow[];
  selected: ReadonlySet<number>;
  openIndex: number | null;
  onToggle: (index: number) => void;
  onOpen: (index: number) => void;
}

function figures(row: MeasureRow): string {
  return `Actual ${cellText(row.actual, row.isPercent)} · Target ${cellText(row.target, row.isPercent)} · Polarity ${row.polarity || '(blank)'}`;
}

interface LineProps {
  row: MeasureRow;
  id: string;
  top: number;
  position: number;
  count: number;
  isSelected: boolean;
  isOpen: boolean;
  isActive: boolean;
  onToggle: (index: number) => void;
  onOpen: (index: number) => void;
}

const Line = memo(function Line({ row, id, top, position, count, isSelected, isOpen, isActive, onToggle, onOpen }: LineProps) {
  const styles = useStyles();
  const name = row.ref ? `${row.ref}: ${row.name}` : row.name;
  return (
    <div
      id={id}
      role="option"
      aria-selected={isSelected}
      aria-current={isOpen || undefined}
      aria-posinset={position}
      aria-setsize={count}
      title={name}
      className={mergeClasses(styles.line, isSelected && styles.selected, isOpen && styles.open, isActive && styles.active)}
      style={{ top, height: LINE_HEIGHT }}
      onClick={() => onOpen(row.index)}
    >
      <span
        aria-hidden="true"
        className={styles.check}
        onClick={(event) => {
          event.stopPropagation();
          onToggle(row.index);
        }}
      >
        {isSelected ? '☑' : '☐'}
      </span>
      {/* In reading order, so the line's name is what it shows: name, figures, then what it comes to (placed top right). */}
      <span className={styles.name}>{name}</span>{' '}
      <span className={styles.figures}>{figures(row)}</span>{' '}
      <span className={styles.status}>
        <RowStatusBadge row={row} label="" />
      </span>
    </div>
  );
});

/** Where a key moves the current line, or null for a key the list does not use. */
function moveFor(key: string, at: number, count: number): number | null {
  const page = VISIBLE_LINES - 1;
  const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: count - 1, PageDown: at + page, PageUp: at - page };
  return key in moves ? Math.max(0, Math.min(count - 1, moves[key])) : null;
}

export function MeasureLines({ rows, selected, openIndex, onToggle, onOpen }: MeasureLinesProps) {
  const styles = useStyles();
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const at = Math.min(active, rows.length - 1);
  const lineId = (index: number) => `${id}-line-${index}`;
  const open = useCallback(
    (index: number) => {
      setActive(rows.findIndex((row) => row.index === index));
      onOpen(index);
    },
    [rows, onOpen],
  );

  const moveTo = (position: number) => {
    setActive(position);
    const element = box.current;
    if (!element) return;
    const top = position * LINE_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + LINE_HEIGHT > element.scrollTop + element.clientHeight) element.scrollTop = top + LINE_HEIGHT - element.clientHeight;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (rows.length === 0) return;
    const to = moveFor(event.key, at, rows.length);
    if (to !== null) moveTo(to);
    else if (event.key === ' ') onToggle(rows[at].index);
    else if (event.key === 'Enter') onOpen(rows[at].index);
    else return;
    event.preventDefault();
  };

  return (
    <VirtualList
      ref={box}
      role="listbox"
      aria-label="Measures"
      aria-multiselectable="true"
      aria-activedescendant={focused && rows.length > 0 ? lineId(rows[at].index) : undefined}
      tabIndex={0}
      className={styles.list}
      count={rows.length}
      rowHeight={LINE_HEIGHT}
      visibleRows={VISIBLE_LINES}
      keep={at}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      renderRow={(position, top) => {
        const row = rows[position];
        return (
          <Line
            key={row.index}
            row={row}
            id={lineId(row.index)}
            top={top}
            position={position + 1}
            count={rows.length}
            isSelected={selected.has(row.index)}
            isOpen={openIndex === row.index}
            isActive={focused && position === at}
            onToggle={onToggle}
            onOpen={open}
          />
        );
      }}
    />
  );
}
