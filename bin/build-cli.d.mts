export declare const CLI_EXTERNALS: string[];
export declare const CLI_ENTRY: string;
export declare const ROLLUP_WORKER_ENTRY: string;
export declare const STAMP_NAME: string;
export declare function buildCli(options?: { root?: string; outDir?: string }): Promise<{ entryFile: string; inputs: string[] }>;
export declare function stampOf(root: string, inputs: string[]): Promise<{ entry: string; sources: Record<string, [number, number]> }>;
