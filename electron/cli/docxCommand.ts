/**
 * `nianbao docx FILE -o OUT.docx` (../shared/spec/cli.md): the report as a Word document in the official
 * template's layout, to be edited in Word or WPS and read back by `nianbao import`.
 */
import { renderReportDocx } from '../services/export/docxReport.js';
import { documentCommand } from './documentCommand.js';

export const docxCommand = documentCommand.bind(null, {
  missingOutput: '缺少输出文件：请用 -o 指定，如 nianbao docx 报告.nianbao.json -o 报告.docx',
  render: renderReportDocx,
});
