import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ROWS, APPLICANT_COLUMNS } from '../../shared/catalogue/cells.js';
import { expectOneChineseLine, runCli } from '../cli/run-cli.js';

const FIXTURE = 'test/fixtures/ledger/title-row-gbk.csv';
const dir = mkdtempSync(join(tmpdir(), 'nianbao-ledger-cli-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('nianbao ledger', () => {
  it('prints the JSON of cli.md with every applications.* cell, and exits 1 for overdue and unmapped rows', async () => {
    const run = await runCli(['ledger', FIXTURE, '--json']);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['year', 'rows', 'counted', 'cells', 'findings', 'notes']);
    expect(json).toMatchObject({ year: 2024, rows: 6, counted: 5 });
    expect(Object.keys(json.cells as object)).toHaveLength(APPLICATION_ROWS.length * APPLICANT_COLUMNS.length);
    expect((json.findings as { kind: string; row: number }[]).map((f) => [f.kind, f.row])).toEqual([
      ['overdue', 4],
      ['overdue', 6],
      ['unmapped', 8],
    ]);
  });

  it('never prints an applicant’s name or contact details', async () => {
    for (const args of [[FIXTURE], [FIXTURE, '--json']]) {
      const run = await runCli(['ledger', ...args]);
      for (const name of ['张某', '李某', '王某', '赵某', '某公司']) expect(run.stdout + run.stderr).not.toContain(name);
    }
  });

  it('prints a readable summary and exits 0 for a clean ledger; --year chooses the year', async () => {
    const path = file('clean.csv', '收到日期,申请人类型,办理结果,答复日期\n2024-03-01,个人,予以公开,2024-03-05\n2023-12-28,企业,予以公开,2024-01-10\n');
    const run = await runCli(['ledger', path]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('一、本年新收1件；二、上年结转1件；（七）总计2件；四、结转下年度继续办理0件');
    const last = await runCli(['ledger', path, '--year', '2023', '--json']);
    expect(JSON.parse(last.stdout)).toMatchObject({ year: 2023, counted: 1, findings: [{ kind: 'outOfYear', row: 2 }] });
    expect(last.code).toBe(0);
  });

  it('exits 2 with one Chinese line for a damaged file, missing columns or a bad --year', async () => {
    for (const args of [
      [file('damaged.xlsx', 'PK\u0003\u0004garbage')],
      [file('columns.csv', '收到日期,备注\n2024-01-01,x\n')],
      [FIXTURE, '--year', '二〇二四'],
      [join(dir, 'missing.xlsx')],
    ]) {
      const run = await runCli(['ledger', ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expectOneChineseLine(run.stderr);
    }
  });
});
