/**
 * security: the roll-up tells each unit's signature (issue 12 item 2). A forged file (leaders invented,
 * fingerprint recomputed, signed by the forger) is `unknown-key`; a signed unit changed after signing — content
 * or names — is `invalid`, never counted, and makes the exit code 1; a key the county trusts makes a unit
 * `verified` (`--trust` on the command line, the office's trusted keys in the app, where trusting a unit's key
 * from its row keeps it with the unit and a later file signed with another key stands out); Node's checks give
 * the pure answers.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { nativeUnitChecks, NATIVE_SIGNOFF_CHECKS } from '../../electron/services/rollup/fingerprint.js';
import { writeExchangeText } from '../../shared/report/exchange.js';
import { reportFingerprint } from '../../shared/report/fingerprint.js';
import type { Report } from '../../shared/report/schema.js';
import { keyFingerprint, newKeyPair, signSignoff, verifyReportSignature, type KeyPair } from '../../shared/report/signature.js';
import { digestSource, rollUp, rollupExitCode } from '../../shared/rollup/rollup.js';
import { readRollupValue, writeRollupText } from '../../shared/rollup/schema.js';
import { runCli } from '../cli/run-cli.js';
import { cleanReport } from '../support/county.js';
import { seededRandom } from '../support/random.js';
import { openTestServices, type TestServices } from '../support/services.js';

const random = seededRandom(12);
const SIGNERS = { drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2025-01-20T09:00:00+08:00' };

function signedWith(keys: KeyPair, report: Report, signers = SIGNERS): Report {
  const unsigned = { ...report, signoff: null };
  return { ...unsigned, signoff: signSignoff({ ...signers, fingerprint: reportFingerprint(unsigned) }, keys) };
}

const unitReport = (agency: string) => cleanReport(agency, 'department', 2024, random);

/** The cases a county meets, each as the file a unit sent. */
function county() {
  const office = newKeyPair(); // 县财政局's installation, whose key the county trusts
  const other = newKeyPair(); // 县教育局's installation, not yet confirmed
  const forger = newKeyPair();
  const trustedFile = signedWith(office, unitReport('县财政局'));
  const unknownFile = signedWith(other, unitReport('县教育局'));
  // Forged: someone writes a report for 县民政局, invents three leaders, recomputes the fingerprint and signs.
  const forgedFile = signedWith(forger, unitReport('县民政局'), { drafter: '不存在的人', reviewer: '也不存在', approver: '冒名的局长', signedAt: SIGNERS.signedAt });
  // Tampered after signing: the content (fingerprint no longer matches) …
  const signedAudit = signedWith(office, unitReport('县审计局'));
  const contentChanged: Report = { ...signedAudit, cells: { ...signedAudit.cells, 'active.licensing.decisions': 999_999 } };
  // … or only the names (fingerprint still matches, the signature does not).
  const signedTransport = signedWith(other, unitReport('县交通运输局'));
  const namesChanged: Report = { ...signedTransport, signoff: { ...signedTransport.signoff!, approver: '另一个人' } };
  // Claiming the trusted key without its private key.
  const signedHealth = signedWith(forger, unitReport('县卫生健康委员会'));
  const claimedKey: Report = { ...signedHealth, signoff: { ...signedHealth.signoff!, publicKey: office.publicKey } };
  const legacy = (() => {
    const r = unitReport('县公安局');
    return { ...r, signoff: { ...SIGNERS, fingerprint: reportFingerprint(r) } };
  })();
  const draft = unitReport('县农业农村局');
  return {
    office,
    other,
    files: {
      trusted: trustedFile,
      unknown: unknownFile,
      forged: forgedFile,
      contentChanged,
      namesChanged,
      claimedKey,
      legacy,
      draft,
    } satisfies Record<string, Report>,
  };
}

const expected = {
  trusted: { signature: 'verified', fingerprint: 'ok', counted: true },
  unknown: { signature: 'unknown-key', fingerprint: 'ok', counted: true },
  forged: { signature: 'unknown-key', fingerprint: 'ok', counted: true },
  contentChanged: { signature: 'invalid', fingerprint: 'mismatch', counted: false },
  namesChanged: { signature: 'invalid', fingerprint: 'ok', counted: false },
  claimedKey: { signature: 'invalid', fingerprint: 'ok', counted: false },
  legacy: { signature: 'unsigned', fingerprint: 'ok', counted: true },
  draft: { signature: 'unsigned', fingerprint: 'none', counted: true },
} as const;

describe('security: the roll-up object carries a signature per unit (pure core)', () => {
  const c = county();
  const trusted = new Set([c.office.publicKey]);
  const sources = Object.entries(c.files).map(([name, report]) => ({ kind: 'report' as const, file: `${name}.nianbao.json`, report }));

  it('security: forged is unknown-key, tampered (content, names, a claimed key) is invalid and not counted, exit 1; trusted is verified', () => {
    const { rollup } = rollUp(sources, { year: 2024, trusted });
    for (const [name, want] of Object.entries(expected)) {
      expect(rollup.units.find((u) => u.file === `${name}.nianbao.json`), name).toMatchObject(want);
    }
    expect(rollup.units.find((u) => u.file === 'namesChanged.nianbao.json')!.note).toContain('数字签名与签发信息不符');
    expect(rollupExitCode(rollup)).toBe(1);
    // Without the tampered files the same roll-up is clean: the exit code came from them.
    const clean = rollUp(
      sources.filter((s) => !['contentChanged', 'namesChanged', 'claimedKey', 'draft'].some((n) => s.file.startsWith(n))),
      { year: 2024, trusted },
    ).rollup;
    expect(rollupExitCode(clean)).toBe(0);
    // Not trusted here: the same file is only unknown-key.
    expect(rollUp(sources, { year: 2024 }).rollup.units.find((u) => u.file === 'trusted.nianbao.json')!.signature).toBe('unknown-key');
  });

  it('security: an invalid unit never adds to the sums', () => {
    const { rollup } = rollUp(sources, { year: 2024, trusted });
    const counted = Object.entries(c.files).filter(([name]) => expected[name as keyof typeof expected].counted);
    const want = counted.reduce((n, [, r]) => n + Number(r.cells['active.licensing.decisions']), 0);
    expect(rollup.cells['active.licensing.decisions']).toBe(want);
  });

  it('a roll-up file given as a unit has no sign-off: unsigned; the field is written and read back, and older roll-up files without it still read', () => {
    const { rollup } = rollUp(sources, { year: 2024, trusted, agency: '示例县人民政府', level: 'county' });
    const text = writeRollupText(rollup);
    const read = readRollupValue(JSON.parse(text));
    expect(read.ok && read.rollup.units.map((u) => u.signature)).toEqual(rollup.units.map((u) => u.signature));
    const old = JSON.parse(text) as { units: Record<string, unknown>[] };
    for (const u of old.units) delete u.signature;
    const readOld = readRollupValue(old);
    expect(readOld.ok).toBe(true);
    expect(readRollupValue({ ...old, units: [{ ...old.units[0], signature: 'trusted-by-me' }] }).ok).toBe(false);
    const city = rollUp([{ kind: 'rollup', file: 'county.nianbao-rollup.json', rollup }], { year: 2024 }).rollup;
    expect(city.units[0]).toMatchObject({ status: 'rollup', signature: 'unsigned', counted: true });
  });

  it('security: the pure and the native (Node crypto) checks give the same answer on every case and on mutations of each', () => {
    const mutations = (r: Report): Report[] => {
      const s = r.signoff;
      const out: Report[] = [r, { ...r, cells: { ...r.cells, 'active.penalties.decisions': 1 } }, { ...r, agency: `${r.agency} ` }];
      if (s) {
        out.push({ ...r, signoff: { ...s, signedAt: '2025-01-21T09:00:00+08:00' } });
        out.push({ ...r, signoff: { ...s, fingerprint: s.fingerprint.replace(/^./, (ch) => (ch === '0' ? '1' : '0')) } });
        if (s.signature) {
          out.push({ ...r, signoff: { ...s, signature: s.signature.replace(/.$/, (ch) => (ch === '0' ? '1' : '0')) } });
          out.push({ ...r, signoff: { ...s, signature: s.signature.toUpperCase() } });
          // Keys that are no valid point, or a point of small order: the native import must refuse as the pure check does.
          for (const odd of ['0'.repeat(64), 'f'.repeat(64), `01${'0'.repeat(62)}`, `ec${'f'.repeat(60)}7f`, `${'0'.repeat(63)}1`]) out.push({ ...r, signoff: { ...s, publicKey: odd } });
          out.push({ ...r, signoff: { ...s, signature: undefined } });
          out.push({ ...r, signoff: { ...s, publicKey: undefined } });
        }
      }
      return out;
    };
    let compared = 0;
    for (const report of Object.values(c.files)) {
      for (const variant of mutations(report)) {
        for (const keys of [trusted, new Set<string>()]) {
          expect(verifyReportSignature(variant, keys, NATIVE_SIGNOFF_CHECKS)).toBe(verifyReportSignature(variant, keys));
          const source = { kind: 'report' as const, file: 'x.json', report: variant };
          expect(digestSource(source, nativeUnitChecks(keys))).toEqual(digestSource(source, { trusted: keys }));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('security: nianbao rollup --trust', () => {
  let root: string;
  const c = county();
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'nianbao-rollup-signatures-'));
    await mkdir(join(root, 'units'));
    for (const [name, report] of Object.entries(c.files)) await writeFile(join(root, 'units', `${name}.nianbao.json`), writeExchangeText(report));
    await writeFile(join(root, 'keys.txt'), `# 县里确认过的密钥\n${c.office.publicKey} 县财政局\n`);
    await writeFile(join(root, 'bad-keys.txt'), `${c.office.publicKey.slice(0, 60)} 县财政局\n`);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('security: --json carries each unit’s signature; the tampered ones are invalid and not counted; exit 1', async () => {
    const run = await runCli(['rollup', 'units', '--trust', 'keys.txt', '--json'], { cwd: root });
    expect(run.code).toBe(1);
    const rollup = JSON.parse(run.stdout) as { units: { file: string; signature: string; counted: boolean }[] };
    for (const [name, want] of Object.entries(expected)) {
      expect(rollup.units.find((u) => u.file === `units/${name}.nianbao.json`), name).toMatchObject({ signature: want.signature, counted: want.counted });
    }
    const without = JSON.parse((await runCli(['rollup', 'units', '--json'], { cwd: root })).stdout) as typeof rollup;
    expect(without.units.find((u) => u.file === 'units/trusted.nianbao.json')!.signature).toBe('unknown-key');
  }, 30_000);

  it('security: the same signatures when the files are spread over worker threads (the keys go to each worker)', async () => {
    const run = async (workers: string) => {
      const previous = process.env.NIANBAO_ROLLUP_WORKERS;
      process.env.NIANBAO_ROLLUP_WORKERS = workers;
      try {
        return await runCli(['rollup', 'units', '--trust', 'keys.txt', '--json'], { cwd: root });
      } finally {
        if (previous === undefined) delete process.env.NIANBAO_ROLLUP_WORKERS;
        else process.env.NIANBAO_ROLLUP_WORKERS = previous;
      }
    };
    const [one, three] = [await run('0'), await run('3')];
    expect(three.stdout).toBe(one.stdout);
    expect(three.code).toBe(1);
    expect((JSON.parse(three.stdout) as { units: { signature: string }[] }).units.filter((u) => u.signature === 'verified')).toHaveLength(1);
  }, 30_000);

  it('the readable summary counts 已验证 / 密钥未确认 / 签名不符 / 无签名 and names the units not verified', async () => {
    const run = await runCli(['rollup', 'units', '--trust', 'keys.txt'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('签发后被改动3个');
    expect(run.stdout).toContain('数字签名：已验证1个，密钥未确认2个，签名不符3个，无签名2个');
    const invalidLine = run.stdout.split('\n').find((l) => l.includes('签名不符（'))!;
    for (const agency of ['县审计局', '县交通运输局', '县卫生健康委员会']) expect(invalidLine).toContain(agency);
    const unknownLine = run.stdout.split('\n').find((l) => l.includes('密钥未确认（'))!;
    expect(unknownLine).toContain('县教育局');
    expect(unknownLine).toContain('县民政局');
    expect(unknownLine).not.toContain('县财政局');
    expect(run.stdout).toMatch(/计入 +\[已签发·已验证\] 县财政局/);
  }, 30_000);

  it('an unreadable key file: one Chinese line, exit 2, nothing read', async () => {
    const bad = await runCli(['rollup', 'units', '--trust', 'bad-keys.txt', '--json'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('第1行不是公钥');
    const missing = await runCli(['rollup', 'units', '--trust', 'no-such-file.txt'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/[\u4e00-\u9fff]/);
  }, 30_000);
});

describe('security: the 汇总 services tell each unit’s signature, with the keys kept with the roster', () => {
  let department: TestServices;
  let county: TestServices;
  let saveAs = '';
  beforeEach(() => {
    department = openTestServices();
    county = openTestServices({ dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => saveAs } });
  });
  afterEach(() => {
    department.remove();
    county.remove();
  });

  const b64 = (text: string) => Buffer.from(text).toString('base64');
  const receive = async (fileName: string, report: Report) => (await county.call('rollup.receive', { files: [{ fileName, base64: b64(writeExchangeText(report)) }] })).outcomes[0]!;
  const rowOf = async (name: string) => (await county.call('rollup.view', { year: 2024 })).rows.find((r) => r.name === name)!;

  it('security: a unit signed by another installation is unknown-key, verified once trusted from its row; a later file with another key stands out', async () => {
    // The department signs in its own installation and sends the exchange file.
    const draft = (await department.call('exchange.importText', { fileName: 'a.nianbao.json', text: writeExchangeText(unitReport('县财政局')) })).detail;
    const signed = await department.call('signoff.sign', { reportId: draft.summary.id, drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2025-01-20' });
    expect(signed.summary.signature).toBe('verified');
    const text = (await department.call('exchange.exportText', { reportId: draft.summary.id })).text;
    const departmentKey = (await department.call('keys.list', {})).own!;

    expect((await county.call('rollup.receive', { files: [{ fileName: '县财政局.nianbao.json', base64: b64(text) }] })).outcomes[0]!.outcome).toBe('new');
    const before = await rowOf('县财政局');
    expect(before.signature).toEqual({ status: 'unknown-key', publicKey: departmentKey.publicKey, keyFingerprint: departmentKey.keyFingerprint, trustedName: null, keyWarning: null });
    expect(before.counted).toBe(true);

    // The clerk compares the fingerprint over the telephone and trusts the key from the row, under the unit's name.
    await county.call('keys.trust', { publicKey: before.signature!.publicKey!, name: before.name, source: 'file' });
    const after = await rowOf('县财政局');
    expect(after.signature).toMatchObject({ status: 'verified', trustedName: '县财政局', keyWarning: null });
    const unit = await county.call('rollup.unit', { receiptId: after.receipt!.id });
    expect(unit.signature).toMatchObject({ status: 'verified', keyFingerprint: departmentKey.keyFingerprint });
    expect((await county.call('rollup.view', { year: 2024 })).rollup.units.find((u) => u.agency === '县财政局')!.signature).toBe('verified');

    // A corrected file from the "same" unit, signed with another key: it stands out everywhere.
    const stranger = newKeyPair();
    const corrected = signedWith(stranger, unitReport('县财政局'), { ...SIGNERS, signedAt: '2025-02-01T09:00:00+08:00' });
    const outcome = await receive('县财政局-更正.nianbao.json', corrected);
    expect(outcome.message).toContain('密钥与上次不同');
    const changed = await rowOf('县财政局');
    expect(changed.signature).toMatchObject({ status: 'unknown-key', keyFingerprint: keyFingerprint(stranger.publicKey) });
    expect(changed.signature!.keyWarning).toContain('密钥与上次不同');
    expect(changed.signature!.keyWarning).toContain(departmentKey.keyFingerprint);

    // The .xlsx units sheet has the 签名 column.
    saveAs = join(county.dataDir, '汇总.xlsx');
    await county.call('rollup.exportXlsx', { year: 2024 });
    const sheets = await readXlsxFile(await readFile(saveAs));
    const units = sheets.find((s) => s.sheet === '单位')!.data;
    const column = units[0]!.indexOf('签名');
    expect(column).toBeGreaterThan(0);
    const line = units.find((r) => r[0] === '县财政局')!;
    expect(String(line[column])).toContain('签名密钥未经本机确认');
    expect(String(line[column])).toContain('密钥与上次不同');
  }, 60_000);

  it('security: without a trusted key, a file signed with another key than the unit’s earlier file stands out too', async () => {
    const first = newKeyPair();
    const second = newKeyPair();
    await receive('县教育局.nianbao.json', signedWith(first, unitReport('县教育局')));
    expect((await rowOf('县教育局')).signature!.keyWarning).toBeNull();
    await receive('县教育局-更正.nianbao.json', signedWith(second, unitReport('县教育局'), { ...SIGNERS, signedAt: '2025-02-01T09:00:00+08:00' }));
    expect((await rowOf('县教育局')).signature!.keyWarning).toContain(`此前收到的文件由指纹 ${keyFingerprint(first.publicKey)} 的密钥签名`);
  });

  it('security: a file signed with a key trusted for another unit stands out', async () => {
    const keys = newKeyPair();
    await county.call('keys.trust', { publicKey: keys.publicKey, name: '县民政局', source: 'imported' });
    await receive('县教育局.nianbao.json', signedWith(keys, unitReport('县教育局')));
    expect((await rowOf('县教育局')).signature).toMatchObject({ status: 'verified', trustedName: '县民政局', keyWarning: expect.stringContaining('“县民政局”的密钥，不是本单位的密钥') });
  });

  it('security: a tampered signed unit is invalid and not counted in the app; the receipt says so', async () => {
    const c = county_();
    const outcome = await receive('县交通运输局.nianbao.json', c.files.namesChanged);
    expect(outcome.message).toContain('签发后被改动过');
    const row = await rowOf('县交通运输局');
    expect(row).toMatchObject({ counted: false, signature: expect.objectContaining({ status: 'invalid', keyWarning: null }) });
    expect(row.note).toContain('数字签名与签发信息不符');
    // A correct file signed later replaces it; a tampered file never replaces an intact one.
    const good = signedWith(c.other, unitReport('县交通运输局'), { ...SIGNERS, signedAt: '2025-02-01T09:00:00+08:00' });
    expect((await receive('县交通运输局-重发.nianbao.json', good)).outcome).toBe('replaced');
    const resent = { ...good, signoff: { ...good.signoff!, approver: '又一个人', signedAt: '2025-03-01T09:00:00+08:00' } };
    expect((await receive('县交通运输局-改名.nianbao.json', resent)).outcome).toBe('kept');
    expect(await rowOf('县交通运输局')).toMatchObject({ counted: true, signature: expect.objectContaining({ status: 'unknown-key' }) });
  });
});

const county_ = county;
