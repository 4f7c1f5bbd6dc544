/** Shown when the pane's page is opened somewhere other than Excel. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export function OutsideExcelNotice() {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>This pane works inside Excel.</MessageBarTitle> Open it in Excel with Home &gt; KPI RAG &gt; RAG rate KPIs.
      </MessageBarBody>
    </MessageBar>
  );
}
