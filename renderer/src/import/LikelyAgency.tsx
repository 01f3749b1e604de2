/**
 * When the report's agency is not in the records by name but one or more agencies there are likely the same
 * (the title names it with its city, or one character differs), a clear choice: file it under one of them, or
 * keep it as a new agency (the form below stays as it is until the person chooses).
 */
import { Alert, Button, Space } from 'antd';
import { useMemo } from 'react';
import type { Agency } from '../../../shared/api.js';
import { AGENCY_LEVEL_SHORT_LABELS } from '../../../shared/catalogue/sections.js';
import { matchAgency } from '../../../shared/import/agencyMatch.js';

export function LikelyAgency({ name, agencies, onChoose }: { readonly name: string; readonly agencies: readonly Agency[]; readonly onChoose: (agency: Agency) => void }) {
  const likely = useMemo(() => {
    const match = matchAgency(name, agencies);
    if (match.kind === 'same') return agencies.filter((a) => a.id === match.id);
    return match.kind === 'likely' ? agencies.filter((a) => match.ids.includes(a.id)) : [];
  }, [name, agencies]);
  if (likely.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={`原文的机关“${name}”与记录中已有的机关名称相近，是同一机关吗？`}
      description={
        <Space wrap>
          {likely.map((agency) => (
            <Button key={agency.id} size="small" type="primary" onClick={() => onChoose(agency)}>
              是，归入“{agency.name}”（{AGENCY_LEVEL_SHORT_LABELS[agency.level]}）
            </Button>
          ))}
          <span>不是则保持下方“作为新机关保存”。</span>
        </Space>
      }
    />
  );
}
