/**
 * security: a sign-off means who signed it. Each installation signs with its own Ed25519 key; a file read
 * elsewhere is `verified` only with a key that office has trusted, a forged file (fingerprint recomputed,
 * leaders invented) is `unknown-key` or `unsigned`, a signature of another installation becomes `verified` once
 * trusted, and a signed report changed in the database outside the app is an S-2 error that cannot be exported.
 */
import Database from 'better-sqlite3';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY_FILE, loadOrCreateInstallationKey } from '../../electron/services/keys/installationKey.js';
import { readExchangeText, writeExchangeText } from '../../shared/report/exchange.js';
import { reportFingerprint } from '../../shared/report/fingerprint.js';
import type { Report } from '../../shared/report/schema.js';
import { keyFingerprint, newKeyPair, signSignoff, verifyReportSignature } from '../../shared/report/signature.js';
import { checkReport } from '../../shared/rules/engine.js';
import { runCli } from '../cli/run-cli.js';
import { makeReport } from '../support/reports.js';
import { openTestServices, scratchDir, type TestServices } from '../support/services.js';

const SIGNERS = { drafter: '李明', reviewer: '王芳', approver: '赵强', signedAt: '2024-01-20' };

/** A report signed by `keys` as an exchange-file report. */
function signedWith(keys: ReturnType<typeof newKeyPair>, report: Report = makeReport()): Report {
  return { ...report, signoff: signSignoff({ ...SIGNERS, fingerprint: reportFingerprint(report) }, keys) };
}

describe('security: verifying a sign-off (pure)', () => {
  const office = newKeyPair();
  const trusted = new Set([office.publicKey]);

  it('security: verified with a trusted key, unknown-key with any other', () => {
    const report = signedWith(office);
    expect(verifyReportSignature(report, trusted)).toBe('verified');
    expect(verifyReportSignature(report, new Set())).toBe('unknown-key');
  });

  it('security: a forged file — fingerprint recomputed, leaders invented — is unknown-key when signed by the forger, unsigned without a signature', () => {
    const original = signedWith(office);
    const changed: Report = { ...original, cells: { ...original.cells, 'active.licensing.decisions': 999 }, signoff: null };
    const forger = newKeyPair();
    const forged = { ...changed, signoff: signSignoff({ drafter: '甲', reviewer: '乙', approver: '丙', signedAt: '2024-01-20', fingerprint: reportFingerprint(changed) }, forger) };
    expect(verifyReportSignature(forged, trusted)).toBe('unknown-key');
    const forgedLegacy = { ...changed, signoff: { drafter: '甲', reviewer: '乙', approver: '丙', signedAt: '2024-01-20', fingerprint: reportFingerprint(changed) } };
    expect(verifyReportSignature(forgedLegacy, trusted)).toBe('unsigned');
    // Claiming the trusted office's key without its private key fails the signature: invalid, and S-2.
    const claimed = { ...forged, signoff: { ...forged.signoff, publicKey: office.publicKey } };
    expect(verifyReportSignature(claimed, trusted)).toBe('invalid');
    expect(checkReport(claimed).map((f) => f.rule)).toContain('S-2');
  });

  it('security: changing a name or the date after signing, or the content, makes it invalid and an S-2 error', () => {
    const report = signedWith(office);
    const renamed = { ...report, signoff: { ...report.signoff!, approver: '钱七' } };
    expect(verifyReportSignature(renamed, trusted)).toBe('invalid');
    expect(checkReport(renamed).filter((f) => f.rule === 'S-2')).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('签发信息在签名后被改动过') })]);
    const edited = { ...report, cells: { ...report.cells, 'active.licensing.decisions': 7 } };
    expect(verifyReportSignature(edited, trusted)).toBe('invalid');
    expect(checkReport(edited).filter((f) => f.rule === 'S-2')).toHaveLength(1);
    const garbage = { ...report, signoff: { ...report.signoff!, signature: 'zz' } };
    expect(verifyReportSignature(garbage, trusted)).toBe('invalid');
  });

  it('files signed before signatures read as unsigned (legacy fingerprint), with no finding', () => {
    const report = makeReport();
    const legacy = { ...report, signoff: { ...SIGNERS, fingerprint: reportFingerprint(report) } };
    expect(verifyReportSignature(legacy, trusted)).toBe('unsigned');
    expect(checkReport(legacy).filter((f) => f.rule === 'S-2')).toEqual([]);
    expect(verifyReportSignature(report, trusted)).toBe('unsigned');
  });

  it('the PDF attachment carries signature and public key, and check reads them back from the PDF', async () => {
    const { renderReportPdf } = await import('../../electron/services/pdf/renderReport.js');
    const { readAttachedReport } = await import('../../electron/services/pdf/readAttachment.js');
    const attached = await readAttachedReport(await renderReportPdf(signedWith(office)));
    expect(attached.kind).toBe('attached');
    const read = readExchangeText(attached.kind === 'attached' ? attached.text : '');
    expect(read.ok && read.report.signoff).toMatchObject({ publicKey: office.publicKey, signature: expect.stringMatching(/^[0-9a-f]{128}$/) });
    expect(read.ok && verifyReportSignature(read.report, trusted)).toBe('verified');
  }, 30_000);

  it('the exchange file carries signature and public key and reads them back (formatVersion stays 1)', () => {
    const text = writeExchangeText(signedWith(office));
    const json = JSON.parse(text) as { formatVersion: number; signoff: Record<string, unknown> };
    expect(json.formatVersion).toBe(1);
    expect(Object.keys(json.signoff)).toEqual(['drafter', 'reviewer', 'approver', 'signedAt', 'fingerprint', 'signature', 'publicKey']);
    const read = readExchangeText(text);
    expect(read.ok && verifyReportSignature(read.report, trusted)).toBe('verified');
  });
});

describe('security: the installation key', () => {
  it('security: is made on first run, readable only by the OS user, in a folder only the OS user may open, and kept', () => {
    const s = openTestServices();
    try {
      const keyPath = join(s.dataDir, KEY_FILE);
      if (process.platform !== 'win32') {
        expect(statSync(keyPath).mode & 0o777).toBe(0o600);
      }
      const first = loadOrCreateInstallationKey(s.dataDir);
      s.reopen();
      expect(loadOrCreateInstallationKey(s.dataDir)).toEqual(first);
    } finally {
      s.remove();
    }
  });

  it('security: a damaged key file is never replaced: signing is refused and says why', async () => {
    const s = openTestServices();
    try {
      writeFileSync(join(s.dataDir, KEY_FILE), '{"format":"nianbao-signing-key","privateKey":"00"}');
      s.reopen();
      const report = (await s.call('exchange.importText', { fileName: 'a.nianbao.json', text: writeExchangeText(makeReport()) })).detail;
      const refused = await s.raw('signoff.sign', { reportId: report.summary.id, ...SIGNERS });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.message).toMatch(/签名密钥文件.*已损坏，不能签发/);
      expect((await s.call('keys.list', {})).problem).toMatch(/已损坏/);
    } finally {
      s.remove();
    }
  });
});

describe('security: signatures between two offices (services on real SQLite)', () => {
  let department: TestServices;
  let county: TestServices;
  beforeEach(() => {
    department = openTestServices();
    county = openTestServices();
  });
  afterEach(() => {
    department.remove();
    county.remove();
  });

  async function departmentSigned(): Promise<{ reportId: number; text: string }> {
    const draft = (await department.call('exchange.importText', { fileName: 'draft.nianbao.json', text: writeExchangeText(makeReport()) })).detail;
    const signed = await department.call('signoff.sign', { reportId: draft.summary.id, ...SIGNERS });
    expect(signed.summary.signature).toBe('verified'); // its own key
    expect(signed.report.signoff?.signature).toMatch(/^[0-9a-f]{128}$/);
    return { reportId: draft.summary.id, text: (await department.call('exchange.exportText', { reportId: draft.summary.id })).text };
  }

  it('security: another installation’s signature reads unknown-key, and verified once the clerk trusts that key', async () => {
    const { text } = await departmentSigned();
    const imported = await county.call('exchange.importText', { fileName: '部门.nianbao.json', text });
    expect(imported.detail.summary).toMatchObject({ status: 'signed', signature: 'unknown-key' });
    const departmentKey = (await department.call('keys.list', {})).own!;
    expect(imported.notes.join('')).toContain(`指纹 ${departmentKey.keyFingerprint}`);

    const review = await county.call('imports.readFile', { fileName: '部门.nianbao.json', base64: Buffer.from(text).toString('base64') });
    expect(review.signature).toEqual({ status: 'unknown-key', publicKey: departmentKey.publicKey, keyFingerprint: keyFingerprint(departmentKey.publicKey), trustedName: null });

    const keys = await county.call('keys.trust', { publicKey: departmentKey.publicKey, name: '巴楚县人民政府', source: 'file' });
    expect(keys.trusted).toEqual([expect.objectContaining({ publicKey: departmentKey.publicKey, name: '巴楚县人民政府', source: 'file', addedBy: '测试员' })]);
    expect((await county.call('reports.list', {}))[0]!.signature).toBe('verified');
    const again = await county.call('imports.readFile', { fileName: '部门.nianbao.json', base64: Buffer.from(text).toString('base64') });
    expect(again.signature).toMatchObject({ status: 'verified', trustedName: '巴楚县人民政府' });
    expect((await county.call('audit.history', {})).some((e) => e.action === 'key.trust')).toBe(true);

    await county.call('keys.untrust', { publicKey: departmentKey.publicKey });
    expect((await county.call('reports.list', {}))[0]!.signature).toBe('unknown-key');
  });

  it('security: a forged file with invented leaders and a recomputed fingerprint is imported as unknown-key, never as verified', async () => {
    const changed = { ...makeReport(), cells: { ...makeReport().cells, 'applications.received.natural': 3, 'applications.received.total': 3, 'applications.granted.natural': 2, 'applications.granted.total': 2 } };
    const invented = { drafter: '不存在的人', reviewer: '也不存在', approver: '冒名的县长', signedAt: '2024-01-20', fingerprint: reportFingerprint(changed) };
    const forged = { ...changed, signoff: signSignoff(invented, newKeyPair()) };
    const imported = await county.call('exchange.importText', { fileName: '伪造.nianbao.json', text: writeExchangeText(forged) });
    expect(imported.detail.summary.signature).toBe('unknown-key');
    expect(imported.notes.join('')).toContain('尚未被本机信任，不能证明是谁签发的');
  });

  it('security: a file whose signature does not match its names is kept only as a draft', async () => {
    const { text } = await departmentSigned();
    const json = JSON.parse(text) as { signoff: { approver: string } };
    json.signoff.approver = '冒名者';
    const imported = await county.call('exchange.importText', { fileName: '改名.nianbao.json', text: JSON.stringify(json) });
    expect(imported.detail.summary.status).toBe('draft');
    expect(imported.notes.join('')).toContain('数字签名与签发信息不符');
  });

  it('security: a signed report changed in the database outside the app is an S-2 error on open, in the list, and cannot be exported as signed', async () => {
    const { reportId } = await departmentSigned();
    department.close();
    const raw = new Database(join(department.dataDir, 'nianbao.db'));
    // Someone with the file and a SQLite tool: the guards are triggers, so they drop them first — and put them
    // back afterwards, since a records file with a guard missing is not opened at all (altered-records.test.ts).
    const guards = raw.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[];
    for (const { name } of guards) raw.exec(`DROP TRIGGER "${name}"`);
    raw.prepare("UPDATE report_cells SET value = '9' WHERE report_id = ? AND cell_id = 'active.licensing.decisions'").run(reportId);
    for (const { sql } of guards) raw.exec(sql);
    raw.close();
    department.reopen();

    const opened = await department.call('reports.open', { reportId });
    expect(opened.findings.filter((f) => f.rule === 'S-2')).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(opened.summary).toMatchObject({ status: 'signed', signature: 'invalid' });
    expect((await department.call('reports.list', {}))[0]).toMatchObject({ signature: 'invalid', counts: expect.objectContaining({ errors: 1 }) });
    for (const channel of ['exchange.exportText', 'reports.exportPdf'] as const) {
      const refused = await department.raw(channel, { reportId });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.message).toMatch(/^不能作为已签发的报告导出：此报告已签发，但内容与签发时不符/);
    }
  });

  it('security: nianbao check --json says unknown-key, verified with --trust, invalid when tampered, unsigned for a legacy file', async () => {
    const { text } = await departmentSigned();
    const dir = scratchDir();
    const file = join(dir, '部门 2023.nianbao.json');
    writeFileSync(file, text);
    const signature = async (...extra: string[]) => (JSON.parse((await runCli(['check', file, '--json', ...extra])).stdout) as { signature: string }).signature;
    expect(await signature()).toBe('unknown-key');
    const trustFile = join(dir, 'trusted.txt');
    writeFileSync(trustFile, `# 本县各单位\n${(await department.call('keys.list', {})).own!.publicKey} 巴楚县人民政府\n`);
    expect(await signature('--trust', trustFile)).toBe('verified');

    const json = JSON.parse(text) as { cells: Record<string, number>; signoff: Record<string, string> };
    json.cells['active.licensing.decisions'] = 5;
    writeFileSync(file, JSON.stringify(json));
    const tampered = await runCli(['check', file, '--json', '--trust', trustFile]);
    expect(tampered.code).toBe(1);
    expect(JSON.parse(tampered.stdout)).toMatchObject({ signature: 'invalid', findings: [expect.objectContaining({ rule: 'S-2' })] });

    const legacy = makeReport();
    writeFileSync(file, writeExchangeText({ ...legacy, signoff: { ...SIGNERS, fingerprint: reportFingerprint(legacy) } }));
    const legacyRun = await runCli(['check', file, '--json']);
    expect(legacyRun.code).toBe(0);
    expect(JSON.parse(legacyRun.stdout)).toMatchObject({ signature: 'unsigned', errors: 0 });
  }, 60_000);
});

describe('security: the records are the OS user’s only', () => {
  it.runIf(process.platform !== 'win32')('security: the data folder is 0700, the records file and every backup 0600', async () => {
    const s = openTestServices({ dataDir: join(scratchDir(), '新的数据文件夹') });
    try {
      expect(statSync(s.dataDir).mode & 0o777).toBe(0o700);
      expect(statSync(s.databasePath).mode & 0o777).toBe(0o600);
      const backup = await s.call('backups.create', {});
      expect(statSync(join(s.dataDir, 'backups')).mode & 0o777).toBe(0o700);
      expect(statSync(join(s.dataDir, 'backups', backup.name)).mode & 0o777).toBe(0o600);
    } finally {
      s.remove();
    }
  });
});
