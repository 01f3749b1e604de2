/** Which files of a picked folder the 汇总 screen sends, and the answer for one over the cap (renderer, pure). */
import { describe, expect, it } from 'vitest';
import { tooLarge, unitFilesOf } from '../../renderer/src/rollup/receiveFiles.js';

const file = (path: string, size = 100) => ({ name: path.split('/').pop()!, path, size });

describe('files picked for receiving', () => {
  it('from a folder: exchange files and PDFs at any depth; hidden files, lock files and other kinds passed over', () => {
    const picked = [file('U盘/部门/县财政局.nianbao.json'), file('U盘/乡镇/城关镇.PDF'), file('U盘/说明.docx'), file('U盘/.Trash/旧.json'), file('U盘/~$名单.json'), file('U盘/Thumbs.db')];
    expect(unitFilesOf(picked, true).map((f) => f.path)).toEqual(['U盘/部门/县财政局.nianbao.json', 'U盘/乡镇/城关镇.PDF']);
    // Files picked one by one are all sent: the service says what each one is.
    expect(unitFilesOf(picked, false)).toHaveLength(picked.length);
  });

  it('answers a file over 8 MB in Chinese without sending it', () => {
    expect(tooLarge(file('U盘/扫描件.pdf', 50 * 1024 * 1024))).toMatchObject({ outcome: 'unusable', message: expect.stringContaining('过大（50.0 MB）') });
    expect(tooLarge(file('U盘/县财政局.json'))).toBeNull();
  });
});
