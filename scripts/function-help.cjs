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
  </style>
</head>
<body>
  <h1>${escapeHtml(namespace)} worksheet functions</h1>
  <p>Every function takes a cell or a range; a range gives one answer per cell, spilled in the range's shape.</p>
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
