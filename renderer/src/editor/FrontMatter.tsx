/** The title and the optional preamble above 一, and the issuer and date block after 六. */
import { Card, DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import type { EditableField } from '../../../shared/api.js';
import { reportTitle } from '../../../shared/catalogue/sections.js';
import type { Report } from '../../../shared/report/schema.js';
import type { CellMark } from './grid/cellMarks.js';

type FieldProps = (name: EditableField) => { readOnly: boolean; onChange: (text: string) => void; onBlur: () => void };

interface BlockProps {
  readonly report: Report;
  readonly marks: ReadonlyMap<string, CellMark>;
  readonly field: FieldProps;
}

const status = (mark: CellMark | undefined): '' | 'error' | 'warning' => (mark?.severity === 'error' ? 'error' : mark?.severity === 'warning' ? 'warning' : '');
const help = (mark: CellMark | undefined): string | undefined => mark?.messages.join('；');

export function FrontMatter({ report, marks, field }: BlockProps) {
  const title = field('title');
  const preamble = field('preamble');
  return (
    <Card size="small" className="section-card" title={<span className="section-heading">标题与前言</span>}>
      <Form layout="vertical" component="div">
        <Form.Item label="标题" validateStatus={status(marks.get('title'))} help={help(marks.get('title'))}>
          <Input
            id="field-title"
            aria-label="标题"
            value={report.title}
            placeholder={reportTitle(report.agency, report.year)}
            readOnly={title.readOnly}
            maxLength={400}
            onChange={(e) => title.onChange(e.target.value)}
            onBlur={title.onBlur}
          />
        </Form.Item>
        <Form.Item label="前言（可不写）" validateStatus={status(marks.get('preamble'))} help={help(marks.get('preamble'))}>
          <Input.TextArea
            id="field-preamble"
            aria-label="前言"
            value={report.preamble}
            readOnly={preamble.readOnly}
            autoSize={{ minRows: 2, maxRows: 10 }}
            placeholder="本报告根据《中华人民共和国政府信息公开条例》……编制。"
            onChange={(e) => preamble.onChange(e.target.value)}
            onBlur={preamble.onBlur}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}

export function IssuerBlock({ report, marks, field }: BlockProps) {
  const issuer = field('issuer');
  const date = field('date');
  return (
    <Card size="small" className="section-card" title={<span className="section-heading">落款与成文日期</span>}>
      <Form layout="inline" component="div">
        <Form.Item label="落款单位" validateStatus={status(marks.get('issuer'))} help={help(marks.get('issuer'))}>
          <Input id="field-issuer" aria-label="落款单位" style={{ width: 340 }} value={report.issuer} readOnly={issuer.readOnly} maxLength={100} onChange={(e) => issuer.onChange(e.target.value)} onBlur={issuer.onBlur} />
        </Form.Item>
        <Form.Item label="成文日期" validateStatus={status(marks.get('date'))} help={help(marks.get('date'))}>
          <DatePicker
            id="field-date"
            aria-label="成文日期"
            value={report.date ? dayjs(report.date) : null}
            disabled={date.readOnly}
            format={['YYYY年M月D日', 'YYYY-MM-DD', 'YYYY/M/D']}
            onChange={(value) => {
              date.onChange(value ? value.format('YYYY-MM-DD') : '');
              date.onBlur();
            }}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
