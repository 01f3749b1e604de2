/**
 * Choosing a file is the shell's job (a native dialog in Electron, a path given by the test in the bridge).
 * Services receive this interface and never see how the path was chosen; null means the person cancelled.
 */
export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface FileDialogs {
  chooseOpenPath(options: { readonly title: string; readonly filters: readonly FileFilter[] }): Promise<string | null>;
  chooseSavePath(options: { readonly title: string; readonly defaultName: string; readonly filters: readonly FileFilter[] }): Promise<string | null>;
}

/** Dialogs for a process with no person at it: every choice is cancelled. */
export const NO_DIALOGS: FileDialogs = {
  chooseOpenPath: async () => null,
  chooseSavePath: async () => null,
};
