/**
 * How the services print: a function from a report (and the sign-off sheet's data) to PDF bytes. The desktop app
 * passes one that runs in a worker thread with the fonts shipped in the installer; tests, the bridge and the CLI
 * use the in-process renderer with the fonts from node_modules.
 */
import type { Report } from '../../../shared/report/schema.js';
import { renderReportPdf, type RenderOptions } from '../pdf/renderReport.js';

export type RenderPdf = (report: Report, options: RenderOptions) => Promise<Buffer>;

export const renderInProcess: RenderPdf = (report, options) => renderReportPdf(report, options);
