/**
 * Task pane entry point, loaded by taskpane.html (the page that also runs the custom
 * functions). Once Office is ready it mounts the pane on Excel, in a theme that follows
 * Office's; opened anywhere else it says where the pane works.
 */
import { OfficeWorkbookHost } from '../excel/office-host';
import { mountOutsideExcelNotice, mountTaskPane } from './mount-task-pane';
import { themeForOffice } from './office-theme';

export { mountTaskPane };

async function start(element: HTMLElement): Promise<void> {
  const info = typeof Office === 'undefined' ? null : await Office.onReady();
  if (info === null || info.host !== Office.HostType.Excel) {
    mountOutsideExcelNotice(element);
    return;
  }
  mountTaskPane(element, new OfficeWorkbookHost(), themeForOffice(Office.context.officeTheme?.bodyBackgroundColor));
}

const root = document.getElementById('root');
if (root) void start(root);
