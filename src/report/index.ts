// The HTML report of a run or compare folder: self-contained, offline, interactive.
export { buildReportHtml, type ReportInput, type ReportLibraries } from './report-html.js';
export {
  writeReport,
  readReportInput,
  readLibraries,
  REPORT_FILE,
  ReportInputError,
  type WrittenReport,
} from './write-report.js';
export { runKeyNumbers, compareKeyNumbers, formatNumber } from './key-numbers.js';
export { orderCharts } from './chart-order.js';
