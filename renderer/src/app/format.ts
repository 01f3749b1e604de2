/** How times, sizes and kinds of things read on screen. Pure. */
import type { Backup } from '../../../shared/api.js';

export const BACKUP_REASON_LABELS: Record<Backup['reason'], string> = {
  rotation: '每日自动备份',
  migration: '升级前备份',
  signoff: '签发时备份',
  manual: '手动备份',
  'before-restore': '恢复前备份',
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2027-01-18 09:30" in the local time of the workstation. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "09:30:15" */
export function formatClock(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
