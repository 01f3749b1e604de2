/**
 * 一 and 五 are not last year's text again (内容雷同, 30号文工作要求（四）). The texts below are written
 * for these tests; their measured similarities are quoted at COPY_SIMILARITY_THRESHOLD in x5.ts.
 */
import { describe, expect, it } from 'vitest';
import { notCopiedFromLastYear } from '../../../shared/rules/prose/index.js';
import { cachedShingles, dice, shingles, similarity, similarityTo } from '../../../shared/rules/prose/similarity.js';
import { COPY_SIMILARITY_THRESHOLD } from '../../../shared/rules/prose/x5.js';
import { buildReport, run } from './report-builder.js';

/** Last year's 五: four problems, four promises (9 sentences). */
const LAST_PROBLEMS =
  '2022年，本机关政府信息公开工作虽然取得了一定进展，但与上级要求和群众期待相比仍有差距。' +
  '一是主动公开的深度不够，部分领域信息更新不及时，财政资金使用、重点项目推进等信息公开还停留在结果层面，过程信息发布较少。' +
  '二是政策解读形式较为单一，以文字解读为主，图表、音视频等群众喜闻乐见的解读方式运用不多，解读材料与政策文件同步发布的比例有待提高。' +
  '三是依申请公开办理能力需要加强，个别工作人员对条例理解不深，答复文书的规范性还有提升空间。' +
  '四是基层政务公开标准化规范化建设推进不平衡，部分乡镇公开目录与实际工作衔接不紧密。' +
  '针对上述问题，2023年我们将重点抓好以下工作：一是拓展主动公开范围，围绕群众关注的教育、医疗、住房等领域，及时发布政策执行和项目进展信息，做到应公开尽公开。' +
  '二是丰富政策解读方式，推行图文、视频、问答等多种形式，确保重要政策文件与解读材料同步起草、同步审签、同步发布。' +
  '三是加强业务培训，每年至少组织2次政府信息公开专题培训，提升工作人员依法答复能力，规范答复文书格式。' +
  '四是持续推进政务公开标准化规范化，动态调整公开事项目录，加强对乡镇和部门的指导检查，推动公开工作向基层延伸。';

/** Copied, with only the years and one number changed. */
const YEAR_CHANGED = LAST_PROBLEMS.replace('2022年', '2023年').replace('2023年我们', '2024年我们').replace('2次', '3次');

/** Copied, with 2 of the 9 sentences rewritten (about a fifth) and the years changed. */
const FIFTH_REWRITTEN = LAST_PROBLEMS
  .replace(
    '二是政策解读形式较为单一，以文字解读为主，图表、音视频等群众喜闻乐见的解读方式运用不多，解读材料与政策文件同步发布的比例有待提高。',
    '二是解读工作仍显被动，多数解读由起草科室临时补写，缺少专家和基层干部参与，群众读后仍有疑问的情况时有发生。',
  )
  .replace(
    '三是加强业务培训，每年至少组织2次政府信息公开专题培训，提升工作人员依法答复能力，规范答复文书格式。',
    '三是建立答复案例库，把近年办理的典型申请整理成范本，新入职人员上岗前须逐件学习，疑难申请由法制机构提前把关。',
  )
  .replace('2022年', '2023年')
  .replace('2023年我们', '2024年我们');

/** This year's 五 written afresh on the same topic, with the same boilerplate (政务公开, 标准化规范化 …). */
const REWRITTEN =
  '回顾2023年，本机关政务公开工作还存在三方面短板。' +
  '首先，公开内容与群众需求对接不够精准。网站栏目多按部门职责设置，群众查找办事指南、补贴标准等实用信息需要多次跳转，部分专栏长时间没有新内容。' +
  '其次，政府信息公开工作力量薄弱。机关仅有一名兼职人员负责网站维护和申请办理，遇到集中申请时容易出现登记不及时、材料流转慢的问题。' +
  '再次，标准化规范化成果运用不足，已编制的事项清单和公开流程在乡镇层面执行打折扣，有的村务公开栏仍在张贴过期通知。' +
  '下一步，我们将从三个方面改进：按照群众办事的路径重新梳理网站栏目，把高频查询的信息放到首页显著位置；' +
  '通过政府购买服务和内部调剂增加专职人员，建立申请办理台账，实行每周提醒、到期预警；' +
  '把事项清单执行情况纳入对乡镇的季度督查，组织开展村务公开栏集中整治，年底前完成全部点位的更新。';

/** Last year's 一 in the template's five parts. */
const LAST_OVERVIEW =
  '（一）主动公开。本机关坚持以公开为常态、不公开为例外，全年通过政府门户网站主动公开各类政府信息1260条，其中规范性文件8件，政策解读材料15篇。' +
  '围绕财政预决算、重大建设项目、社会救助等重点领域，按月更新专栏内容，确保信息发布及时准确。' +
  '（二）依申请公开。严格按照法定时限办理政府信息公开申请，统一受理登记、审核会签和答复送达流程，答复文书均载明救济途径。' +
  '（三）政府信息管理。建立公开前保密审查和合法性审查机制，对拟公开信息实行三级审核，全年未发生泄密和错误公开事件。定期清理已失效的规范性文件，在网站集中标注有效性。' +
  '（四）平台建设。优化政府门户网站政务公开专栏设置，完善站内搜索功能，推动政务新媒体与门户网站信息同源发布，全年网站平稳运行无安全事故。' +
  '（五）监督保障。将政务公开纳入年度绩效考核，聘请社会监督员开展评议，对发现的问题建立台账、限期整改，全年组织业务培训3次，参训人员120余人次。';

/** Copied, with only the numbers changed. */
const OVERVIEW_YEAR_CHANGED = LAST_OVERVIEW.replace('1260条', '1318条').replace('8件', '6件').replace('15篇', '21篇').replace('3次', '4次').replace('120余', '150余');

/** This year's 一 written afresh in the same five parts, keeping the standard 以公开为常态、不公开为例外. */
const OVERVIEW_REWRITTEN =
  '（一）主动公开。本机关坚持以公开为常态、不公开为例外，今年把公开重点放在惠民政策落地上，新开设“政策找人”专栏，按人群分类推送就业补贴、养老服务、助学资助等信息，发布各类信息1318条。' +
  '预决算、重大项目和社会救助信息改为在固定日期集中更新，并附上办理进度说明。' +
  '（二）依申请公开。申请受理后由专人登记建档，涉及多个科室的实行牵头答复、会商把关，所有答复在法定期限内送达。' +
  '（三）政府信息管理。修订信息发布审核办法，明确起草科室、办公室和分管领导各自的审核责任；对历年文件开展一次全面梳理，逐件标注现行有效、已修改或已废止。' +
  '（四）平台建设。完成门户网站适老化和无障碍改造，上线智能问答，把政务新媒体账号由九个整合为三个，统一内容审核入口。' +
  '（五）监督保障。邀请人大代表、政协委员和群众代表参加公开工作评议会，对提出的意见逐条答复，年终考核中政务公开分值提高到五分。';

/** Copied, with 4 of the 9 sentences rewritten. */
const TWO_FIFTHS_REWRITTEN = FIFTH_REWRITTEN
  .replace('一是主动公开的深度不够，部分领域信息更新不及时，财政资金使用、重点项目推进等信息公开还停留在结果层面，过程信息发布较少。',
    '一是公开节奏前松后紧，年底集中补发信息的现象仍然存在，部分栏目全年更新不足五次。')
  .replace('四是持续推进政务公开标准化规范化，动态调整公开事项目录，加强对乡镇和部门的指导检查，推动公开工作向基层延伸。',
    '四是把乡镇公开目录执行情况列入年度考核，每季度抽查一次，抽查结果在全县通报。');

const lastYear = buildReport({ year: 2022, overview: LAST_OVERVIEW, problems: LAST_PROBLEMS });
const thisYear = (overview: string, problems: string) => buildReport({ overview, problems });
const summary = (findings: ReturnType<typeof run>) => findings.map((f) => [f.rule, f.severity, f.cells, f.fields]);

describe('X-5: 一 and 五 are not copied from last year', () => {
  it('flags 五 copied with only the year and a number changed, and gives the similarity', () => {
    const findings = run(notCopiedFromLastYear, thisYear(OVERVIEW_REWRITTEN, YEAR_CHANGED), lastYear);
    expect(findings).toEqual([
      {
        rule: 'X-5',
        severity: 'warning',
        cells: [],
        message: '五、存在的主要问题及改进情况与上年度报告的相似度为100%，可能照搬了上年内容（国办公开办函〔2021〕30号要求年度报告避免内容雷同）',
        fields: ['sections.problems'],
      },
    ]);
  });

  it('flags 一 copied with only the numbers changed', () => {
    const findings = run(notCopiedFromLastYear, thisYear(OVERVIEW_YEAR_CHANGED, REWRITTEN), lastYear);
    expect(summary(findings)).toEqual([['X-5', 'warning', [], ['sections.overview']]]);
  });

  it('flags 五 with about a fifth of its sentences rewritten', () => {
    const findings = run(notCopiedFromLastYear, thisYear(OVERVIEW_REWRITTEN, FIFTH_REWRITTEN), lastYear);
    expect(summary(findings)).toEqual([['X-5', 'warning', [], ['sections.problems']]]);
    expect(findings[0]!.message).toContain('相似度为78%');
  });

  it('flags 五 with two fifths of its sentences rewritten (more than half the wording kept)', () => {
    const findings = run(notCopiedFromLastYear, thisYear(OVERVIEW_REWRITTEN, TWO_FIFTHS_REWRITTEN), lastYear);
    expect(summary(findings)).toEqual([['X-5', 'warning', [], ['sections.problems']]]);
  });

  it('accepts a genuinely rewritten 一 and 五 on the same topic with the same boilerplate words', () => {
    expect(run(notCopiedFromLastYear, thisYear(OVERVIEW_REWRITTEN, REWRITTEN), lastYear)).toEqual([]);
  });

  it('flags both sections when both are copied', () => {
    const findings = run(notCopiedFromLastYear, thisYear(OVERVIEW_YEAR_CHANGED, YEAR_CHANGED), lastYear);
    expect(summary(findings)).toEqual([
      ['X-5', 'warning', [], ['sections.overview']],
      ['X-5', 'warning', [], ['sections.problems']],
    ]);
  });

  it('stays silent without last year’s report', () => {
    expect(run(notCopiedFromLastYear, thisYear(OVERVIEW_YEAR_CHANGED, YEAR_CHANGED), null)).toEqual([]);
  });

  it('stays silent on short sections (a two-line 五 is too short to call a copy)', () => {
    const short = '部分栏目更新不够及时。下一步将建立栏目更新台账，按月检查。';
    const last = buildReport({ year: 2022, overview: short, problems: short });
    expect(run(notCopiedFromLastYear, thisYear(short, short), last)).toEqual([]);
    expect(run(notCopiedFromLastYear, thisYear(OVERVIEW_REWRITTEN, ''), lastYear)).toEqual([]);
  });

  it('keeps the threshold between the measured copies and rewrites', () => {
    expect(similarity(YEAR_CHANGED, LAST_PROBLEMS)).toBe(1);
    expect(similarity(OVERVIEW_YEAR_CHANGED, LAST_OVERVIEW)).toBe(1);
    expect(similarity(FIFTH_REWRITTEN, LAST_PROBLEMS)).toBeGreaterThan(COPY_SIMILARITY_THRESHOLD + 0.2);
    expect(similarity(TWO_FIFTHS_REWRITTEN, LAST_PROBLEMS)).toBeGreaterThan(COPY_SIMILARITY_THRESHOLD);
    expect(similarity(REWRITTEN, LAST_PROBLEMS)).toBeLessThan(COPY_SIMILARITY_THRESHOLD - 0.3);
    expect(similarity(OVERVIEW_REWRITTEN, LAST_OVERVIEW)).toBeLessThan(COPY_SIMILARITY_THRESHOLD - 0.3);
  });

  it('ignores digits, spaces and punctuation when comparing', () => {
    expect(shingles('２０２３年，本机关 政务公开！').set).toEqual(shingles('1999年本机关政务公开').set);
  });

  it('counts this year’s trigrams exactly as a set intersection would, for short and long texts', () => {
    const long = (LAST_OVERVIEW + REWRITTEN + OVERVIEW_REWRITTEN).repeat(4);
    for (const [a, b] of [
      [FIFTH_REWRITTEN, LAST_PROBLEMS],
      [REWRITTEN, LAST_PROBLEMS],
      [long, LAST_OVERVIEW],
      [LAST_OVERVIEW, long],
    ] as const) {
      expect(similarityTo(a, shingles(b)).similarity).toBe(dice(shingles(a), shingles(b)));
    }
  });

  it('remembers last year’s trigrams between checks', () => {
    expect(cachedShingles(LAST_PROBLEMS)).toBe(cachedShingles(LAST_PROBLEMS));
  });
});
