/**
 * Who published the report and when, as read from the file and correctable: the agency (one of the records,
 * matched by name, or a new one with its level), the year, the title, the issuer and the 成文日期.
 */
import { Card, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { Agency } from '../../../shared/api.js';
import { AGENCY_LEVEL_LABELS, AGENCY_LEVELS, reportTitle, type AgencyLevel } from '../../../shared/catalogue/sections.js';
import type { ReviewDraft } from './reviewDraft.js';

interface MetadataFormProps {
  readonly draft: ReviewDraft;
  readonly agencies: readonly Agency[] | null;
  readonly yearFound: boolean;
  readonly onChange: (patch: Partial<ReviewDraft>) => void;
}

export function MetadataForm({ draft, agencies, yearFound, onChange }: MetadataFormProps) {
  const chooseAgency = (value: number | 'new'): void => {
    if (value === 'new') {
      onChange({ agency: { kind: 'new', name: draft.agencyName, level: draft.level } });
      return;
    }
    const agency = agencies?.find((a) => a.id === value);
    if (agency) onChange({ agency: { kind: 'existing', agencyId: agency.id }, agencyName: agency.name, level: agency.level });
  };
  const newAgency = draft.agency.kind === 'new' ? draft.agency : null;

  return (
    <Card size="small" className="section-card" title={<span className="section-heading">报告信息</span>}>
      <Form layout="vertical" component="div" className="import-metadata">
        <Form.Item label="机关" className="import-field-agency">
          <Select<number | 'new'>
            aria-label="机关"
            loading={agencies === null}
            value={draft.agency.kind === 'existing' ? draft.agency.agencyId : 'new'}
            onChange={chooseAgency}
            options={[...(agencies ?? []).map((a) => ({ value: a.id, label: a.name })), { value: 'new' as const, label: '＋ 作为新机关保存' }]}
          />
        </Form.Item>
        {newAgency && (
          <Form.Item label="新机关的名称与类别" className="import-field-agency">
            <Space.Compact block style={{ gap: 8 }}>
              <Input
                aria-label="机关名称"
                value={newAgency.name}
                maxLength={100}
                status={newAgency.name.trim() === '' ? 'error' : ''}
                placeholder="机关名称，如 某某县交通运输局"
                onChange={(e) => onChange({ agency: { ...newAgency, name: e.target.value }, agencyName: e.target.value })}
              />
              <Select<AgencyLevel>
                aria-label="机关类别"
                style={{ width: 260, flex: 'none' }}
                value={newAgency.level}
                onChange={(level) => onChange({ agency: { ...newAgency, level }, level })}
                options={AGENCY_LEVELS.map((l) => ({ value: l, label: AGENCY_LEVEL_LABELS[l] }))}
              />
            </Space.Compact>
          </Form.Item>
        )}
        <div className="import-metadata-row">
          <Form.Item label="报告年度" validateStatus={draft.year === null ? 'error' : ''} help={!yearFound && draft.year === null ? '原文中没有找到年度，请填写' : undefined}>
            <Space.Compact>
              <InputNumber aria-label="报告年度" min={1990} max={2200} precision={0} value={draft.year} onChange={(v) => onChange({ year: typeof v === 'number' ? v : null })} />
              <Space.Addon>年度</Space.Addon>
            </Space.Compact>
          </Form.Item>
          <Form.Item label="落款单位">
            <Input aria-label="落款单位" style={{ width: 300 }} value={draft.issuer} maxLength={200} onChange={(e) => onChange({ issuer: e.target.value })} />
          </Form.Item>
          <Form.Item label="成文日期">
            <DatePicker
              aria-label="成文日期"
              style={{ width: 180 }}
              value={draft.date ? dayjs(draft.date) : null}
              format={['YYYY年M月D日', 'YYYY-MM-DD', 'YYYY/M/D']}
              onChange={(value) => onChange({ date: value ? value.format('YYYY-MM-DD') : null })}
            />
          </Form.Item>
        </div>
        <Form.Item label="标题" validateStatus={draft.title.trim() === '' ? 'error' : ''}>
          <Input
            aria-label="标题"
            value={draft.title}
            maxLength={400}
            placeholder={draft.year ? reportTitle(draft.agencyName, draft.year) : undefined}
            onChange={(e) => onChange({ title: e.target.value })}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
