/**
 * The layers' arrows run one way: taskpane → plan → excel → kpi, and functions → kpi.
 * A host that imported the planner, or the engine that imported Office, would tangle them.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

const SRC = join(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The src folders a file imports from, by its relative import paths. */
function importedLayers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const layers = new Set<string>();
  for (const match of text.matchAll(/from '(\.[^']+)'/g)) {
    const target = relative(SRC, join(file, '..', match[1])).split(/[\\/]/)[0];
    layers.add(target);
  }
  return [...layers];
}

const MAY_IMPORT: Record<string, readonly string[]> = {
  kpi: ['kpi'],
  functions: ['functions', 'kpi'],
  excel: ['excel', 'kpi'],
  plan: ['plan', 'excel', 'kpi'],
  taskpane: ['taskpane', 'plan', 'excel', 'kpi'],
  demo: ['demo', 'taskpane', 'plan', 'excel', 'kpi'],
};

describe('each layer imports only the layers below it', () => {
  const files = sourceFiles(SRC);
  it.each(Object.keys(MAY_IMPORT))('src/%s', (layer) => {
    const offending = files
      .filter((file) => relative(SRC, file).split(/[\\/]/)[0] === layer)
      .flatMap((file) => importedLayers(file).filter((to) => !MAY_IMPORT[layer].includes(to)).map((to) => `${relative(SRC, file)} → ${to}`));
    expect(offending).toEqual([]);
  });

  it('every src folder has a rule', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.filter((folder) => !(folder in MAY_IMPORT))).toEqual([]);
  });

  it('the engine and the planner never touch Office.js', () => {
    const offending = files
      .filter((file) => /^(kpi|plan)[\\/]/.test(relative(SRC, file)))
      .filter((file) => /\b(Excel\.run|Office\.|context\.sync)\b/.test(readFileSync(file, 'utf8')));
    expect(offending.map((file) => relative(SRC, file))).toEqual([]);
  });
});
