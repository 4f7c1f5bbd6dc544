/**
 * The custom functions' help page, and their metadata fitted to where the add-in is hosted.
 *
 * Each function's JSDoc gives a `@helpurl` on the development base
 * (https://localhost:3000/help.html#kpirag). At build time this plugin moves those URLs
 * onto ADDIN_BASE_URL in functions.json and writes help.html with one section per
 * function, its id the URL's fragment, so Excel's "Help on this function" link lands on
 * the text analysts already see in autocomplete.
 */
'use strict';

const { Compilation, sources } = require('webpack');
const { rebase } = require('./addin-base-url.cjs');
const METHOD_NOTES = require('./function-method-notes.cjs');

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The anchor a function's help URL points at: its fragment, else kpi + the id in lower case. */
function helpAnchor(fn, namespace) {
  const hash = fn.helpUrl ? fn.helpUrl.indexOf('#') : -1;
  return hash >= 0 ? fn.helpUrl.slice(hash + 1) : `${namespace}${fn.id}`.toLowerCase();
}

/**
 * The rules every function follows, in the analyst's words. The defaults table must match
 * src/kpi/default-tolerances.ts (DEFAULT_TOLERANCE_TEXT); a test checks that it does.
 */
const RULES = `  <section id="rules">
    <h2>Rules every function follows</h2>
    <p>Every function takes a cell or a range; a range gives one answer per cell, spilled in the range's shape.
    KPI.RATE_CI and KPI.PROPORTION_CI give two limits per cell: a column of n counts spills n rows of lower, upper;
    a row of n spills two rows (lower limits above upper ones); a single cell spills one row of two.</p>
    <p><strong>Operators are inclusive.</strong> <code>&gt;11%</code> means at least 11% (11.0% meets it);
    <code>&lt;553</code> means at most 553.</p>
    <p><strong>A blank polarity</strong> takes the target's operator: <code>&gt;11%</code> is High, <code>&lt;553</code> is Low,
    <code>56-61%</code> is Band. With no target (N/A, TBC, Monitor, blank) the row is N/A. Beside a plain target such as
    <code>86%</code> a blank polarity is an error that asks for High, Low, Band or Target, or Context to leave the row unrated.</p>
    <table>
      <caption>Default tolerances, the same in the functions and the task pane</caption>
      <thead><tr><th scope="col">Row</th><th scope="col">Green</th><th scope="col">Amber</th></tr></thead>
      <tbody>
        <tr><td>Percentage: the target or actual written with % (in the pane, also a cell formatted as %)</td><td>0pp</td><td>5pp (5 percentage points)</td></tr>
        <tr><td>Any other</td><td>0%</td><td>5% (5% of the target)</td></tr>
      </tbody>
    </table>
    <p><strong>Tolerances that cannot be meant are errors:</strong> a plain number above 1 on a percentage (2 against 86% is 200 points:
    did you mean 2pp?), points on a measure that is plainly not a percentage (5pp on a count of 553), a green tolerance wider
    than the amber one, a negative tolerance.</p>
    <p><strong>Units must agree</strong> wherever two figures are compared (actual and target, current and previous, value,
    limits and benchmark, value and comparators, values over time and their target in KPI.ASSURANCE): 84 beside 86% is refused as a whole number of percent, with both readings.
    Figures above 100% are fine: 1.04 against &gt;50.8% is 104%.</p>
    <p><strong>Figures in text</strong> are read as an analyst reads them: <code>2019/20: 45%</code> and <code>2019/20 - 45%</code> are 45%,
    <code>Q1 126 Q2 134 Q3 155 Awaiting Q4</code> is 155 (the latest quarter), <code>1 234</code> is 1234, <code>45pc</code> is 45%,
    <code>1e3</code> is 1000, <code>£ 17.8 m</code> is 17,800,000. A fraction (<code>119/169</code>), a date
    (<code>01/04/2021</code>), digits grouped as no number is written (<code>1,2345</code>, <code>12,34</code>), a figure with a hedge or bound in front
    (<code>c. 50</code>, <code>~50</code>, an actual of <code>&gt;90%</code>) or, for a single figure, a band (<code>56-61%</code>) is an error that says what it looks like.
    A target of <code>100 ± 5</code> is the band 95 to 105.</p>
  </section>`;

/** The "Method" list of a function whose choices need stating, or nothing. */
function methodNotes(id) {
  const items = METHOD_NOTES[id];
  if (!items || items.length === 0) return '';
  return `\n    <h3>Method</h3>\n    <ul>\n${items.map((item) => `      <li>${escapeHtml(item)}</li>`).join('\n')}\n    </ul>`;
}

/** help.html for the functions in functions.json's `metadata`. */
function renderHelpPage(metadata, namespace) {
  const sections = metadata.functions.map((fn) => {
    const parameters = fn.parameters || [];
    const signature = parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
    const rows = parameters
      .map((p) => `      <dt><code>${escapeHtml(p.name)}</code>${p.optional ? ' (optional)' : ''}</dt>\n      <dd>${escapeHtml(p.description || '')}</dd>`)
      .join('\n');
    return `  <section id="${escapeHtml(helpAnchor(fn, namespace))}">
    <h2>${escapeHtml(`${namespace}.${fn.name}`)}</h2>
    <p>${escapeHtml(fn.description || '')}</p>
    <p><code>=${escapeHtml(`${namespace}.${fn.name}(${signature})`)}</code></p>
    <dl>
${rows}
    </dl>${methodNotes(fn.id)}
  </section>`;

  });
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${escapeHtml(namespace)} functions: help</title>
  <style>
    body { font-family: "Segoe UI", system-ui, sans-serif; line-height: 1.5; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
    section { border-top: 1px solid #ccc; padding-top: 0.5rem; }
    dt { font-weight: 600; }
    table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; }
  </style>
</head>
<body>
  <h1>${escapeHtml(namespace)} worksheet functions</h1>
${RULES}
${sections.join('\n')}
</body>
</html>
`;
}

class FunctionHelpPlugin {
  /** options: { metadataFile: 'functions.json', helpFile: 'help.html', baseUrl, namespace } */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { metadataFile, helpFile, baseUrl, namespace } = this.options;
    compiler.hooks.thisCompilation.tap('FunctionHelpPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'FunctionHelpPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset(metadataFile);
        if (!asset) return; // the metadata plugin has already reported why
        const metadata = JSON.parse(rebase(asset.source.source().toString(), baseUrl));
        compilation.updateAsset(metadataFile, new sources.RawSource(JSON.stringify(metadata, null, 2)));
        compilation.emitAsset(helpFile, new sources.RawSource(renderHelpPage(metadata, namespace)));
      });
    });
  }
}

module.exports = { FunctionHelpPlugin, renderHelpPage, helpAnchor };
