/**
 * Step one: pick last year's published report (a web page, Word file, PDF, text, or our own file). The bytes are
 * read here as base64 and sent to `imports.readFile`, which saves nothing; a refusal is shown as the service
 * says it, and another file can be picked at once.
 */
import { Alert, Button, Card, Spin, Typography } from 'antd';
import { useRef, useState } from 'react';
import { MAX_IMPORT_FILE_BYTES, type ImportReview } from '../../../shared/api.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { readFileAsBase64 } from './fileBase64.js';

export const IMPORT_ACCEPT = '.json,.pdf,.docx,.html,.htm,.txt';

export function FilePicker({ onRead }: { onRead: (review: ImportReview) => void }) {
  const api = useApi();
  const input = useRef<HTMLInputElement | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const read = async (file: File): Promise<void> => {
    setProblem(null);
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      setProblem(`“${file.name}”有 ${(file.size / 1024 / 1024).toFixed(1)} MB，超过了 8 MB 的上限。`);
      if (input.current) input.current.value = '';
      return;
    }
    setReading(file.name);
    try {
      const base64 = await readFileAsBase64(file);
      const review = await api.call('imports.readFile', { fileName: file.name, base64 });
      onRead(review);
    } catch (error) {
      setProblem(failureMessage(error));
    } finally {
      setReading(null);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Card className="import-picker" title={<span className="section-heading">导入已发布的报告</span>}>
      <Typography.Paragraph>
        选择上年已公开的年度报告：政府网站上的网页（.html）、Word 文件（.docx）、PDF、复制下来的文本（.txt），或本软件的交换文件（.json）。
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        读取只在本机进行，不联网。读取后先逐项核对，确认无误再保存；保存前不会写入记录。
      </Typography.Paragraph>
      <Spin spinning={reading !== null} description={reading ? `正在读取“${reading}”…` : undefined}>
        <div className="import-picker-row">
          <Button type="primary" size="large" disabled={reading !== null} onClick={() => input.current?.click()}>
            选择文件…
          </Button>
          <input
            ref={input}
            type="file"
            aria-label="选择文件"
            className="import-file-input"
            accept={IMPORT_ACCEPT}
            tabIndex={-1}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void read(file);
            }}
          />
          <Typography.Text type="secondary">支持 .html .htm .docx .pdf .txt .json，最大 8 MB</Typography.Text>
        </div>
      </Spin>
      {problem && (
        <Alert className="import-problem" type="error" showIcon role="alert" title="这个文件不能导入" description={`${problem}请选择另一个文件。`} />
      )}
    </Card>
  );
}
