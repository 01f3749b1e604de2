/** A zod error as one Chinese sentence naming the field: what the person (or the developer) must change. */
import type * as z from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是或否',
  object: '对象',
  record: '对象',
  int: '整数',
  array: '列表',
  null: '空值',
  undefined: '缺少',
};

/** The value at an issue's path in what was sent (zod 4 does not keep it unless asked). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined ? '缺少此项' : `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `不接受的字段：${issue.keys.slice(0, 3).map((key) => key.slice(0, 40)).join('、')}${issue.keys.length > 3 ? ` 等 ${issue.keys.length} 个` : ''}`;
    case 'too_big':
      return issue.origin === 'string' ? `太长（最多 ${String(issue.maximum)} 个字符）` : `太大（最多 ${String(issue.maximum)}）`;
    case 'too_small':
      return issue.origin === 'string' ? (issue.minimum === 1 ? '不能为空' : `太短（至少 ${String(issue.minimum)} 个字符）`) : `太小（至少 ${String(issue.minimum)}）`;
    case 'invalid_value':
    case 'invalid_union':
      return '取值无效';
    case 'invalid_format':
      return '格式不对';
    default:
      return issue.message;
  }
}

export function inputProblem(error: z.ZodError, input?: unknown): string {
  const issue = error.issues[0];
  if (!issue) return '输入不符合约定';
  const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}：` : '';
  const more = error.issues.length > 1 ? `（另有 ${error.issues.length - 1} 处问题）` : '';
  return `输入不符合约定：${where}${describe(issue, input)}${more}`;
}
