/** The prose of the published report as read — preamble, 一, 五, 六 — correctable before saving. */
import { Card, Form, Input } from 'antd';
import { SECTION_HEADINGS } from '../../../shared/catalogue/sections.js';
import type { Report } from '../../../shared/report/schema.js';

interface ProseFieldsProps {
  readonly part: 'before' | 'after';
  readonly preamble: string;
  readonly sections: Report['sections'];
  readonly onChange: (patch: { preamble?: string; sections?: Report['sections'] }) => void;
}

function Prose({ label, value, onChange }: { label: string; value: string; onChange: (text: string) => void }) {
  return (
    <Form.Item label={label}>
      <Input.TextArea aria-label={label} className="prose-textarea" value={value} autoSize={{ minRows: 2, maxRows: 14 }} onChange={(e) => onChange(e.target.value)} placeholder="原文中没有这部分" />
    </Form.Item>
  );
}

export function ProseFields({ part, preamble, sections, onChange }: ProseFieldsProps) {
  const section = (key: keyof Report['sections']) => (text: string) => onChange({ sections: { ...sections, [key]: text } });
  return (
    <Card size="small" className="section-card" title={<span className="section-heading">{part === 'before' ? '前言与一、总体情况' : '五、六 文字部分'}</span>}>
      <Form layout="vertical" component="div">
        {part === 'before' ? (
          <>
            <Prose label="前言" value={preamble} onChange={(text) => onChange({ preamble: text })} />
            <Prose label={SECTION_HEADINGS.overview} value={sections.overview} onChange={section('overview')} />
          </>
        ) : (
          <>
            <Prose label={SECTION_HEADINGS.problems} value={sections.problems} onChange={section('problems')} />
            <Prose label={SECTION_HEADINGS.other} value={sections.other} onChange={section('other')} />
          </>
        )}
      </Form>
    </Card>
  );
}
