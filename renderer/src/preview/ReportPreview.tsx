/**
 * The report as it will be printed, in HTML: white A4 paper (210 mm, GB/T 9704 margins 37/26/35/28 mm) on a
 * grey desk; the title centred; the preamble; sections 一 to 六 with their headings, prose paragraphs indented
 * two characters and tables 二/三/四 drawn from the layout data; the issuer and the date at the right. One
 * continuous sheet, not paginated: page breaks are the PDF's job. Read-only; a missing value prints blank.
 */
import { chineseDate } from '../../../shared/calendar.js';
import { TABLE_LAYOUTS } from '../../../shared/catalogue/layout.js';
import { SECTION_HEADINGS, SECTION_ORDER, type ProseSectionKey } from '../../../shared/catalogue/sections.js';
import { leadingHeading, paragraphsOf, printedTitle, titleSeam } from '../../../shared/report/printedText.js';
import type { Report } from '../../../shared/report/schema.js';
import { PreviewTable } from './PreviewTable.js';
import './preview.css';

export interface ReportPreviewProps {
  readonly report: Report;
  /** An unsigned report: printed pages carry 草稿（未签发） at the top, as the PDF's do. */
  readonly draft?: boolean;
}

export function ReportPreview({ report, draft = false }: ReportPreviewProps) {
  return (
    <div className="preview-desk">
      {draft && (
        <div className="preview-draft-mark" aria-hidden="true">
          草稿（未签发）
        </div>
      )}
      <article className={`preview-paper${draft ? ' preview-paper-draft' : ''}`} lang="zh-CN" aria-label={printedTitle(report)}>
        <Title title={printedTitle(report)} />
        <Paragraphs text={report.preamble} />
        {SECTION_ORDER.map((key) => {
          const layout = TABLE_LAYOUTS.find((table) => table.key === key);
          return (
            <section key={key} className={`preview-section preview-section-${key}`}>
              <h2 className="preview-heading">{layout ? layout.heading : SECTION_HEADINGS[key]}</h2>
              {layout ? <PreviewTable layout={layout} report={report} /> : <Paragraphs text={report.sections[key as ProseSectionKey]} />}
            </section>
          );
        })}
        <Signature issuer={report.issuer} date={report.date} />
      </article>
    </div>
  );
}

/** The title, breaking (when it must) before 政府信息公开工作年度报告 rather than inside a word, as the PDF does. */
function Title({ title }: { readonly title: string }) {
  const seam = titleSeam(title);
  return (
    <h1 className="preview-title">
      {seam ? (
        <>
          <span className="preview-title-part">{seam.head}</span>
          <wbr />
          <span className="preview-title-part">{seam.tail}</span>
        </>
      ) : (
        title
      )}
    </h1>
  );
}

/** Prose as printed: one paragraph per line, indented two characters, a leading （一）… sub-heading bold. */
function Paragraphs({ text }: { readonly text: string }) {
  return (
    <>
      {paragraphsOf(text).map((paragraph, i) => {
        const heading = leadingHeading(paragraph);
        return (
          <p key={i} className="preview-paragraph">
            {heading !== undefined && <strong className="preview-subheading">{heading}</strong>}
            {heading !== undefined ? paragraph.slice(heading.length) : paragraph}
          </p>
        );
      })}
    </>
  );
}

/** The issuer centred over the date, the date four characters in from the right (GB/T 9704 7.3.5, as the PDF). */
function Signature({ issuer, date }: { readonly issuer: string; readonly date: string | null }) {
  const name = issuer.trim();
  const dated = date ? chineseDate(date) : '';
  if (!name && !dated) return null;
  return (
    <div className="preview-signature">
      {name && <div className="preview-issuer">{name}</div>}
      {dated && <div className="preview-date">{dated}</div>}
    </div>
  );
}
