/** Adding a unit to the roster, or renaming one (name and 类别). */
import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { AGENCY_LEVELS, AGENCY_LEVEL_SHORT_LABELS, type AgencyLevel } from '../../../shared/catalogue/sections.js';

export interface RosterUnitDraft {
  readonly rosterId: number | null;
  readonly name: string;
  readonly level: AgencyLevel | null;
}

export function RosterUnitDialog({ draft, onSave, onClose }: { draft: RosterUnitDraft; onSave: (d: RosterUnitDraft) => Promise<void>; onClose: () => void }) {
  const [name, setName] = useState(draft.name);
  const [level, setLevel] = useState<AgencyLevel | null>(draft.level);
  const [busy, setBusy] = useState(false);
  const save = async (): Promise<void> => {
    setBusy(true);
    try {
      await onSave({ rosterId: draft.rosterId, name: name.trim(), level });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      title={draft.rosterId === null ? '在名单中添加单位' : '修改单位名称'}
      open
      okText="保存"
      cancelText="取消"
      onOk={save}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ disabled: name.trim() === '' }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="单位名称">
          <Input aria-label="单位名称" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </Form.Item>
        <Form.Item label="类别">
          <Select<AgencyLevel | 'none'>
            aria-label="类别"
            value={level ?? 'none'}
            onChange={(v) => setLevel(v === 'none' ? null : v)}
            options={[{ value: 'none', label: '未注明' }, ...AGENCY_LEVELS.map((l) => ({ value: l, label: AGENCY_LEVEL_SHORT_LABELS[l] }))]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
