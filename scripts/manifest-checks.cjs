/**
 * Checks of the add-in manifest, shared by `npm run validate` and the tests.
 *
 * Two kinds of check:
 * - schema: Microsoft's XSDs (read from ../shared when present) through xmllint-wasm,
 *   offline, since the `office-addin-manifest validate` service is not reachable;
 * - semantics, always: what the schema cannot see, and what breaks a shared-runtime
 *   add-in silently in Excel — a resid that resolves to nothing, a custom-functions Page
 *   that is not the shared runtime's page, a wrong namespace, a URL off the base.
 */
'use strict';

const fs = require('fs');
const path = require('path');

const REPO_ROOT = path.resolve(__dirname, '..');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

// ---------------------------------------------------------------------------------------
// A small XML reader: enough for a manifest (elements, attributes, text, comments,
// CDATA, declarations). Well-formedness errors throw with a line number.

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return name in ENTITIES ? ENTITIES[name] : whole;
  });
}

/**
 * The document element of `xml` as `{ name, localName, attributes, children, text, line }`.
 * `children` holds elements only; `text` is the element's own text, trimmed.
 */
function parseXml(xml) {
  const lineAt = (index) => xml.slice(0, index).split('\n').length;
  const fail = (message, index) => {
    throw new Error(`Malformed XML at line ${lineAt(index)}: ${message}`);
  };
  const stack = [];
  let root = null;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? xml.length : lt;
    if (stack.length && textEnd > i) stack[stack.length - 1].text += decodeEntities(xml.slice(i, textEnd));
    if (lt === -1) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) fail('unterminated comment', lt);
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end === -1) fail('unterminated CDATA section', lt);
      if (stack.length) stack[stack.length - 1].text += xml.slice(lt + 9, end);
      i = end + 3;
    } else if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt);
      if (end === -1) fail('unterminated declaration', lt);
      i = end + 1;
    } else if (xml.startsWith('</', lt)) {
      const end = xml.indexOf('>', lt);
      const name = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) fail(`</${name}> does not close <${open ? open.name : '(nothing)'}>`, lt);
      open.text = open.text.trim();
      i = end + 1;
    } else {
      const tag = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(xml.slice(lt));
      if (!tag) fail('unreadable start tag', lt);
      const [whole, name, attributeText, selfClosing] = tag;
      const attributes = {};
      for (const a of attributeText.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1] in attributes) fail(`attribute ${a[1]} repeated on <${name}>`, lt);
        attributes[a[1]] = decodeEntities(a[2] ?? a[3]);
      }
      const element = { name, localName: name.slice(name.indexOf(':') + 1), attributes, children: [], text: '', line: lineAt(lt) };
      if (stack.length) stack[stack.length - 1].children.push(element);
      else if (root) fail('more than one document element', lt);
      else root = element;
      if (!selfClosing) stack.push(element);
      i = lt + whole.length;
    }
  }
  if (stack.length) fail(`<${stack[stack.length - 1].name}> is never closed`, xml.length);
  if (!root) fail('no document element', 0);
  return root;
}

/** Every element below (and including) `element`, in document order, with its ancestors. */
function* walk(element, ancestors = []) {
  yield { element, ancestors };
  for (const child of element.children) yield* walk(child, [...ancestors, element]);
}

const child = (element, localName) => element && element.children.find((c) => c.localName === localName);
const xsiType = (element) => element.attributes['xsi:type'];

// ---------------------------------------------------------------------------------------
// Semantic checks.

/** Where each kind of resource lives under <Resources>, and the element name of its entries. */
const RESOURCE_KINDS = { Images: 'image', Urls: 'URL', ShortStrings: 'short string', LongStrings: 'long string' };

/** Which kind of resource an element's resid must name. */
function expectedKind(localName) {
  if (['Runtime', 'FunctionFile', 'SourceLocation', 'LearnMoreUrl'].includes(localName)) return 'URL';
  if (localName === 'Image') return 'image';
  if (['Label', 'Title', 'Namespace'].includes(localName)) return 'short string';
  if (localName === 'Description') return 'long string';
  return null;
}

function describeAt(element) {
  return `<${element.name}> (line ${element.line})`;
}

/**
 * Checks a manifest's text for the mistakes the schema cannot catch. Returns the problems
 * found (empty when none), the base URL every URL was held to, and the URLs themselves.
 *
 * options.baseUrl: the base every URL must start with; by default the folder of the
 *   DefaultSettings SourceLocation (where taskpane.html is served).
 * options.namespace: the custom functions' namespace, "KPI" by default.
 * options.allowHttpLoopback: accept http://localhost (the `npm start` fallback).
 */
function checkManifestSemantics(xml, options = {}) {
  const namespace = options.namespace || 'KPI';
  const problems = [];
  let root;
  try {
    root = parseXml(xml);
  } catch (error) {
    return { problems: [error.message], baseUrl: null, urls: [] };
  }
  if (root.localName !== 'OfficeApp' || xsiType(root) !== 'TaskPaneApp') {
    problems.push(`The document element must be <OfficeApp xsi:type="TaskPaneApp">, not <${root.name}> of type ${xsiType(root)}.`);
  }
  const hosts = child(root, 'Hosts');
  if (!hosts || !hosts.children.some((h) => h.attributes.Name === 'Workbook')) problems.push('<Hosts> must list <Host Name="Workbook"/> (Excel).');

  // Resources, by kind and id.
  const overrides = child(root, 'VersionOverrides');
  const resources = new Map(Object.values(RESOURCE_KINDS).map((kind) => [kind, new Map()]));
  const resourcesElement = child(overrides, 'Resources');
  for (const group of resourcesElement ? resourcesElement.children : []) {
    const kind = RESOURCE_KINDS[group.localName];
    if (!kind) continue;
    for (const entry of group.children) {
      const id = entry.attributes.id;
      if (!id) problems.push(`${describeAt(entry)} in <${group.name}> has no id.`);
      else if (resources.get(kind).has(id)) problems.push(`The ${kind} resource id "${id}" is defined twice (line ${entry.line}).`);
      else resources.get(kind).set(id, entry.attributes.DefaultValue);
    }
  }

  // Every resid resolves, to a resource of the kind its element needs.
  const residsOf = { runtime: [], functionFile: [], page: [], taskpaneAction: [] };
  let customFunctions = null;
  for (const { element, ancestors } of walk(root)) {
    if (element.localName === 'ExtensionPoint' && xsiType(element) === 'CustomFunctions') customFunctions = element;
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    const kind = expectedKind(element.localName);
    const kinds = kind ? [kind] : [...resources.keys()];
    if (!kinds.some((k) => resources.get(k).has(resid))) {
      const elsewhere = [...resources.keys()].filter((k) => resources.get(k).has(resid));
      problems.push(
        `${describeAt(element)} has resid="${resid}", which matches no ${kinds.join(' or ')} resource` +
          (elsewhere.length ? ` (it is a ${elsewhere.join(', ')} resource).` : '.'),
      );
    }
    const parent = ancestors[ancestors.length - 1];
    if (element.localName === 'Runtime') residsOf.runtime.push(resid);
    if (element.localName === 'FunctionFile') residsOf.functionFile.push(resid);
    if (element.localName === 'SourceLocation' && parent && parent.localName === 'Page') residsOf.page.push(resid);
    if (element.localName === 'SourceLocation' && parent && xsiType(parent) === 'ShowTaskpane') residsOf.taskpaneAction.push(resid);
  }

  // One shared runtime: the Runtime, FunctionFile, custom-functions Page and task pane button share one page.
  if (residsOf.runtime.length !== 1) problems.push(`Expected exactly one <Runtime>, found ${residsOf.runtime.length}.`);
  if (!customFunctions) problems.push('No <ExtensionPoint xsi:type="CustomFunctions"> is declared.');
  const shared = residsOf.runtime[0];
  const mustShare = [
    ['The <FunctionFile>', residsOf.functionFile],
    ['The custom-functions <Page> <SourceLocation>', residsOf.page],
    ['The ShowTaskpane <SourceLocation>', residsOf.taskpaneAction],
  ];
  for (const [what, resids] of mustShare) {
    if (resids.length === 0) problems.push(`${what} is missing; the shared runtime needs it.`);
    for (const resid of resids) {
      if (shared !== undefined && resid !== shared) {
        problems.push(`${what} uses resid="${resid}" but the <Runtime> uses "${shared}"; a shared runtime needs one page for both.`);
      }
    }
  }
  for (const { element } of walk(root)) {
    if (element.localName === 'Runtime' && element.attributes.lifetime !== 'long') {
      problems.push(`${describeAt(element)} must have lifetime="long" for the custom functions and task pane to share it.`);
    }
  }

  // The functions' namespace.
  if (customFunctions) {
    for (const part of ['Script', 'Page', 'Metadata']) {
      if (!child(customFunctions, part)) problems.push(`The CustomFunctions extension point has no <${part}>.`);
    }
    const namespaceElement = child(customFunctions, 'Namespace');
    const value = namespaceElement && resources.get('short string').get(namespaceElement.attributes.resid);
    if (value !== namespace) {
      problems.push(`The custom functions' <Namespace> must resolve to "${namespace}", but resolves to ${value === undefined ? 'nothing' : `"${value}"`}.`);
    }
  }

  // URLs: all HTTPS, all under one base.
  const urls = [];
  const holdsUrl = (element, ancestors) =>
    ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].includes(element.localName) ||
    (element.localName === 'SourceLocation' && element.attributes.resid === undefined) ||
    (['Image', 'Url'].includes(element.localName) && ancestors.some((a) => a.localName === 'Resources'));
  for (const { element, ancestors } of walk(root)) {
    if (!holdsUrl(element, ancestors)) continue;
    if (element.attributes.DefaultValue !== undefined) urls.push({ url: element.attributes.DefaultValue, where: describeAt(element) });
    for (const override of element.children.filter((c) => c.localName === 'Override')) {
      if (override.attributes.Value !== undefined) urls.push({ url: override.attributes.Value, where: describeAt(override) });
    }
  }
  const defaultPage = child(child(root, 'DefaultSettings'), 'SourceLocation');
  let baseUrl = options.baseUrl ? options.baseUrl.replace(/\/+$/, '') : null;
  if (!baseUrl && defaultPage && defaultPage.attributes.DefaultValue) baseUrl = defaultPage.attributes.DefaultValue.replace(/\/[^/]*$/, '');
  if (!baseUrl) problems.push('<DefaultSettings><SourceLocation DefaultValue="…"/> is missing, so the base URL is unknown.');
  for (const { url, where } of urls) {
    let parsed = null;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where} has "${url}", which is not an absolute URL.`);
      continue;
    }
    const loopbackHttp = parsed.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(parsed.hostname);
    if (parsed.protocol !== 'https:' && !(options.allowHttpLoopback && loopbackHttp)) problems.push(`${where} has "${url}", which is not HTTPS.`);
    if (baseUrl && !url.startsWith(`${baseUrl}/`)) problems.push(`${where} has "${url}", which is not under the base URL ${baseUrl}/.`);
  }
  return { problems, baseUrl, urls: urls.map((u) => u.url) };
}

// ---------------------------------------------------------------------------------------
// Schema validation.

/**
 * The folder of Microsoft's manifest XSDs: MANIFEST_XSD_DIR when set (and only it), else
 * ../shared/reference/manifest-xsd; null when the folder lacks the main schema.
 */
function findManifestXsdDir(env = process.env) {
  const dir = env.MANIFEST_XSD_DIR || path.resolve(REPO_ROOT, '..', 'shared', 'reference', 'manifest-xsd');
  return fs.existsSync(path.join(dir, MAIN_SCHEMA)) ? dir : null;
}

/**
 * Validates a manifest's text against OfficeAppManifestV1_1.xsd, with the other XSDs of
 * `xsdDir` preloaded for its imports. Resolves to { valid, errors } with xmllint's messages.
 */
async function validateManifestSchema(xml, xsdDir) {
  const { validateXML } = require('xmllint-wasm');
  const read = (name) => ({ fileName: name, contents: fs.readFileSync(path.join(xsdDir, name), 'utf8') });
  const others = fs.readdirSync(xsdDir).filter((name) => name.endsWith('.xsd') && name !== MAIN_SCHEMA);
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [read(MAIN_SCHEMA)],
    preload: others.map(read),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage || e.message) };
}

module.exports = { parseXml, checkManifestSemantics, findManifestXsdDir, validateManifestSchema };
