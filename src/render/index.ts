// Rendering of chart specs without a browser (SVG via vega, PNG via resvg) and writing of spec folders; uses node.
export { specToSvg, svgToPng, type PngOptions } from './render-spec.js';
export {
  findSpecFiles,
  plotFolder,
  plotSpecFile,
  readSpec,
  PLOT_FORMATS,
  SpecFileError,
  type PlotFormat,
  type PlottedChart,
} from './plot-folder.js';
export { writeChartSpecs, CHARTS_FOLDER } from './write-chart-specs.js';
export { chartFontFiles, CHART_FONT } from './fonts.js';
export { packageFile } from './package-file.js';
export { parseEnsembleCsv } from './ensemble-csv.js';
export { folderChartSpecs, refreshFolderCharts } from './folder-charts.js';
export { readFolderData, folderKind, findScenarios, FolderDataError, type FolderData } from './folder-data.js';
export { chartTextWidth } from './text-width.js';
