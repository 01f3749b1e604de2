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
  nianbao --help      显示本说明
  nianbao --version   显示版本

文件为年报交换文件（*.nianbao.json），或本软件生成的 PDF（其中附带报告数据）。已发布的网页、Word、PDF 与文本报告请用 import 读取。
`;

export const messages = {
  unknownCommand: (name: string) => `未知命令“${name}”；可用命令：check、carry、import、pdf（nianbao --help 查看用法）`,
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
} as const;
