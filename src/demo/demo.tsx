/**
 * Entry of dist/demo.html. The current workbook is also on `window.kpiDemo`, for anyone
 * curious in the browser's console and for the end-to-end test, which reads what the pane
 * wrote from it.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { MemoryWorkbookHost } from '../excel/memory-host';
import { DemoPage } from './DemoPage';
import { demoWorkbook } from './demo-workbook';

declare global {
  interface Window {
    kpiDemo?: { host: MemoryWorkbookHost };
  }
}

function freshWorkbook(): MemoryWorkbookHost {
  const host = new MemoryWorkbookHost(demoWorkbook());
  window.kpiDemo = { host };
  return host;
}

function Demo() {
  const [opened, setOpened] = useState(() => ({ host: freshWorkbook(), generation: 0 }));
  const reset = () => setOpened(({ generation }) => ({ host: freshWorkbook(), generation: generation + 1 }));
  // A fresh workbook remounts the pane too, as opening another file would.
  return <DemoPage key={opened.generation} host={opened.host} onReset={reset} />;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <Demo />
    </FluentProvider>,
  );
}
