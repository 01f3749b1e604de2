/**
 * Importing the office's ledger spreadsheet: the file is read for a mapping step (nothing saved), which shows
 * which column was taken for what — correctable, with the header row and the sheet — and the rows that cannot
 * be mapped, by row number; then the rows are appended to the ledger or replace it.
 */
import { Alert, Button, InputNumber, Modal, Popconfirm, Select, Space, Spin, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { MAX_LEDGER_FILE_BYTES, type LedgerFilePreview, type LedgerView } from '../../../shared/api.js';
import { LEDGER_FIELDS, LEDGER_FIELD_LABELS, REQUIRED_LEDGER_FIELDS, type LedgerField } from '../../../shared/ledger/types.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { readFileAsBase64 } from '../import/fileBase64.js';

/** 1 → A, 27 → AA (as the spreadsheet names its columns). */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

type Mapping = Partial<Record<LedgerField, number>>;

export function ImportLedgerDialog({ agencyId, onClose, onImported }: { agencyId: number; onClose: () => void; onImported: (view: LedgerView, imported: number) => void }) {
  const api = useApi();
  const picker = useRef<HTMLInputElement | null>(null);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<LedgerFilePreview | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const read = async (f: { name: string; base64: string }, options: { sheet?: string; headerRow?: number; mapping?: Mapping } = {}): Promise<void> => {
    setBusy('正在读取…');
    setProblem(null);
    try {
      setPreview(await api.call('ledger.readFile', { fileName: f.name, base64: f.base64, ...options }));
    } catch (error) {
      setProblem(failureMessage(error));
    } finally {
      setBusy(null);
    }
  };

  const pick = async (picked: File): Promise<void> => {
    if (picked.size > MAX_LEDGER_FILE_BYTES) {
      setProblem(`“${picked.name}”有 ${(picked.size / 1024 / 1024).toFixed(1)} MB，超过了 20 MB 的上限。`);
      return;
    }
    const f = { name: picked.name, base64: await readFileAsBase64(picked) };
    setFile(f);
    setPreview(null);
    await read(f);
  };

  const remap = (field: LedgerField, column: number | null): void => {
    if (!file || !preview) return;
    const mapping: Mapping = { ...preview.mapping };
    for (const f of LEDGER_FIELDS) if (column !== null && mapping[f] === column) delete mapping[f];
    if (column === null) delete mapping[field];
    else mapping[field] = column;
    void read(file, { sheet: preview.sheet, headerRow: preview.headerRow, mapping });
  };

  const save = async (mode: 'append' | 'replace'): Promise<void> => {
    if (!file || !preview) return;
    setBusy('正在导入…');
    try {
      const { view, imported } = await api.call('ledger.importFile', {
        agencyId,
        mode,
        fileName: file.name,
        base64: file.base64,
        sheet: preview.sheet,
        headerRow: preview.headerRow,
        mapping: preview.mapping,
      });
      onImported(view, imported);
    } catch (error) {
      setProblem(failureMessage(error));
    } finally {
      setBusy(null);
    }
  };

  const width = preview ? Math.max(preview.headers.length, ...preview.rows.map((r) => r.length)) : 0;
  const columnOptions = preview
    ? [{ value: 0, label: '（不导入）' }, ...Array.from({ length: width }, (_, i) => ({ value: i + 1, label: `${columnLetter(i + 1)}列 · ${preview.headers[i] || '（无表头）'}` }))]
    : [];
  const fieldOf = new Map<number, LedgerField>(preview ? (Object.entries(preview.mapping) as [LedgerField, number][]).map(([f, c]) => [c, f]) : []);
  const shownRows = preview ? preview.rows.slice(0, preview.headerRow + 8) : [];

  return (
    <Modal open title="导入台账（Excel .xlsx 或 CSV）" width={1100} onCancel={onClose} footer={null} destroyOnHidden>
      <Spin spinning={busy !== null} description={busy ?? undefined}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Space>
            <Button type="primary" onClick={() => picker.current?.click()}>
              {file ? '换一个文件…' : '选择台账文件…'}
            </Button>
            <input
              ref={picker}
              type="file"
              aria-label="选择台账文件"
              accept=".xlsx,.csv,.txt"
              style={{ display: 'none' }}
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void pick(f);
                e.target.value = '';
              }}
            />
            <Typography.Text type="secondary">WPS、Excel 保存的 .xlsx 或 .csv（含 GBK 编码），可以有标题行；读取只在本机进行。</Typography.Text>
          </Space>
          {problem && <Alert type="error" showIcon role="alert" title="不能导入" description={problem} />}
          {preview && file && (
            <>
              <Space wrap>
                <Typography.Text strong>{preview.fileName}</Typography.Text>
                {preview.sheets.length > 1 && (
                  <Select
                    aria-label="工作表"
                    value={preview.sheet}
                    style={{ width: 200 }}
                    options={preview.sheets.map((s) => ({ value: s, label: `工作表：${s}` }))}
                    onChange={(sheet) => void read(file, { sheet })}
                  />
                )}
                <span>表头在第</span>
                <InputNumber
                  aria-label="表头行号"
                  min={1}
                  max={200000}
                  value={preview.headerRow}
                  onChange={(v) => typeof v === 'number' && void read(file, { sheet: preview.sheet, headerRow: v })}
                />
                <span>行；其下共{preview.recordCount}行申请</span>
              </Space>
              <div className="ledger-mapping">
                {LEDGER_FIELDS.map((field) => (
                  <label key={field} className="ledger-mapping-field">
                    <span>
                      {LEDGER_FIELD_LABELS[field]}
                      {REQUIRED_LEDGER_FIELDS.includes(field) ? <span className="ledger-required">*</span> : null}
                    </span>
                    <Select
                      aria-label={`${LEDGER_FIELD_LABELS[field]}取自`}
                      size="small"
                      style={{ width: 190 }}
                      value={preview.mapping[field] ?? 0}
                      options={columnOptions}
                      onChange={(v: number) => remap(field, v === 0 ? null : v)}
                    />
                  </label>
                ))}
              </div>
              {preview.missingColumns && <Alert type="warning" showIcon title="还缺少必需的列" description={`${preview.missingColumns}。请在上面为它们选择所在的列。`} />}
              <div className="ledger-preview">
                <table>
                  <thead>
                    <tr>
                      <th />
                      {Array.from({ length: width }, (_, i) => (
                        <th key={i}>
                          {columnLetter(i + 1)}
                          {fieldOf.has(i + 1) && (
                            <Tag color="blue" style={{ marginLeft: 4 }}>
                              {LEDGER_FIELD_LABELS[fieldOf.get(i + 1)!]}
                            </Tag>
                          )}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {shownRows.map((cells, r) => (
                      <tr key={r} className={r + 1 === preview.headerRow ? 'ledger-preview-header' : r + 1 < preview.headerRow ? 'ledger-preview-above' : undefined}>
                        <td>{r + 1}</td>
                        {Array.from({ length: width }, (_, i) => (
                          <td key={i}>{cells[i] ?? ''}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {preview.problems.length > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  title={`${new Set(preview.problems.map((p) => p.row)).size}行暂时不能计入表三（行号为文件中的行号；导入后可在台账中改正）`}
                  description={
                    <ul className="ledger-problems">
                      {preview.problems.slice(0, 100).map((p, i) => (
                        <li key={i}>{p.message}</li>
                      ))}
                    </ul>
                  }
                />
              )}
              <Space>
                <Button type="primary" disabled={preview.missingColumns !== null} onClick={() => void save('append')}>
                  追加到台账（{preview.recordCount}行）
                </Button>
                <Popconfirm title="替换现有台账" description="现有台账的全部行将被删除，换成这个文件中的行。" okText="替换" cancelText="取消" onConfirm={() => void save('replace')}>
                  <Button danger disabled={preview.missingColumns !== null}>
                    替换现有台账
                  </Button>
                </Popconfirm>
              </Space>
            </>
          )}
        </Space>
      </Spin>
    </Modal>
  );
}
