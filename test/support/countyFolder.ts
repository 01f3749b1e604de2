/**
 * The generated county written to a folder as a county office receives it: exchange files in subfolders, one
 * unit that sent the PDF this app made, a damaged file, a damaged PDF, a file of 50 MB, a symlink loop, a report
 * of last year, a Word file that is not ours to read, and the roster as text.
 */
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { renderReportPdf } from '../../electron/services/pdf/renderReport.js';
import { cleanReport, makeCounty, type County } from './county.js';
import { seededRandom } from './random.js';

export const PDF_UNIT = '示例县人民政府';

export interface CountyFolder {
  readonly county: County;
  readonly dir: string;
  readonly rosterFile: string;
  /** Relative paths of the files that must be listed as unusable. */
  readonly unusable: readonly string[];
}

export async function writeCountyFolder(dir: string, options: { extras?: boolean } = {}): Promise<CountyFolder> {
  const county = makeCounty();
  for (const unit of county.units) {
    if (unit.report.agency === PDF_UNIT) {
      await put(dir, unit.path.replace(/\.nianbao\.json$/, '.pdf'), await renderReportPdf(unit.report));
    } else await put(dir, unit.path, writeExchangeText(unit.report));
  }
  const unusable: string[] = [];
  if (options.extras !== false) {
    await put(dir, '部门/县水利局.nianbao.json', writeExchangeText(county.units[0]!.report).slice(0, 900)); // cut off in the middle (a broken USB copy)
    await put(dir, '乡镇/损坏的报告.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 7)]));
    await put(dir, '乡镇/说明.docx', 'not ours'); // a Word file in the folder: passed over
    await put(dir, '上年/县民政局-2023.nianbao.json', writeExchangeText(cleanReport('县民政局', 'department', county.year - 1, seededRandom(3))));
    const big = join(dir, '部门/巨大的文件.json');
    await writeFile(big, '');
    await truncate(big, 50 * 1024 * 1024); // sparse: 50 MB without writing them
    await mkdir(join(dir, '乡镇/链接'), { recursive: true });
    await symlink('..', join(dir, '乡镇/链接/回到乡镇'));
    unusable.push('部门/县水利局.nianbao.json', '乡镇/损坏的报告.pdf', '上年/县民政局-2023.nianbao.json', '部门/巨大的文件.json', '乡镇/链接/回到乡镇');
  }
  const rosterFile = join(dir, '..', `${dir.split('/').pop()}-名单.txt`);
  await writeFile(rosterFile, `名称,类别\n${county.roster.map((e) => `${e.name},${e.level}`).join('\n')}\n`);
  return { county, dir, rosterFile, unusable };
}

async function put(dir: string, path: string, data: string | Buffer): Promise<void> {
  const full = join(dir, path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, data);
}
