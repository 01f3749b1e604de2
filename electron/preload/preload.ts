/**
 * The sandboxed preload: exposes exactly one function to the page, window.nianbao.invoke(channel, input),
 * which forwards to the main process on the one IPC channel. Nothing else (no ipcRenderer, no Node) crosses.
 * Bundled by bin/build-app.mjs into one CommonJS file whose only require is 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Invoke } from '../../shared/api.js';
import { INVOKE_CHANNEL } from '../ipcChannel.js';

const invoke: Invoke = (channel, input) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, input);

contextBridge.exposeInMainWorld('nianbao', { invoke });
