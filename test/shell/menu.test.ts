/** The application menu (electron/main/menu.ts): what a clerk sees in the menu bar, in Chinese. */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate, type MenuActions } from '../../electron/main/menu.js';

const actions = (): MenuActions => ({ importReport: vi.fn(), exportExchange: vi.fn(), quit: vi.fn(), showAbout: vi.fn() });
const submenu = (menu: MenuItemConstructorOptions[], label: string) => menu.find((m) => m.label === label)!.submenu as MenuItemConstructorOptions[];
const items = (menu: MenuItemConstructorOptions[], label: string) => submenu(menu, label).filter((item) => item.type !== 'separator');
const allItems = (menu: MenuItemConstructorOptions[]) => menu.flatMap((m) => m.submenu as MenuItemConstructorOptions[]);

describe('application menu', () => {
  const production = applicationMenuTemplate(actions(), { development: false });

  it('has 文件, 编辑, 视图, 帮助 in that order', () => {
    expect(production.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('文件 offers 导入报告… (Ctrl+O), 导出交换文件… (Ctrl+S) and 退出, each calling its action', () => {
    const given = actions();
    const menu = applicationMenuTemplate(given, { development: false });
    const file = submenu(menu, '文件');
    expect(file.map((item) => item.label ?? item.type)).toEqual(['导入报告…', '导出交换文件…', 'separator', '退出']);
    expect(file.map((item) => item.accelerator)).toEqual(['CmdOrCtrl+O', 'CmdOrCtrl+S', undefined, 'CmdOrCtrl+Q']);
    const click = (label: string) => (file.find((item) => item.label === label)!.click as () => void)();
    click('导入报告…');
    click('导出交换文件…');
    click('退出');
    expect(given.importReport).toHaveBeenCalledOnce();
    expect(given.exportExchange).toHaveBeenCalledOnce();
    expect(given.quit).toHaveBeenCalledOnce();
  });

  it('编辑 uses the built-in roles, so copy and paste work in every field', () => {
    expect(items(production, '编辑').map((item) => [item.label, item.role])).toEqual([
      ['撤销', 'undo'],
      ['重做', 'redo'],
      ['剪切', 'cut'],
      ['复制', 'copy'],
      ['粘贴', 'paste'],
      ['全选', 'selectAll'],
    ]);
  });

  it('视图 offers zoom for small screens and large type', () => {
    expect(items(production, '视图').map((item) => [item.label, item.role])).toEqual([
      ['实际大小', 'resetZoom'],
      ['放大', 'zoomIn'],
      ['缩小', 'zoomOut'],
    ]);
  });

  it('帮助 has 关于年报', () => {
    const given = actions();
    const about = items(applicationMenuTemplate(given, { development: false }), '帮助');
    expect(about.map((item) => item.label)).toEqual(['关于年报']);
    (about[0]!.click as () => void)();
    expect(given.showAbout).toHaveBeenCalledOnce();
  });

  it('security: the installed app has no developer tools or reload in its menu', () => {
    const roles = allItems(production).map((item) => item.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
  });

  it('a development build adds 重新加载 and 开发者工具', () => {
    const roles = items(applicationMenuTemplate(actions(), { development: true }), '视图').map((item) => item.role);
    expect(roles).toContain('reload');
    expect(roles).toContain('toggleDevTools');
  });

  it('every label shown is Chinese', () => {
    for (const item of [...production, ...allItems(production)]) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item)).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
