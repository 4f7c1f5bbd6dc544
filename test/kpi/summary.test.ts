import { summariseRatings } from '../../src/kpi/summary';

describe('RAG summary', () => {
  it("gives shares of the rated rows as Bedford's quarterly table does (Green 79%, Amber 0%, Red 21%)", () => {
    // 11 Green and 3 Red of 14 rated measures, plus measures not rated or awaiting data
    const cells = [...Array(11).fill('Green'), ...Array(3).fill('Red'), 'N/A', 'N/A', 'No data'];
    const summary = summariseRatings(cells);
    expect(summary.counts).toEqual({ Green: 11, Amber: 0, Red: 3, 'N/A': 2, 'No data': 1 });
    expect(summary.rated).toBe(14);
    expect(Math.round(summary.shares!.Green * 100)).toBe(79);
    expect(Math.round(summary.shares!.Amber * 100)).toBe(0);
    expect(Math.round(summary.shares!.Red * 100)).toBe(21);
    expect(Math.round(summary.shares!.GreenAndAmber * 100)).toBe(79);
  });

  it('cells without a RAG word are counted apart, not as a rating', () => {
    const summary = summariseRatings(['Green', '#VALUE!', 42, null, ' Amber ']);
    expect(summary.counts.Green).toBe(1);
    expect(summary.counts.Amber).toBe(1);
    expect(summary.unrecognised).toBe(3);
  });

  it('with nothing rated there are no shares rather than a division by zero', () => {
    expect(summariseRatings(['N/A', 'No data']).shares).toBeNull();
  });
});
