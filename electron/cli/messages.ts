/** Every sentence the `nianbao` command prints for people. */
import type { Severity } from '../../shared/rules/types.js';

export const SEVERITY_WORDS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export const HELP = `年报 nianbao —— 政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）命令行工具

用法：
  nianbao check 文件 [--last 上年文件] [--json] [--deadline 月-日] [--trust 密钥文件]
      按全部勾稽与校验规则检查一份报告；给出上年度报告时另查 C-1/C-2/C-3 与 X-5。
      并核验签发的数字签名（verified 已信任的密钥、unknown-key 未确认的密钥、invalid 不符、unsigned 无签名）；
      --trust 给出信任的公钥列表（每行一个64位十六进制公钥，后面可写单位名称）。
      --deadline 按本地规定的公开期限（次年的月-日，如 01-20）检查成文日期（W-2），
      不给出时按条例：部门、乡镇次年1月31日，县级及以上政府次年3月31日。
      退出码：0 无错误；1 至少一个错误；2 文件无法使用。
  nianbao carry 上年文件 [-o 输出文件]
      由上年度报告生成本年度草稿：上年结转、现行有效件数、机关名称、署名随之结转。
      退出码：0 成功；2 文件无法使用。
  nianbao import 文件 [-o 输出文件] [--json]
      读取已发布的报告（网页 HTML、Word .docx、带文字层的 PDF、纯文本，含繁体字和2019年版格式），
      或本软件的交换文件及生成的 PDF，输出交换文件；--json 另给出每一处需要核对的地方（空白、占位符、
      无法识别的内容、缺少的行、非官方写法、2019年版格式无法对应的项目）及来源类型。
      原文的数字照原样读取，不作任何“修正”，原文中的勾稽错误可再用 check 查出。
      退出码：0 成功；2 文件无法使用。
  nianbao pdf 文件 -o 输出.pdf
      生成供审签、打印的 PDF（A4，表格与正式模板一致，附带报告数据，可由 check 读回）；
      报告中有打印字体没有的字符时不生成，并指出字符及其位置。
      退出码：0 成功；2 文件无法使用或无法生成。
  nianbao ledger 台账文件 [--year 年度] [--json]
      由依申请公开台账（Excel .xlsx 或 CSV，可有标题行）统计表三：本年新收、上年结转、各项办理结果、
      结转下年度；按20个工作日（延期40个）和国务院节假日安排（含调休）标出逾期答复。
      不给出 --year 时按台账中收到最多的年度统计。申请人姓名、联系方式不会输出。
      退出码：0 无问题；1 有逾期、无法对应或无效的行；2 文件无法使用或缺少必需的列。
  nianbao docx 文件 -o 输出.docx
      生成 Word 文档（正式模板的版式：方正小标宋简体标题、仿宋_GB2312正文、黑体与楷体标题，
      表格合并单元格与模板一致，A4、GB/T 9704 页边距、页码），可在 Word、WPS 中修改后再用 import 读回。
      退出码：0 成功；2 文件无法使用或无法写入。
  nianbao html 文件 -o 输出.html
      生成供政府信息公开专栏发布的网页：单个文件，只用内联样式，没有脚本和外部资源，表格合并与模板一致。
      退出码：0 成功；2 文件无法使用或无法写入。
  nianbao check 文件或文件夹… [--json]
      一次检查多份报告（给出多个文件，或文件夹——含子文件夹中的交换文件和本软件生成的 PDF）。
      退出码：0 无错误；1 有报告含错误；2 有文件无法使用（其余文件照常检查并列出）。
  nianbao rollup 文件或文件夹… [--year 年度] [--roster 名单] [--trust 密钥文件] [--json] [-o 汇总文件]
      汇总各单位的报告（交换文件、本软件生成的 PDF，或下级的汇总文件）：同一单位有多份时已签发的优先、
      签发时间晚的优先；签发后被改动的报告（指纹或数字签名不符）列出但不计入；--roster 给出应报送单位名单
      （每行“名称”或“名称,类别”，或 .csv/.xlsx），列出未报送的单位；-o 写出汇总文件供报送上级。
      并核验每个单位的数字签名（已验证、密钥未确认、签名不符、无签名），列出未验证的单位；
      --trust 给出信任的公钥列表，格式与 check --trust 相同（每行一个64位十六进制公钥，后面可写单位名称）。
      退出码：0 正常；1 有单位的报告含错误、签发后被改动或未报送；2 没有可汇总的报告，或名单、密钥文件无法使用。
  nianbao --help      显示本说明
  nianbao --version   显示版本

文件为年报交换文件（*.nianbao.json），或本软件生成的 PDF（其中附带报告数据）。已发布的网页、Word、PDF 与文本报告请用 import 读取。
`;

export const messages = {
  unknownCommand: (name: string) => `未知命令“${name}”；可用命令：check、carry、import、pdf、docx、html、rollup、ledger（nianbao --help 查看用法）`,
  missingFile: (command: string) => `缺少文件：nianbao ${command} 需要一个报告文件（nianbao --help 查看用法）`,
  tooManyFiles: (command: string) => `nianbao ${command} 只接受一个报告文件（含空格的路径请加引号）`,
  badOption: (detail: string) => `命令参数有误：${detail}（nianbao --help 查看用法）`,
  badDeadline: (text: string) => `--deadline 应为“月-日”，如 01-20（次年1月20日），而不是“${text}”`,
  lastYearMismatch: (lastYear: number, year: number) =>
    `上年度报告是${lastYear}年度的，而被检查的报告是${year}年度的；--last 应给出${year - 1}年度的报告`,
  lastAgencyDiffers: (lastAgency: string, agency: string) =>
    `注意：上年度报告的机关“${lastAgency}”与本报告的机关“${agency}”不同，请确认是同一机关`,
  signedTampered: '注意：此报告已签发，但内容与签发时的指纹不符，签发后可能被改动过',
  internalError: (detail: string) => `内部错误：${detail}；文件未被改动。请将此信息反馈给年报软件维护人员`,
  summary: (errors: number, warnings: number, infos: number) => `检查结果：${errors}个错误，${warnings}个警告，${infos}个提示`,
  allClear: '全部规则检查通过。',
  written: (path: string) => `已写入“${path}”`,
  lastWithMany: '--last 只能用于检查一份报告；检查多份报告或文件夹时不能给出上年度报告',
  missingPaths: '缺少文件：nianbao rollup 需要至少一个报告文件或文件夹（nianbao --help 查看用法）',
  badYear: (text: string) => `--year 应为四位年份，如 2024，而不是“${text}”`,
} as const;
