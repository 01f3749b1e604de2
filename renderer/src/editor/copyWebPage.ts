/**
 * 复制为网页: the report's web page (inline styles, no script) on the clipboard as HTML, with a plain-text copy
 * for programs that take no HTML, so it can be pasted straight into the CMS editor of the 公开专栏.
 */
export interface WebPage {
  readonly html: string;
  readonly text: string;
}

export async function copyWebPage(page: WebPage, clipboard: Clipboard | undefined = navigator.clipboard): Promise<void> {
  if (!clipboard || typeof ClipboardItem === 'undefined' || typeof clipboard.write !== 'function') {
    throw new Error('这台电脑的浏览器环境不允许写入剪贴板，请改用“导出网页”保存为文件');
  }
  await clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([page.html], { type: 'text/html' }),
      'text/plain': new Blob([page.text], { type: 'text/plain' }),
    }),
  ]);
}
