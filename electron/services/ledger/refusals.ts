/** Why a ledger file cannot be read, in one Chinese sentence each (the file's name is put before it). */
export const ledgerRefusals = {
  directory: (path: string) => `“${path}”是一个文件夹，不是台账文件`,
  tooLarge: (path: string, size: number) => `“${path}”过大（${(size / 1024 / 1024).toFixed(1)} MB），不像是一份依申请公开台账`,
  empty: '是空文件，没有任何内容',
  oldExcel: '是旧版 Excel 文件（.xls），请在 Excel 或 WPS 中另存为 .xlsx 后再导入',
  notSpreadsheet: '不是 Excel 表格（.xlsx）或 CSV 文件，无法读取',
  damagedXlsx: '是损坏的或无法读取的 Excel 表格（.xlsx）',
  notXlsx: '是压缩文件，但不是 Excel 表格（.xlsx）',
  zipTooLarge: '解压后的内容过大（一个工作表解压后最多 32 MB，约10万行台账；也可能是恶意构造的压缩文件），已停止读取',
  zipTooManyEntries: '包含的文件过多（可能是恶意构造的压缩文件），已停止读取',
  tooManyCells: '的表格过大（超过20万行或500列），不像是一份依申请公开台账',
  tooManyStrings: '中的文字条目过多（超过100万条，可能是恶意构造的 Excel 文件），已停止读取',
  cellTooLong: '中有一段文字超过 Excel 单元格允许的32767个字（可能是恶意构造的文件），已停止读取',
  declaresEntities: '中含有 Excel 不会写入的 XML 实体声明（可能是恶意构造的文件），已停止读取',
  tooMuchText: '中的文字总量过大（可能是恶意构造的 Excel 文件），已停止读取',
  csvTooLarge: '的 CSV 表格过大（超过20万行、500列，或一格超过32767个字），不像是一份依申请公开台账',
  notText: '既不是 Excel 表格，也不是可识别编码（UTF-8 或 GBK）的 CSV 文本',
  noSheet: '中没有任何工作表',
  noRows: '中没有任何数据',
  noHeader:
    '台账中找不到表头：应有一行写明“收到日期”（或“申请日期”“受理日期”）、“申请人类型”（或“申请主体”）、“办理结果”（或“答复结果”“处理结果”）和“答复日期”（或“办结日期”）',
  sheetNotFound: (sheet: string) => `中没有名为“${sheet}”的工作表`,
} as const;
