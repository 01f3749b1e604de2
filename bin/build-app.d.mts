// Types of bin/build-app.mjs for the TypeScript that imports it (electron/start.ts, test/build).
export declare const MAIN_EXTERNALS: readonly string[];
export declare const PRELOAD_EXTERNALS: readonly string[];
export interface BuiltApp {
  readonly outDir: string;
  readonly mainFile: string;
  readonly preloadFile: string;
  readonly rendererDir: string;
  readonly rendererSource: 'vite';
  /** Source files bundled into main.cjs, relative to the repository. */
  readonly mainInputs: readonly string[];
  /** Modules main.cjs requires at run time. */
  readonly mainImports: readonly string[];
  /** Modules preload.cjs requires at run time. */
  readonly preloadImports: readonly string[];
  /** The PDF worker thread's bundle, next to main.cjs. */
  readonly pdfWorkerFile: string;
  /** Modules pdfWorker.cjs requires at run time. */
  readonly pdfWorkerImports: readonly string[];
  /** The bundle of the worker that parses files from elsewhere, next to main.cjs. */
  readonly outsideWorkerFile: string;
  /** Modules outsideWorker.cjs requires at run time. */
  readonly outsideWorkerImports: readonly string[];
}
export declare function buildApp(options?: { root?: string; outDir?: string; log?: boolean }): Promise<BuiltApp>;
/** Builds the UI with Vite in production mode into outDir (also used by the browser tests). */
export declare function buildRenderer(options: { root?: string; outDir: string; log?: boolean }): Promise<void>;
