/** The title and the optional preamble above 一, and the issuer and date block after 六. */
import { Card, DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { memo } from 'react';
import type { EditableField } from '../../../shared/api.js';
import { reportTitle } from '../../../shared/catalogue/sections.js';
import type { CellMark } from './grid/cellMarks.js';

export interface FieldHandlers {
  readonly onChange: (text: string) => void;
  readonly onBlur: () => void;
}

interface BlockProps {
  readonly marks: ReadonlyMap<string, CellMark>;
  readonly readOnly: boolean;
  readonly handlers: Readonly<Record<EditableField, FieldHandlers>>;
}

const status = (mark: CellMark | undefined): '' | 'error' | 'warning' => (mark?.severity === 'error' ? 'error' : mark?.severity === 'warning' ? 'warning' : '');
const help = (mark: CellMark | undefined): string | undefined => mark?.messages.join('；');

export const FrontMatter = memo(function FrontMatter({ agency, year, title: titleText, preamble: preambleText, marks, readOnly, handlers }: BlockProps & { agency: string; year: number; title: string; preamble: string }) {
  const title = { ...handlers.title, readOnly };
  const preamble = { ...handlers.preamble, readOnly };
  return (
    <Card size="small" className="section-card" title={<span className="section-heading">标题与前言</span>}>
      <Form layout="vertical" component="div">
        <Form.Item label="标题" validateStatus={status(marks.get('title'))} help={help(marks.get('title'))}>
          <Input
            id="field-title"
            aria-label="标题"
            value={titleText}
            placeholder={reportTitle(agency, year)}
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
            value={preambleText}
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
});

export const IssuerBlock = memo(function IssuerBlock({ issuer: issuerText, date: dateText, marks, readOnly, handlers }: BlockProps & { issuer: string; date: string | null }) {
  const issuer = { ...handlers.issuer, readOnly };
  const date = { ...handlers.date, readOnly };
  return (
    <Card size="small" className="section-card" title={<span className="section-heading">落款与成文日期</span>}>
      <Form layout="inline" component="div">
        <Form.Item label="落款单位" validateStatus={status(marks.get('issuer'))} help={help(marks.get('issuer'))}>
          <Input id="field-issuer" aria-label="落款单位" style={{ width: 340 }} value={issuerText} readOnly={issuer.readOnly} maxLength={100} onChange={(e) => issuer.onChange(e.target.value)} onBlur={issuer.onBlur} />
        </Form.Item>
        <Form.Item label="成文日期" validateStatus={status(marks.get('date'))} help={help(marks.get('date'))}>
          <DatePicker
            id="field-date"
            aria-label="成文日期"
            style={{ width: 200 }}
            value={dateText ? dayjs(dateText) : null}
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
});
