/**
 * A prose section (一、五、六): the text with its character count, saved as it is typed; a menu of sentences
 * built from the tables to insert at the cursor and then edit; last year's text of the section beside it when the
 * records hold last year's report (X-5 warns when this year's 一 or 五 repeats it).
 */
import { Button, Card, Dropdown, Input, Typography } from 'antd';
import { memo, useRef, useState } from 'react';
import type { TextAreaRef } from 'antd/es/input/TextArea.js';
import type { SuggestedSentence } from '../../../shared/prose/sentences.js';
import type { CellMark } from './grid/cellMarks.js';

export interface ProseSectionProps {
  readonly id: string;
  readonly heading: string;
  readonly value: string;
  readonly readOnly: boolean;
  readonly mark: CellMark | undefined;
  readonly placeholder: string;
  /** The sentences the tables support now, asked for when the menu opens (not on every keystroke). */
  readonly suggest?: () => readonly SuggestedSentence[];
  readonly lastYear?: { readonly year: number; readonly text: string } | null;
  readonly onChange: (text: string) => void;
  readonly onBlur: () => void;
}

export const ProseSection = memo(function ProseSection({ id, heading, value, readOnly, mark, placeholder, suggest, lastYear, onChange, onBlur }: ProseSectionProps) {
  const area = useRef<TextAreaRef>(null);
  const [suggestions, setSuggestions] = useState<readonly SuggestedSentence[]>([]);

  const insert = (sentence: SuggestedSentence): void => {
    const element = area.current?.resizableTextArea?.textArea;
    const at = element ? element.selectionStart : value.length;
    const before = value.slice(0, at);
    const after = value.slice(at);
    const text = before + sentence.text + after;
    onChange(text);
    requestAnimationFrame(() => {
      if (!element) return;
      element.focus();
      // A template sentence: select its blank (＿＿) so typing replaces it.
      const blankAt = sentence.blank ? text.indexOf(sentence.blank, before.length) : -1;
      if (blankAt >= 0) element.setSelectionRange(blankAt, blankAt + sentence.blank!.length);
      else element.setSelectionRange(before.length + sentence.text.length, before.length + sentence.text.length);
    });
  };

  const editor = (
    <div className={mark ? `prose-field prose-${mark.severity}` : 'prose-field'} title={mark?.messages.join('\n')}>
      <Input.TextArea
        ref={area}
        id={id}
        aria-label={heading}
        value={value}
        readOnly={readOnly}
        autoSize={{ minRows: 5, maxRows: 30 }}
        showCount={{ formatter: ({ count }) => `${count} 字` }}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        className="prose-textarea"
      />
    </div>
  );

  return (
    <Card
      size="small"
      className="section-card"
      title={<span className="section-heading">{heading}</span>}
      extra={
        suggest && !readOnly ? (
          <Dropdown
            trigger={['click']}
            onOpenChange={(open) => open && setSuggestions(suggest())}
            menu={{
              items:
                suggestions.length > 0
                  ? suggestions.map((s) => ({ key: s.key, label: s.label, title: s.text }))
                  : [{ key: 'none', label: '表格中还没有可据以成句的数字', disabled: true }],
              onClick: ({ key }) => {
                const sentence = suggestions.find((s) => s.key === key);
                if (sentence) insert(sentence);
              },
            }}
          >
            <Button size="small">插入根据表格生成的句子</Button>
          </Dropdown>
        ) : null
      }
    >
      {lastYear ? (
        <div className="prose-compare">
          <div className="prose-last-year">
            <Typography.Text type="secondary">{lastYear.year} 年度报告的这一部分（只读，供对照）</Typography.Text>
            <div className="prose-last-year-text">{lastYear.text || '（上年报告此处为空）'}</div>
          </div>
          <div>{editor}</div>
        </div>
      ) : (
        editor
      )}
      {mark && <div className={`prose-message prose-message-${mark.severity}`}>{mark.messages.join('；')}</div>}
    </Card>
  );
});
