/**
 * The task pane's measure list at council scale, rendered by React into jsdom (no layout, no
 * paint): the first render of step 3, a change of filter, a search, and an edit of one row
 * (which re-rates every row, as the pane does). Figures are printed by bench/run.mjs and
 * show how the list's cost grows with rows; a browser adds layout and paint on top.
 */
import { performance } from 'node:perf_hooks';
import { JSDOM } from 'jsdom';
import { LEICESTERSHIRE_2020_21 } from '../src/demo/data/leicestershire-2020-21';
import { type SeedMeasure, seedWorkbook } from '../src/demo/seed-tables';
import { MemoryWorkbookHost } from '../src/excel/memory-host';
import { type TableSnapshot } from '../src/excel/workbook-host';
import { DEFAULTS, type RowEdit, buildMeasureRows, guessMapping } from '../src/plan/table-model';
import { type RowFilter } from '../src/taskpane/state/row-filter';

export interface ListFigures {
  measures: number;
  /** Median CPU milliseconds per step. */
  render: number;
  filter: number;
  search: number;
  edit: number;
  /** Median wall-clock milliseconds over all steps, for comparison. */
  wall: number;
  /** Lines in the page after the first render: the window, not the table. */
  linesInPage: number;
}

/** `count` measures as councils write them: the dashboard's rows over again, each name its own. */
function measures(count: number): SeedMeasure[] {
  return Array.from({ length: count }, (_, i) => {
    const row = LEICESTERSHIRE_2020_21[i % LEICESTERSHIRE_2020_21.length];
    return { ...row, measure: `${row.measure} (${i + 1})` };
  });
}

async function tableOf(count: number): Promise<TableSnapshot> {
  const result = await new MemoryWorkbookHost(seedWorkbook(measures(count))).readSelectedTable();
  if (result.kind !== 'table') throw new Error(result.reason);
  return result.table;
}

/**
 * React and Fluent look for a DOM when first loaded, so they are loaded after jsdom is in
 * place; and in their production builds, as the pane ships (the development builds check and
 * record far more, several times slower).
 */
function installDom(): void {
  process.env.NODE_ENV = 'production';
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const globals = globalThis as Record<string, unknown>;
  for (const key of ['window', 'document', 'navigator', 'HTMLElement', 'Node', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame']) {
    globals[key] = (window as unknown as Record<string, unknown>)[key];
  }
  globals.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  globals.IS_REACT_ACT_ENVIRONMENT = false;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function listFigures(counts: readonly number[], passes: number): Promise<ListFigures[]> {
  installDom();
  const { createElement: h } = await import('react');
  const { flushSync } = await import('react-dom');
  const { createRoot } = await import('react-dom/client');
  const { FluentProvider, webLightTheme } = await import('@fluentui/react-components');
  const { MeasureList } = await import('../src/taskpane/components/MeasureList');
  const { filterRows } = await import('../src/taskpane/state/row-filter');

  const figures: ListFigures[] = [];
  for (const count of counts) {
    const table = await tableOf(count);
    const mapping = guessMapping(table.headers);
    const times = { render: [] as number[], filter: [] as number[], search: [] as number[], edit: [] as number[] };
    let linesInPage = 0;
    const wall: number[] = [];
    // The pane's provider is mounted once, when the pane opens; step 3 appears inside it.
    const element = document.body.appendChild(document.createElement('div'));
    const root = createRoot(element);
    const show = (content: ReturnType<typeof h> | null) => flushSync(() => root.render(h(FluentProvider, { theme: webLightTheme }, content)));
    show(null);
    for (let pass = 0; pass <= passes; pass++) {
      const draw = (edits: ReadonlyMap<number, RowEdit>, filter: RowFilter, search: string) => {
        const rows = buildMeasureRows(table, mapping, DEFAULTS, edits);
        const shown = filterRows(rows, filter, search);
        show(
          h(MeasureList, {
            rows, shown, sheetPolarities: [], defaults: DEFAULTS, filter, search,
            onEdit: () => undefined, onEditRows: () => undefined, onDefaultsChange: () => undefined, onFilter: () => undefined, onSearch: () => undefined,
          }),
        );
      };
      // CPU time of this process, not the wall clock: on a machine shared with other work the
      // clock also counts the time spent waiting for a core. Wall time is printed beside it.
      const timed = (work: () => void) => {
        const start = process.cpuUsage();
        const wallStart = performance.now();
        work();
        const used = process.cpuUsage(start);
        wall.push(performance.now() - wallStart);
        return (used.user + used.system) / 1000;
      };
      const steps = {
        render: timed(() => draw(new Map(), 'all', '')),
        filter: timed(() => draw(new Map(), 'Red', '')),
        search: timed(() => draw(new Map(), 'all', 'carers')),
        edit: timed(() => draw(new Map([[0, { amberTolerance: '1pp' }]]), 'all', '')),
      };
      linesInPage = element.querySelectorAll('[role="option"]').length;
      show(null);
      if (pass === 0) continue; // the first pass inserts the styles, once per page
      for (const key of Object.keys(times) as (keyof typeof times)[]) times[key].push(steps[key]);
    }
    flushSync(() => root.unmount());
    element.remove();
    figures.push({ measures: count, render: median(times.render), filter: median(times.filter), search: median(times.search), edit: median(times.edit), wall: median(wall), linesInPage });
  }
  return figures;
}

/** Prints the figures, for bench/run.mjs. */
export async function printListFigures(): Promise<void> {
  const rows = await listFigures([200, 2_000], 7);
  console.log('\nTask pane measure list (step 3) rendered by React (production build) into jsdom, median CPU ms of 7 passes');
  console.log(`${'measures'.padStart(9)} ${'render'.padStart(8)} ${'filter'.padStart(8)} ${'search'.padStart(8)} ${'edit 1'.padStart(8)}   wall ms (median step)   lines in the page`);
  for (const r of rows) {
    const ms = [r.render, r.filter, r.search, r.edit].map((v) => v.toFixed(1).padStart(8)).join(' ');
    console.log(`${r.measures.toLocaleString('en-GB').padStart(9)} ${ms}   ${r.wall.toFixed(1).padStart(21)}   ${r.linesInPage}`);
  }
  console.log(`render: step 3 from nothing; filter: to Red; search: "carers"; edit 1: one row's tolerance, which re-rates every row.
Each includes building the rows from the table (the engine) and filtering them, as the pane does on every change.`);
}
