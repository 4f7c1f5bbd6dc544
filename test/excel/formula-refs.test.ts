import { a1FormulaOf, a1ToR1C1, mapA1References, r1c1ToA1 } from '../../src/excel/formula-refs';

describe('references inside formula text', () => {
  it('finds cell references, relative and absolute, but not words in strings, function names or other sheets', () => {
    const seen: string[] = [];
    mapA1References('=IF(AND(ISNUMBER(C2),LOG10($D$3)>B$4),"A1 Green",Other!E5+$F6)', (ref) => {
      seen.push(`${ref.column}:${ref.row}:${ref.absoluteColumn}:${ref.absoluteRow}`);
      return ref;
    });
    expect(seen).toEqual(['2:1:false:false', '3:2:true:true', '1:3:false:true', '5:5:true:false']);
  });

  it('moves references and writes a deleted one as #REF!', () => {
    const moved = mapA1References('=C2+$H$2-H2', (ref) => (ref.column === 2 ? null : { ...ref, column: ref.column + 1 }));
    expect(moved).toBe('=#REF!+$I$2-I2');
  });

  it('one R1C1 formula gives each row its own A1 formula, and back', () => {
    const r1c1 = '=IF(RC[-4]>=RC[2],"RC Green",IF(R[-1]C>R1C1,"Red","Amber"))';
    expect(r1c1ToA1(r1c1, 1, 6)).toBe('=IF(C2>=I2,"RC Green",IF(G1>$A$1,"Red","Amber"))');
    expect(r1c1ToA1(r1c1, 9, 6)).toBe('=IF(C10>=I10,"RC Green",IF(G9>$A$1,"Red","Amber"))');
    expect(a1ToR1C1(r1c1ToA1(r1c1, 9, 6), 9, 6)).toBe(r1c1);
    expect(r1c1ToA1('=R[-1]C', 0, 0)).toBe('=#REF!');
  });

  it('a cell write gives its A1 formula, or null for a value', () => {
    expect(a1FormulaOf({ formulaR1C1: '=RC[-1]*2', shows: 4 }, 4, 3)).toBe('=C5*2');
    expect(a1FormulaOf({ formula: '=C5*2', shows: 4 }, 4, 3)).toBe('=C5*2');
    expect(a1FormulaOf({ value: '=C5' }, 4, 3)).toBeNull();
  });
});
