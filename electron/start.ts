/**
 * `npm start`: launches the desktop app. The window (Electron main, preload, renderer) is the next piece of work;
 * until it exists this says so plainly and points at what already works.
 */
const lines = [
  '年报（Nianbao）桌面窗口尚未完成：本版本提供报告数据模型、全部校验规则和命令行工具。',
  '现在可以使用：npx nianbao check 报告.nianbao.json [--last 上年.nianbao.json]，npx nianbao carry 上年.nianbao.json -o 草稿.nianbao.json',
  '（The desktop window is not built yet; the report model, every check rule and the nianbao CLI are. See README.md.）',
];
process.stderr.write(`${lines.join('\n')}\n`);
process.exitCode = 1;
