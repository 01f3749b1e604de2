/**
 * Why a file from elsewhere was stopped while being read, as predicates the file's name is put before
 * ("“a.pdf”解压后的内容过大……"): one sentence each, saying what happened and that reading stopped.
 */
export const outsideRefusals = {
  inflatesTooMuch: '解压后的内容过大（可能是恶意构造的 PDF 文件），已停止读取',
  attachmentTooLarge: '附带的文件解压后过大（可能是恶意构造的 PDF 文件），已停止读取',
  tooManyTextOperators: '包含的文字操作过多（可能是恶意构造的 PDF 文件），已停止读取',
  imageWhereTextExpected: '在文字或附件的位置放了无法预先核对大小的图像数据（可能是恶意构造的 PDF 文件），已停止读取',
  tooComplex: '结构异常复杂，读取所需的工作量远超文件大小（可能是恶意构造的 PDF 文件），已停止读取',
  needsPassword: '设有打开密码，本软件不能读取；请在 PDF 阅读器中输入密码打开后，另存为不加密的 PDF 再试',
  unsupportedEncryption: '使用了本软件不支持的加密方式（不是常见的 PDF 口令加密），请另存为不加密的 PDF 再试',
  outOfMemory: '读取时占用的内存超过上限（可能是恶意构造的文件），已停止读取',
  timedOut: (seconds: number) => `读取时间超过${seconds}秒（可能是恶意构造的文件），已停止读取`,
  workerFailed: (detail: string) => `读取时发生内部错误（${detail.slice(0, 120)}），已停止读取，请将此文件反馈给年报软件维护人员`,
} as const;
