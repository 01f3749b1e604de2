/** Why a file cannot be imported, in one Chinese phrase each (the file's name is put before it). */
export const importRefusals = {
  directory: (path: string) => `“${path}”是一个文件夹，不是文件`,
  tooLarge: (path: string, size: number) => `“${path}”过大（${(size / 1024 / 1024).toFixed(1)} MB），不像是一份年度报告`,
  tooLargeBytes: '过大，不像是一份年度报告',
  empty: '是空文件，没有任何内容',
  oldOffice: '是旧版 Word/Excel 文件（.doc/.xls），请在 Word 或 WPS 中另存为 .docx 后再导入',
  sqlite: '是数据库文件，不是年度报告',
  damagedPdf: '是损坏的或无法读取的 PDF 文件',
  attachmentNotUtf8: '附带的报告数据不是 UTF-8 文本，可能已损坏',
  pdfTooLarge: '是页数或文字过多的 PDF 文件，不像是一份年度报告',
  pdfNoText: '是没有文字层的 PDF 文件（可能是扫描件），无法读取其中的文字；请改用网页、Word 版本或带文字的 PDF',
  notDocx: '是压缩文件，但不是 Word 文档（.docx）',
  zipTooLarge: '解压后的内容过大（可能是恶意构造的压缩文件），已停止读取',
  zipTooManyEntries: '包含的文件过多（可能是恶意构造的压缩文件），已停止读取',
  damagedDocx: '是损坏的或无法读取的 Word 文档（.docx）',
  notText: '不是文本、网页、Word 或 PDF 文件，无法读取',
  internal: (detail: string) => `读取时发生内部错误（${detail.slice(0, 120)}），请将此文件反馈给年报软件维护人员`,
} as const;
