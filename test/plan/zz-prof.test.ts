import { planApply } from '../../src/plan/apply-plan';
import { DEFAULTS, guessMapping } from '../../src/plan/table-model';
import { generatedGrid } from '../support/kpi-grids';
import { snapshotOfGrid } from '../support/portable-sheet';
it('prof', () => {
  let c = process.cpuUsage();
  const table = snapshotOfGrid(generatedGrid(30_000, 5));
  console.log('gen', process.cpuUsage(c).user / 1e6); c = process.cpuUsage();
  planApply({ table, mapping: guessMapping(table.headers), defaults: DEFAULTS, edits: new Map(), mode: 'portable', previous: null, overwrite: false });
  console.log('plan', process.cpuUsage(c).user / 1e6); c = process.cpuUsage();
  planApply({ table, mapping: guessMapping(table.headers), defaults: DEFAULTS, edits: new Map(), mode: 'values', previous: null, overwrite: false });
  console.log('plan values', process.cpuUsage(c).user / 1e6);
}, 100000);
