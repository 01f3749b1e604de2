/**
 * `nianbao html FILE -o OUT.html` (../shared/spec/cli.md): the report as one self-contained web page for the
 * 政府信息公开专栏 (inline styles, no script, no outside resource).
 */
import { reportHtml } from '../../shared/export/reportHtml.js';
import { documentCommand } from './documentCommand.js';

export const htmlCommand = documentCommand.bind(null, {
  missingOutput: '缺少输出文件：请用 -o 指定，如 nianbao html 报告.nianbao.json -o 报告.html',
  render: reportHtml,
});
