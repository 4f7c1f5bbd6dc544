/**
 * Real headless Chromium for end-to-end tests: Debian's `chromium` driven by playwright-core
 * (Playwright's own browser download fails on these machines), and dist/ served on a free
 * localhost port. Without Chromium the tests skip with a notice, unless REQUIRE_BROWSER=1
 * (set by CI), when they fail instead.
 */
import * as fs from 'fs';
import * as http from 'http';
import { type AddressInfo } from 'net';
import * as path from 'path';
import { type Browser, type Locator, type Page, chromium } from 'playwright-core';
import { DIST, ROOT } from './dist';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM = CANDIDATES.find((candidate): candidate is string => Boolean(candidate) && fs.existsSync(candidate!)) ?? null;

/** `describe`, or `describe.skip` with a notice when there is no Chromium (CI must have it). */
export function describeWithBrowser(name: string, body: () => void): void {
  if (CHROMIUM) return describe(name, body);
  if (process.env.REQUIRE_BROWSER === '1') {
    return describe(name, () => it('needs Chromium (REQUIRE_BROWSER=1)', () => {
      throw new Error('Chromium is not installed: apt-get install chromium (or set CHROMIUM_PATH).');
    }));
  }
  console.warn(`NOTICE: Chromium is not installed (apt-get install chromium); "${name}" is skipped.`);
  return describe.skip(name, body);
}

/** As root on a closed network: no sandbox, no GPU, and none of Chromium's own connections. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM!, args: FLAGS });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml' };

/** Serves dist/ on 127.0.0.1; resolves to its origin and a function that stops it. */
export async function serveDist(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const file = path.join(DIST, path.normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Screenshots and reports go here; CI keeps the folder as the run's artefacts. */
export const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });
}

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (every rule, colour contrast included) in the page; returns what it found.
 * Fluent's focus manager (Tabster) puts focusable, aria-hidden sentinels at the edges of
 * focus zones; they hand focus on at once, so no one rests on them, and axe is told to
 * leave them out rather than report them as hidden focusable content.
 */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const { violations } = await axe.run({ exclude: [['[data-tabster-dummy]']] });
    return violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** Presses Tab until `isTarget` holds for the focused element; fails after `limit` presses. */
export async function tabUntil(page: Page, isTarget: () => Promise<boolean>, what: string, limit = 80): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await isTarget()) return presses;
  }
  throw new Error(`Tab never reached ${what} in ${limit} presses.`);
}

/** Serious and critical findings, which must be none; lesser ones are listed in the test's output. */
export function blocking(findings: AxeFinding[]): string[] {
  const minor = findings.filter((f) => f.impact !== 'serious' && f.impact !== 'critical');
  if (minor.length) console.log(`axe (moderate/minor): ${minor.map((f) => `${f.id} ${f.targets.length}×`).join('; ')}`);
  return findings.filter((f) => !minor.includes(f)).map((f) => `${f.id} (${f.impact}): ${f.help} at ${f.targets.slice(0, 5).join(', ')}`);
}

/** Whether the element, or something in it, has the focus. */
export const isFocused = (locator: Locator) => () => locator.evaluate((element) => element === document.activeElement || element.contains(document.activeElement));

/** Waits (briefly) for a locator's text to contain `text`, then asserts it. */
export async function expectText(locator: Locator, text: string | RegExp): Promise<void> {
  const matches = (content: string) => (typeof text === 'string' ? content.includes(text) : text.test(content));
  const deadline = Date.now() + 5000;
  let content = '';
  while (Date.now() < deadline) {
    content = (await locator.textContent()) ?? '';
    if (matches(content)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(content).toEqual(expect.stringMatching(text));
}
