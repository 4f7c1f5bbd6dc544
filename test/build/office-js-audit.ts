/**
 * The audit of the Office.js the add-in uses: every member src/ touches, with the requirement
 * set it needs. requirement-sets.test.ts holds it to the code (nothing used goes unlisted,
 * nothing listed goes unused), to the typings' "[Api set: …]" notes, and to manifest.xml,
 * whose <Set> versions must be exactly the newest sets of the members called unconditionally.
 *
 * An entry is the set as the manifest names it ("ExcelApi 1.9"), or null for the common API
 * (Office.onReady, context.sync…), which is in no set. An object entry says more:
 * - guard: the member is called only when `isSetSupported` says the set is there, and the
 *   code does without it otherwise;
 * - why: the set is newer than the typings' note, for the way the code calls the member;
 * - typingsSay: the typings' note, where the set is older than it and Microsoft's docs say why.
 */
import { OUTLINE_REQUIREMENT } from '../../src/excel/office-host';

export interface AuditedNeed {
  set: string;
  guard?: { set: string; version: string };
  why?: string;
  typingsSay?: string;
}

export type AuditEntry = string | null | AuditedNeed;

export const OFFICE_JS_AUDIT: Record<string, AuditEntry> = {
  // The common API and the batch machinery: in every Office that runs add-ins.
  'Office.onReady': null,
  'Office.onReady.host': null,
  'Office.HostType': null,
  'Office.HostType.Excel': null,
  'Office.context': null,
  'Office.Context.officeTheme': null,
  'Office.OfficeTheme.bodyBackgroundColor': null,
  'Office.Context.requirements': null,
  'Office.RequirementSetSupport.isSetSupported': null,
  'Excel.run': null,
  'Excel.RequestContext.workbook': null,
  'OfficeExtension.ClientRequestContext.sync': null,
  'OfficeExtension.ClientObject.isNullObject': null,

  // Custom functions: errors returned inside result arrays.
  'CustomFunctions.Error': 'CustomFunctionsRuntime 1.2',
  'CustomFunctions.ErrorCode': null,
  'CustomFunctions.ErrorCode.invalidValue': {
    set: 'CustomFunctionsRuntime 1.2',
    typingsSay: 'CustomFunctionsRuntime 1.3',
    why: 'CustomFunctions.Error came in 1.2 with the first error codes (#VALUE!, #N/A, #DIV/0!, #NUM!, #NULL!); 1.3 added new ones (custom-functions-requirement-sets, "Requirement set history")',
  },

  'Excel.Workbook.getActiveCell': 'ExcelApi 1.7',
  'Excel.Workbook.settings': 'ExcelApi 1.4',
  'Excel.Workbook.tables': 'ExcelApi 1.1',
  'Excel.Workbook.worksheets': 'ExcelApi 1.1',
  'Excel.WorksheetCollection.add': 'ExcelApi 1.1',
  'Excel.WorksheetCollection.getItem': 'ExcelApi 1.1',
  'Excel.WorksheetCollection.getItemOrNullObject': 'ExcelApi 1.4',
  'Excel.WorksheetCollection.items': 'ExcelApi 1.1',
  'Excel.WorksheetCollection.load': 'ExcelApi 1.1',
  'Excel.Interfaces.WorksheetCollectionLoadOptions.charts': 'ExcelApi 1.1',
  'Excel.Interfaces.WorksheetCollectionLoadOptions.name': 'ExcelApi 1.1',
  'Excel.Interfaces.WorksheetCollectionLoadOptions.visibility': 'ExcelApi 1.1',
  'Excel.Interfaces.ChartCollectionLoadOptions.name': 'ExcelApi 1.1',
  'Excel.Worksheet.charts': 'ExcelApi 1.1',
  'Excel.Worksheet.getRange': 'ExcelApi 1.1',
  'Excel.Worksheet.getRangeByIndexes': 'ExcelApi 1.7',
  'Excel.Worksheet.load': 'ExcelApi 1.1',
  'Excel.Worksheet.name': 'ExcelApi 1.1',
  'Excel.Worksheet.delete': 'ExcelApi 1.1',
  'Excel.Worksheet.visibility': 'ExcelApi 1.1',
  'Excel.Worksheet.pageLayout': 'ExcelApi 1.9',
  'Excel.PageLayout.orientation': 'ExcelApi 1.9',
  'Excel.PageLayout.zoom': 'ExcelApi 1.9',
  'Excel.PageLayout.setPrintTitleRows': 'ExcelApi 1.9',
  'Excel.PageLayout.setPrintTitleColumns': 'ExcelApi 1.9',
  'Excel.PageLayoutZoomOptions.horizontalFitToPages': 'ExcelApi 1.9',
  'Excel.PageLayoutZoomOptions.verticalFitToPages': 'ExcelApi 1.9',

  'Excel.Range.clear': 'ExcelApi 1.1',
  'Excel.Range.columnCount': 'ExcelApi 1.1',
  'Excel.Range.columnHidden': 'ExcelApi 1.2',
  'Excel.Range.columnIndex': 'ExcelApi 1.1',
  'Excel.Range.conditionalFormats': 'ExcelApi 1.6',
  'Excel.Range.dataValidation': 'ExcelApi 1.8',
  'Excel.Range.format': 'ExcelApi 1.1',
  'Excel.Range.formulas': 'ExcelApi 1.1',
  'Excel.Range.getSurroundingRegion': 'ExcelApi 1.7',
  'Excel.Range.getTables': 'ExcelApi 1.9',
  'Excel.Range.formulasR1C1': 'ExcelApi 1.2',
  'Excel.Range.autoFill': 'ExcelApi 1.9',
  'Excel.Range.load': 'ExcelApi 1.1',
  'Excel.Range.numberFormat': 'ExcelApi 1.1',
  'Excel.Range.rowCount': 'ExcelApi 1.1',
  'Excel.Range.rowIndex': 'ExcelApi 1.1',
  'Excel.Range.values': 'ExcelApi 1.1',
  'Excel.Range.worksheet': 'ExcelApi 1.1',
  // Outline grouping of the helper columns: without it they are left ungrouped.
  'Excel.Range.group': { set: 'ExcelApi 1.10', guard: OUTLINE_REQUIREMENT },
  'Excel.Range.hideGroupDetails': { set: 'ExcelApi 1.10', guard: OUTLINE_REQUIREMENT },
  'Excel.Range.ungroup': { set: 'ExcelApi 1.10', guard: OUTLINE_REQUIREMENT },
  'Excel.RangeFormat.autofitColumns': 'ExcelApi 1.2',
  'Excel.RangeFormat.columnWidth': 'ExcelApi 1.2',
  'Excel.RangeFormat.wrapText': 'ExcelApi 1.1',
  'Excel.RangeFormat.font': 'ExcelApi 1.1',
  'Excel.RangeFont.bold': 'ExcelApi 1.1',

  'Excel.ConditionalFormatCollection.add': 'ExcelApi 1.6',
  'Excel.ConditionalFormatCollection.clearAll': 'ExcelApi 1.6',
  'Excel.ConditionalFormat.cellValue': 'ExcelApi 1.6',
  'Excel.CellValueConditionalFormat.format': 'ExcelApi 1.6',
  'Excel.CellValueConditionalFormat.rule': 'ExcelApi 1.6',
  'Excel.ConditionalCellValueRule.formula1': 'ExcelApi 1.6',
  'Excel.ConditionalCellValueRule.operator': 'ExcelApi 1.6',
  'Excel.ConditionalRangeFormat.fill': 'ExcelApi 1.6',
  'Excel.ConditionalRangeFormat.font': 'ExcelApi 1.6',
  'Excel.ConditionalRangeFill.color': 'ExcelApi 1.6',
  'Excel.ConditionalRangeFont.color': 'ExcelApi 1.6',

  'Excel.DataValidation.clear': 'ExcelApi 1.8',
  'Excel.DataValidation.errorAlert': 'ExcelApi 1.8',
  'Excel.DataValidationErrorAlert.showAlert': 'ExcelApi 1.8',
  'Excel.DataValidationErrorAlert.style': 'ExcelApi 1.8',
  'Excel.DataValidationErrorAlert.title': 'ExcelApi 1.8',
  'Excel.DataValidationErrorAlert.message': 'ExcelApi 1.8',
  'Excel.DataValidation.load': 'ExcelApi 1.8',
  'Excel.DataValidation.rule': 'ExcelApi 1.8',
  'Excel.DataValidation.type': 'ExcelApi 1.8',
  'Excel.DataValidationRule.list': 'ExcelApi 1.8',
  'Excel.ListDataValidation.inCellDropDown': 'ExcelApi 1.8',
  'Excel.ListDataValidation.source': 'ExcelApi 1.8',

  'Excel.TableCollection.getItem': 'ExcelApi 1.1',
  'Excel.TableCollection.getItemOrNullObject': 'ExcelApi 1.4',
  'Excel.TableScopedCollection.items': 'ExcelApi 1.9',
  'Excel.TableScopedCollection.load': 'ExcelApi 1.9',
  'Excel.Table.columns': 'ExcelApi 1.1',
  'Excel.Table.getDataBodyRange': 'ExcelApi 1.1',
  'Excel.Table.getHeaderRowRange': 'ExcelApi 1.1',
  'Excel.Table.load': 'ExcelApi 1.1',
  'Excel.Table.name': 'ExcelApi 1.1',
  'Excel.Table.showHeaders': 'ExcelApi 1.1',
  'Excel.Table.worksheet': 'ExcelApi 1.2',
  'Excel.TableColumnCollection.add': { set: 'ExcelApi 1.4', why: 'appending with index -1 and naming the column at creation came in 1.4' },
  'Excel.TableColumnCollection.getItemAt': 'ExcelApi 1.1',
  'Excel.TableColumn.delete': 'ExcelApi 1.1',

  'Excel.SettingCollection.add': 'ExcelApi 1.4',
  'Excel.SettingCollection.getItemOrNullObject': 'ExcelApi 1.4',
  'Excel.Setting.delete': 'ExcelApi 1.4',
  'Excel.Setting.load': 'ExcelApi 1.4',
  'Excel.Setting.value': 'ExcelApi 1.4',

  'Excel.ChartCollection.add': 'ExcelApi 1.1',
  'Excel.ChartCollection.items': 'ExcelApi 1.1',
  'Excel.Chart.delete': 'ExcelApi 1.1',
  'Excel.Chart.legend': 'ExcelApi 1.1',
  'Excel.Chart.setPosition': 'ExcelApi 1.1',
  'Excel.Chart.title': 'ExcelApi 1.1',
  'Excel.ChartLegend.visible': 'ExcelApi 1.1',
  'Excel.ChartTitle.text': 'ExcelApi 1.1',
  // XmR charts: every series set explicitly, drawn as a line, dashed, or markers only.
  'Excel.Chart.series': 'ExcelApi 1.1',
  'Excel.ChartSeriesCollection.getItemAt': 'ExcelApi 1.1',
  'Excel.ChartSeriesCollection.add': 'ExcelApi 1.7',
  'Excel.ChartSeries.name': 'ExcelApi 1.1',
  'Excel.ChartSeries.setValues': 'ExcelApi 1.7',
  'Excel.ChartSeries.setXAxisValues': 'ExcelApi 1.7',
  'Excel.ChartSeries.format': 'ExcelApi 1.1',
  'Excel.ChartSeries.markerStyle': 'ExcelApi 1.7',
  'Excel.ChartSeries.markerBackgroundColor': 'ExcelApi 1.7',
  'Excel.ChartSeries.markerForegroundColor': 'ExcelApi 1.7',
  'Excel.ChartSeriesFormat.line': 'ExcelApi 1.1',
  'Excel.ChartLineFormat.color': 'ExcelApi 1.1',
  'Excel.ChartLineFormat.lineStyle': 'ExcelApi 1.7',
};
