/**
 * A window onto a long list of equal-height rows: only the rows in view (and a few either
 * side) are in the page, so 2,000 measures cost what 30 do. The list is its own scroll box
 * of a fixed height; `renderRow` places each row at `top`.
 */
import { type HTMLAttributes, type ReactNode, forwardRef, useState } from 'react';

/** Rows rendered beyond each edge of the view, so a quick scroll shows no gap. */
const OVERSCAN = 6;

export interface VirtualListProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  count: number;
  rowHeight: number;
  /** Rows in view at once; the box is this many rows high (or fewer, for a short list). */
  visibleRows: number;
  renderRow: (index: number, top: number) => ReactNode;
  /** A row kept in the page wherever the list is scrolled (the keyboard's current row, which must exist to be announced). */
  keep?: number | null;
}

export const VirtualList = forwardRef<HTMLDivElement, VirtualListProps>(function VirtualList(
  { count, rowHeight, visibleRows, renderRow, keep = null, style, onScroll, ...rest },
  ref,
) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil(scrollTop / rowHeight) + visibleRows + OVERSCAN);
  const rows: ReactNode[] = [];
  if (keep !== null && keep >= 0 && keep < first) rows.push(renderRow(keep, keep * rowHeight));
  for (let index = first; index < last; index++) rows.push(renderRow(index, index * rowHeight));
  if (keep !== null && keep >= last && keep < count) rows.push(renderRow(keep, keep * rowHeight));
  return (
    <div
      ref={ref}
      {...rest}
      style={{ ...style, position: 'relative', overflowY: 'auto', height: Math.min(count, visibleRows) * rowHeight }}
      onScroll={(event) => {
        setScrollTop(event.currentTarget.scrollTop);
        onScroll?.(event);
      }}
    >
      <div role="none" style={{ position: 'relative', height: count * rowHeight }}>
        {rows}
      </div>
    </div>
  );
});
