import fc from 'fast-check';
import { type GridBlock } from '../../src/excel/a1';
import { locationAfterRemoval, surroundingRegion } from '../../src/excel/table-finding';

/** The definition, one cell of growth at a time: the smallest block around the cell with no filled cell touching it from outside. */
function regionByDefinition(filled: (r: number, c: number) => boolean, row: number, column: number): GridBlock {
  let block = { top: row, bottom: row, left: column, right: column };
  for (;;) {
    const { top, bottom, left, right } = block;
    const touching: [number, number][] = [];
    for (let r = Math.max(0, top - 1); r <= bottom + 1; r++) {
      for (let c = Math.max(0, left - 1); c <= right + 1; c++) {
        const inside = r >= top && r <= bottom && c >= left && c <= right;
        if (!inside && filled(r, c)) touching.push([r, c]);
      }
    }
    if (touching.length === 0) return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
    const [r, c] = touching[0];
    block = { top: Math.min(top, r), bottom: Math.max(bottom, r), left: Math.min(left, c), right: Math.max(right, c) };
  }
}

describe("the current region around a cell (Excel's Ctrl+*)", () => {
  it('takes diagonal neighbours, and stops at an empty row and column', () => {
    const grid = ['XX..', 'X...', '..X.', '....', 'XXXX'];
    const filled = (r: number, c: number) => grid[r]?.[c] === 'X';
    expect(surroundingRegion(filled, 0, 0)).toEqual({ row: 0, column: 0, rowCount: 3, columnCount: 3 });
    expect(surroundingRegion(filled, 4, 3)).toEqual({ row: 4, column: 0, rowCount: 1, columnCount: 4 });
  });

  it('is the region its definition gives, for any small sheet and any starting cell', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), { minLength: 6, maxLength: 6 }), fc.nat(5), fc.nat(5), (grid, row, column) => {
        const filled = (r: number, c: number) => grid[r]?.[c] === true;
        expect(surroundingRegion(filled, row, column)).toEqual(regionByDefinition(filled, row, column));
      }),
    );
  });

  it('reads each cell of a tall table a bounded number of times (no rescan per row)', () => {
    let reads = 0;
    const rows = 10_000;
    const filled = (r: number, c: number) => {
      reads += 1;
      return r < rows && c < 6;
    };
    expect(surroundingRegion(filled, 5, 2)).toEqual({ row: 0, column: 0, rowCount: rows, columnCount: 6 });
    expect(reads).toBeLessThan(rows * 8 * 3);
  });
});

describe('where a table stands after Remove', () => {
  const range = { sheet: 'KPIs', tableName: null, headerRow: 0, firstColumn: 1, columnCount: 9, rowCount: 30 };

  it('a plain range narrows past the removed columns it ended with, and no further', () => {
    expect(locationAfterRemoval(range, [7, 8, 9]).columnCount).toBe(6); // B:G left
    expect(locationAfterRemoval(range, [5, 9]).columnCount).toBe(8); // a gap inside stays
    expect(locationAfterRemoval(range, [12, 13]).columnCount).toBe(9); // beside it: unchanged
    expect(locationAfterRemoval(range, [1, 2, 3, 4, 5, 6, 7, 8, 9]).columnCount).toBe(1); // never no columns
  });

  it('an Excel table loses the columns removed from inside it', () => {
    const table = { ...range, tableName: 'Dashboard' };
    expect(locationAfterRemoval(table, [5, 9]).columnCount).toBe(7);
    expect(locationAfterRemoval(table, [12]).columnCount).toBe(9);
  });
});
