/** Reports written for the PDF tests: the seed with a signed sign-off, with a preamble, with long prose. */
import { reportFingerprint } from '../../shared/report/fingerprint.js';
import type { Report } from '../../shared/report/schema.js';
import { seedReport } from '../support/reports.js';

export const DISMISSAL = {
  rule: 'W-2',
  message: '成文日期2024年4月2日晚于县级人民政府年度报告的公开期限（2024年3月31日）',
  reason: '县政府常务会议延期审议，经分管领导同意推迟公开',
  dismissedBy: '李明',
  dismissedAt: '2024-04-01T10:20:00+08:00',
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
