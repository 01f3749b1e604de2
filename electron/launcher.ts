/**
 * `npm start` decides here whether the desktop app can run: the electron package exports the path of its
 * program file, but throws when that file was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD, no internet).
 * Pure: the lookup and the file check are passed in, so both outcomes are unit-tested.
 */

export type Launch = { readonly kind: 'run'; readonly binary: string } | { readonly kind: 'missing'; readonly message: string };

export const ELECTRON_MISSING_MESSAGE =
  '本机没有安装 Electron 程序文件，无法打开年报桌面窗口：请在能上网的电脑上运行 node node_modules/electron/install.js' +
  '（或取消 ELECTRON_SKIP_BINARY_DOWNLOAD 后重新 npm ci）；开发时可用 npm run bridge 在浏览器中使用同一套服务。';

/** @param requireElectron returns what `require('electron')` returns in Node: the program's path (or throws) */
export function locateElectronBinary(requireElectron: () => unknown): string | null {
  try {
    const found = requireElectron();
    return typeof found === 'string' && found !== '' ? found : null;
  } catch {
    return null;
  }
}

export function decideLaunch(binary: string | null, fileExists: (path: string) => boolean): Launch {
  if (binary !== null && fileExists(binary)) return { kind: 'run', binary };
  return { kind: 'missing', message: ELECTRON_MISSING_MESSAGE };
}

/** The environment for Electron: never started as plain Node, whatever the calling shell has set. */
export function electronEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = { ...env };
  delete clean.ELECTRON_RUN_AS_NODE;
  return clean;
}
