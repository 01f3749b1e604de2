/** The six sections of the report, always in this order, and the agency levels. */

export const PROSE_SECTION_KEYS = ['overview', 'problems', 'other'] as const;
export type ProseSectionKey = (typeof PROSE_SECTION_KEYS)[number];

export const SECTION_HEADINGS = {
  overview: '一、总体情况',
  active: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  appeals: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const;

/** The sections in printed order: prose or one of the three tables. */
export const SECTION_ORDER = ['overview', 'active', 'applications', 'appeals', 'problems', 'other'] as const;
export type SectionKey = (typeof SECTION_ORDER)[number];

/** What the official template prints under each prose heading as guidance. */
export const PROSE_SECTION_HINTS: Record<ProseSectionKey, string> = {
  overview: '主动公开、依申请公开、政府信息管理、平台建设、监督保障等情况（文字描述）',
  problems: '存在的主要问题及改进情况（文字描述）',
  other: '其他需要报告的事项（文字描述，收取信息处理费情况在此处报告。）',
};

export const AGENCY_LEVELS = ['county', 'department', 'township', 'city'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export const AGENCY_LEVEL_LABELS: Record<AgencyLevel, string> = {
  county: '县级人民政府（县、县级市、市辖区）',
  department: '政府部门',
  township: '乡镇、街道',
  city: '设区的市及以上人民政府',
};

/** Short names of the levels, for sentences ("晚于县级人民政府年度报告的公开期限"). */
export const AGENCY_LEVEL_SHORT_LABELS: Record<AgencyLevel, string> = {
  county: '县级人民政府',
  department: '政府部门',
  township: '乡镇、街道',
  city: '设区的市及以上人民政府',
};

export const REPORT_TITLE_SUFFIX = '政府信息公开工作年度报告';
export const reportTitle = (agency: string, year: number): string => `${agency}${year}年${REPORT_TITLE_SUFFIX}`;
