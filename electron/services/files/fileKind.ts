/** What a path is when it is neither a regular file nor a folder, in words ("设备", "管道", "套接字"), else null. */
export function specialFileKind(info: { isCharacterDevice(): boolean; isBlockDevice(): boolean; isFIFO(): boolean; isSocket(): boolean }): string | null {
  if (info.isCharacterDevice() || info.isBlockDevice()) return '设备';
  if (info.isFIFO()) return '管道';
  if (info.isSocket()) return '套接字';
  return null;
}
