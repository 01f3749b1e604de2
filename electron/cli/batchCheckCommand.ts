/**
 * `nianbao check PATH... [--json]` with more than one PATH or a folder: every report found, checked in one
 * process. Exit 0 · 1 any error finding · 2 any unusable file (the others are still checked and printed).
 */
import type { Report } from '../../shared/report/schema.js';
import { checkReport, countFindings } from '../../shared/rules/engine.js';
import type { MonthDay } from '../../shared/rules/types.js';
import { collectUnits } from '../services/rollup/collect.js';
import { fingerprintMatchesNative, NATIVE_SIGNOFF_CHECKS } from '../services/rollup/fingerprint.js';
import { formatCheckText } from './format.js';
import type { Output } from './main.js';
import { messages } from './messages.js';

export interface BatchCheckArgs {
  readonly json: boolean;
  readonly deadline: MonthDay | undefined;
}

export async function batchCheckCommand(paths: readonly string[], args: BatchCheckArgs, out: Output): Promise<number> {
  const collected = await collectUnits(paths);
  const unusable = [...collected.unusable];
  const checked: { file: string; report: Report }[] = [];
  for (const source of collected.sources) {
    if (source.kind === 'report') checked.push({ file: source.file, report: source.report });
    else unusable.push({ file: source.file, message: `“${source.file}”是汇总文件，不是单位的报告；汇总文件请用 nianbao rollup 读取` });
  }
  if (collected.filesFound === 0 && unusable.length === 0) {
    unusable.push({ file: paths.join(' '), message: `在${paths.map((p) => `“${p}”`).join('、')}中没有找到任何报告文件（.nianbao.json、.json 或本软件生成的 PDF）` });
  }
  const totals = { errors: 0, warnings: 0, infos: 0 };
  const reports = checked.map(({ file, report }) => {
    const findings = checkReport(report, { deadlines: args.deadline ? { [report.level]: args.deadline } : undefined, signoffChecks: NATIVE_SIGNOFF_CHECKS });
    const counts = countFindings(findings);
    totals.errors += counts.errors;
    totals.warnings += counts.warnings;
    totals.infos += counts.infos;
    const fingerprint = report.signoff === null ? 'none' : fingerprintMatchesNative(report) ? 'ok' : 'mismatch';
    return { file, report, findings, counts, fingerprint } as const;
  });
  for (const u of unusable) out.stderr(`nianbao: ${u.message}\n`);
  if (args.json) {
    out.stdout(
      `${JSON.stringify({
        reports: reports.map((r) => ({
          file: r.file,
          agency: r.report.agency,
          level: r.report.level,
          year: r.report.year,
          status: r.report.signoff ? 'signed' : 'draft',
          fingerprint: r.fingerprint,
          errors: r.counts.errors,
          warnings: r.counts.warnings,
          infos: r.counts.infos,
          findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, cells: f.cells, message: f.message, ...(f.fields ? { fields: f.fields } : {}) })),
        })),
        unusable,
        ...totals,
      })}\n`,
    );
  } else {
    const blocks = reports.map((r) => `== ${r.file}\n${r.fingerprint === 'mismatch' ? `${messages.signedTampered}\n` : ''}${formatCheckText(r.report, r.findings)}`);
    blocks.push(`共检查${reports.length}份报告：${messages.summary(totals.errors, totals.warnings, totals.infos).replace('检查结果：', '')}；${unusable.length}个文件无法使用\n`);
    out.stdout(blocks.join('\n'));
  }
  if (unusable.length > 0) return 2;
  return totals.errors > 0 ? 1 : 0;
}
