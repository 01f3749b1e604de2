/** antd theme: the quiet blue and the type of Chinese office software, sized for long sessions of data entry. */
import type { ThemeConfig } from 'antd';

export const UI_FONT = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", sans-serif';

export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fa8',
    fontFamily: UI_FONT,
    fontSize: 14,
    borderRadius: 4,
  },
};
