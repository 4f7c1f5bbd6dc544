/** The summary's pure pieces live in the planner; the pane takes them from there. */
export { type SummaryCategory, SUMMARY_CHART_TITLE, SUMMARY_SHEET_NAME, freeSheetName, summaryCategories } from '../plan/summary-plan';
