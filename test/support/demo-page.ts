/**
 * The built demo page (dist/demo.html) in headless Chromium for one describe block: served,
 * opened and waiting for the pane before the block's tests, closed after them. Errors the
 * page logs are collected, for a test to check there were none.
 */
import { type Browser, type Page } from 'playwright-core';
import { type WorkbookSnapshot } from '../../src/excel/memory-host';
import { launchChromium, serveDist } from './browser';
import { ensureDist } from './dist';

export interface DemoSession {
  /** Set once the page has opened (in the block's first beforeAll). */
  page: Page;
  pageErrors: string[];
}

/** Call inside the describe block, before its own hooks. */
export function openDemoPage(): DemoSession {
  const session = { pageErrors: [] } as unknown as DemoSession;
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    ensureDist();
    server = await serveDist();
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => session.pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') session.pageErrors.push(message.text());
    });
    await page.goto(`${server.origin}/demo.html`);
    await page.getByRole('button', { name: 'Use selected table' }).waitFor();
    session.page = page;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return session;
}

/** The demo's workbook as the pane has left it. */
export function demoWorkbookIn(page: Page): Promise<WorkbookSnapshot> {
  return page.evaluate(() => window.kpiDemo!.host.snapshot());
}
