/**
 * What the kill tests' child processes share: the real services on the data folder the parent gives, and one line
 * at a time to the parent with a synchronous write, so the parent sees exactly what was acknowledged before a kill.
 */
import { writeSync } from 'node:fs';
import type { Dispatch } from '../../electron/services/api/dispatcher.js';
import { openAppServices } from '../../electron/services/app/appServices.js';
import { NO_DIALOGS } from '../../electron/services/app/dialogs.js';

export const say = (line: string): void => {
  writeSync(1, `${line}\n`);
};

/** The dispatcher of the real services on `dataDir`. */
export const childDispatch = (dataDir: string): Dispatch => openAppServices({ dataDir, defaultUserName: '压力测试', dialogs: NO_DIALOGS }).dispatch;
