/** Reports written for the PDF tests: the seed with a signed sign-off, with a preamble, with long prose. */
import { reportFingerprint } from '../../shared/report/fingerprint.js';
import type { Report } from '../../shared/report/schema.js';
import { seedReport } from '../support/reports.js';

export const DISMISSAL = {
  rule: 'C-2',
  message: '二、行政规范性文件「现行有效件数」：上年现行有效10＋本年制发3－本年废止0＝13，但填报为11，相差2',
  reason: '上年度统计的现行有效件数中有2件已于本年到期自动失效，未列入废止件数；经法制审核核实，本年末现行有效11件',
  dismissedBy: '李明',
  dismissedAt: '2024-01-16T15:20:00+08:00',
};

export function signedSeed(): Report {
  const report = seedReport();
  return { ...report, signoff: { drafter: '王小红', reviewer: '李明', approver: '张建国', signedAt: '2024-01-18', fingerprint: reportFingerprint(report) } };
}

/** A preamble of the usual kind (statistical period, where to ask), long enough to push table 三 across a page. */
export function withLongPreamble(report: Report): Report {
  const sentence =
    '本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息公开办公室有关要求编制，' +
    '所列数据的统计期限自2023年1月1日起至2023年12月31日止。';
  return { ...report, preamble: [sentence, sentence, '如对本报告有疑问，请与本机关政务公开办公室联系（地址：巴楚县人民路1号）。'].join('\n') };
}

/** About five pages of prose in 一、总体情况: numbered paragraphs, each one different, each findable. */
export function withLongProse(report: Report, paragraphs = 40): Report {
  const topics = ['财政预决算', '重大建设项目', '公共资源配置', '社会公益事业', '乡村振兴', '生态环境', '教育医疗', '就业创业'];
  const text = Array.from({ length: paragraphs }, (_, i) => {
    const topic = topics[i % topics.length]!;
    return `第${i + 1}项工作：围绕${topic}领域，本机关持续加强信息发布、政策解读和回应关切，` +
      `全年在政府门户网站发布相关信息${(i * 37) % 211 + 12}条，组织“政府开放日”活动${(i % 5) + 1}次；` +
      `同时完善《${topic}信息公开工作规程》，明确发布、审核、归档各环节责任（编号${1000 + i}）。`;
  });
  return { ...report, sections: { ...report.sections, overview: text.join('\n') } };
}
