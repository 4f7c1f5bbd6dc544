/**
 * Mounts the pane on any `WorkbookHost`: Excel's in the add-in, the in-memory workbook on
 * the demo page. Kept apart from index.tsx, which starts the add-in when it is loaded.
 */
import { type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, type Theme, webLightTheme } from '@fluentui/react-components';
import { type WorkbookHost } from '../excel/workbook-host';
import { App } from './App';
import { OutsideExcelNotice } from './components/OutsideExcelNotice';

function mount(element: HTMLElement, content: ReactNode, theme: Theme): Root {
  const root = createRoot(element);
  root.render(<FluentProvider theme={theme}>{content}</FluentProvider>);
  return root;
}

export function mountTaskPane(element: HTMLElement, host: WorkbookHost, theme: Theme = webLightTheme): Root {
  return mount(element, <App host={host} />, theme);
}

export function mountOutsideExcelNotice(element: HTMLElement, theme: Theme = webLightTheme): Root {
  return mount(element, <OutsideExcelNotice />, theme);
}
