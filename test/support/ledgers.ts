/**
 * Generated 依申请公开 ledgers for tests and the benchmark: every applicant type and every result row in the words
 * offices use, dates in four written forms, applications across the year end, pending ones. Each row carries its
 * truth (the column and result row meant), so a test can count the table independently of the tally's reading.
 */
import { APPLICANT_PART_COLUMNS, RESULT_ROW_KEYS } from '../../shared/catalogue/cells.js';
import { emptyLedgerRecord, type ApplicantType, type LedgerRecord } from '../../shared/ledger/index.js';
import { seededRandom } from './random.js';

export const APPLICANT_WORDS: Readonly<Record<ApplicantType, readonly string[]>> = {
  natural: ['自然人', '个人', '公民'],
  commercial: ['商业企业', '企业', '法人或其他组织-商业企业'],
  research: ['科研机构', '高校研究所'],
  nonprofit: ['社会公益组织', '公益组织'],
  legalService: ['法律服务机构', '律师事务所'],
  otherOrg: ['其他', '其他组织'],
};

export const RESULT_WORDS: Readonly<Record<string, readonly string[]>> = {
  granted: ['予以公开', '同意公开', '公开'],
  partlyGranted: ['部分公开', '区分处理（部分公开）'],
  'withheld.stateSecret': ['不予公开-属于国家秘密', '不予公开（涉密）'],
  'withheld.prohibitedByLaw': ['不予公开：其他法律行政法规禁止公开'],
  'withheld.securityStability': ['不予公开 危及“三安全一稳定”'],
  'withheld.thirdPartyRights': ['不予公开—保护第三方合法权益'],
  'withheld.internalAffairs': ['不予公开（属于三类内部事务信息）'],
  'withheld.processInformation': ['不予公开（属于四类过程性信息）'],
  'withheld.enforcementFiles': ['不予公开-属于行政执法案卷'],
  'withheld.administrativeQuery': ['不予公开-属于行政查询事项'],
  'unavailable.notHeld': ['无法提供-本机关不掌握相关政府信息', '信息不存在'],
  'unavailable.needsCreation': ['无法提供（没有现成信息需要另行制作）', '需另行制作'],
  'unavailable.stillUnclear': ['无法提供-补正后申请内容仍不明确'],
  'notProcessed.complaint': ['不予处理（信访举报投诉类申请）'],
  'notProcessed.duplicate': ['不予处理-重复申请', '重复申请'],
  'notProcessed.publication': ['不予处理：要求提供公开出版物'],
  'notProcessed.excessive': ['不予处理-无正当理由大量反复申请'],
  'notProcessed.reconfirmation': ['不予处理（要求行政机关确认或重新出具已获取信息）'],
  'otherHandling.noCorrection': ['其他处理-申请人无正当理由逾期不补正', '逾期未补正'],
  'otherHandling.feeUnpaid': ['其他处理-逾期未缴纳信息处理费'],
  'otherHandling.other': ['其他处理-其他', '其他'],
};

export interface GeneratedRow {
  readonly record: LedgerRecord;
  readonly truth: {
    readonly applicant: ApplicantType;
    readonly received: string;
    /** null while pending. */
    readonly result: string | null;
    readonly replied: string | null;
    readonly extended: boolean;
  };
}

const DAY = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

export function writeDate(isoDate: string, form: number): string {
  const [y, m, d] = [isoDate.slice(0, 4), Number(isoDate.slice(5, 7)), Number(isoDate.slice(8, 10))];
  switch (form % 4) {
    case 0:
      return isoDate;
    case 1:
      return `${y}年${m}月${d}日`;
    case 2:
      return `${y}/${m}/${d}`;
    default:
      return `${y}.${String(m).padStart(2, '0')}.${String(d).padStart(2, '0')}`;
  }
}

/** A ledger around `year`: received from March of the year before to January of the year after. */
export function generateLedger(seed: number, year: number, count: number): GeneratedRow[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const from = Date.UTC(year - 1, 2, 1);
  const to = Date.UTC(year + 1, 0, 31);
  const rows: GeneratedRow[] = [];
  for (let i = 0; i < count; i++) {
    const applicant = i < APPLICANT_PART_COLUMNS.length ? APPLICANT_PART_COLUMNS[i]! : pick(APPLICANT_PART_COLUMNS);
    const received = iso(from + Math.floor(random() * ((to - from) / DAY)) * DAY);
    const pending = i >= RESULT_ROW_KEYS.length && random() < 0.12;
    const result = pending ? null : i < RESULT_ROW_KEYS.length ? RESULT_ROW_KEYS[i]! : pick(RESULT_ROW_KEYS);
    const replied = pending ? null : iso(Date.parse(received) + Math.floor(1 + random() * 55) * DAY);
    const extended = random() < 0.2;
    const record = {
      ...emptyLedgerRecord(i + 3),
      receivedDate: writeDate(received, Math.floor(random() * 4)),
      applicantType: pick(APPLICANT_WORDS[applicant]),
      result: result ? pick(RESULT_WORDS[result]!) : pending && random() < 0.5 ? '办理中' : '',
      replyDate: replied ? writeDate(replied, Math.floor(random() * 4)) : '',
      extended: extended ? '是' : random() < 0.5 ? '否' : '',
      subject: `申请公开第${i + 1}号事项的有关文件`,
      channel: pick(['信函', '网络平台', '当面']),
    };
    rows.push({ record, truth: { applicant, received, result, replied, extended } });
  }
  return rows;
}
