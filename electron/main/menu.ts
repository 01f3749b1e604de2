/**
 * The application menu as data: Chinese labels, Windows-style accelerators, the actions passed in by main.ts.
 * Reload and the developer tools exist only in development builds.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  importReport(): void;
  exportExchange(): void;
  quit(): void;
  showAbout(): void;
}

export function applicationMenuTemplate(actions: MenuActions, options: { development: boolean }): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: '实际大小', role: 'resetZoom' },
    { label: '放大', role: 'zoomIn' },
    { label: '缩小', role: 'zoomOut' },
  ];
  if (options.development) {
    view.push({ type: 'separator' }, { label: '重新加载', role: 'reload' }, { label: '开发者工具', role: 'toggleDevTools' });
  }
  return [
    {
      label: '文件',
      submenu: [
        { label: '导入报告…', accelerator: 'CmdOrCtrl+O', click: () => actions.importReport() },
        { label: '导出交换文件…', accelerator: 'CmdOrCtrl+S', click: () => actions.exportExchange() },
        { type: 'separator' },
        { label: '退出', accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    { label: '视图', submenu: view },
    { label: '帮助', submenu: [{ label: '关于年报', click: () => actions.showAbout() }] },
  ];
}
