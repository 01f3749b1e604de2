/**
 * A new report: for which agency (one in the records or a new one), for which year, and from what — blank, carried
 * forward from last year's report in the records, or carried forward from last year's exchange file.
 */
import { Alert, App, Form, Input, InputNumber, Modal, Radio, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Agency, ReportSummary } from '../../../shared/api.js';
import { AGENCY_LEVEL_LABELS, AGENCY_LEVELS, type AgencyLevel } from '../../../shared/catalogue/sections.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { likelyReportYear, todayOf } from './deadline.js';
import { useSubmit } from '../app/useSubmit.js';

type Start = 'blank' | 'carryForward' | 'file';

export function NewReportDialog({ reports, onCancel, onCreated }: { reports: readonly ReportSummary[]; onCancel: () => void; onCreated: (reportId: number) => void }) {
  const api = useApi();
  const { message } = App.useApp();
  const [agencies, setAgencies] = useState<Agency[] | null>(null);
  const [agencyId, setAgencyId] = useState<number | 'new'>('new');
  const [name, setName] = useState('');
  const [level, setLevel] = useState<AgencyLevel>('department');
  const [issuer, setIssuer] = useState('');
  const [year, setYear] = useState<number>(likelyReportYear(todayOf(new Date())));
  const [start, setStart] = useState<Start>('blank');
  const [file, setFile] = useState<File | null>(null);
  const { busy, problem, submit: run, refuse } = useSubmit();

  useEffect(() => {
    api.call('agencies.list', {}).then(
      (list) => {
        setAgencies(list);
        if (list.length > 0) setAgencyId(list[0]!.id);
      },
      (error: unknown) => refuse(failureMessage(error)),
    );
  }, [api]);

  const lastYear = useMemo(
    () => (agencyId === 'new' ? undefined : reports.find((r) => r.agencyId === agencyId && r.year === year - 1)),
    [agencyId, reports, year],
  );
  const exists = agencyId !== 'new' && reports.some((r) => r.agencyId === agencyId && r.year === year);

  useEffect(() => {
    if (start === 'carryForward' && !lastYear) setStart('blank');
  }, [lastYear, start]);

  const submit = (): Promise<void> | void => {
    if (start === 'file' && !file) return refuse('请选择上年的交换文件（.nianbao.json）。');
    return run(async () => {
      if (start === 'file' && file) {
        const imported = await api.call('exchange.importText', { fileName: file.name, text: await file.text() });
        for (const note of imported.notes) message.info(note);
        const draft = await api.call('reports.createNextYear', { reportId: imported.detail.summary.id });
        onCreated(draft.summary.id);
        return;
      }
      let id = agencyId;
      if (id === 'new') {
        const agency = await api.call('agencies.create', { name, level, ...(issuer.trim() ? { issuer } : {}) });
        id = agency.id;
      }
      const detail = await api.call('reports.create', { agencyId: id, year, start: start === 'carryForward' ? 'carryForward' : 'blank' });
      onCreated(detail.summary.id);
    });
  };

  return (
    <Modal title="新建报告" open okText="创建" cancelText="取消" onOk={submit} onCancel={onCancel} confirmLoading={busy} width={560} destroyOnHidden>
      <Form layout="vertical" requiredMark={false} onFinish={submit}>
        {start !== 'file' && (
          <>
            <Form.Item label="机关">
              <Select
                aria-label="机关"
                loading={agencies === null}
                value={agencyId}
                onChange={setAgencyId}
                options={[...(agencies ?? []).map((a) => ({ value: a.id, label: a.name })), { value: 'new' as const, label: '＋ 新增机关…' }]}
              />
            </Form.Item>
            {agencyId === 'new' && (
              <Space.Compact block style={{ marginBottom: 16, gap: 8 }}>
                <Input aria-label="机关名称" placeholder="机关名称，如 某某县人民政府办公室" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
                <Select<AgencyLevel>
                  aria-label="机关类别"
                  style={{ width: 320 }}
                  value={level}
                  onChange={setLevel}
                  options={AGENCY_LEVELS.map((l) => ({ value: l, label: AGENCY_LEVEL_LABELS[l] }))}
                />
              </Space.Compact>
            )}
            {agencyId === 'new' && (
              <Form.Item label="落款单位（可不填，默认同机关名称）">
                <Input aria-label="落款单位" value={issuer} maxLength={100} onChange={(e) => setIssuer(e.target.value)} />
              </Form.Item>
            )}
            <Form.Item label="报告年度">
              <Space.Compact>
                <InputNumber aria-label="报告年度" min={1990} max={2200} value={year} onChange={(v) => v !== null && setYear(v)} />
                <Space.Addon>年度</Space.Addon>
              </Space.Compact>
            </Form.Item>
          </>
        )}
        <Form.Item label="起点">
          <Radio.Group value={start} onChange={(e) => setStart(e.target.value as Start)}>
            <Space orientation="vertical">
              <Radio value="blank">空白报告（各项数字为 0）</Radio>
              <Radio value="carryForward" disabled={!lastYear}>
                从记录中的 {year - 1} 年度报告结转{lastYear ? '' : '（记录中没有）'}
              </Radio>
              <Radio value="file">从上年的交换文件结转…</Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        {start === 'file' && (
          <Form.Item label="上年的交换文件" extra="本程序导出的 .nianbao.json 文件。已发布的 Word、PDF 或网页请用「导入已发布的报告」。">
            <input aria-label="选择上年的交换文件" type="file" accept=".json,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </Form.Item>
        )}
        {start === 'carryForward' && (
          <Typography.Paragraph type="secondary">上年的「结转下年度继续办理」成为今年的「上年结转」，主动公开的「现行有效件数」成为今年的起点。</Typography.Paragraph>
        )}
        {exists && start !== 'file' && <Alert type="warning" showIcon title={`这个机关的 ${year} 年度报告已经存在，请从列表中打开。`} />}
        {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 12 }} />}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
