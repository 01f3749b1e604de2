/**
 * The one Electron IPC channel every contract call travels on. Imported by electron/main (ipcMain.handle) and
 * electron/preload (ipcRenderer.invoke); it imports nothing, so the sandboxed preload bundle stays tiny.
 */
export const INVOKE_CHANNEL = 'nianbao:invoke';
