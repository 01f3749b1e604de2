/**
 * electron-builder's own config validation and file matching, loaded from app-builder-lib (installed with
 * electron-builder), so the build tests judge build/electron-builder.json exactly as `npm run dist` will.
 * The matcher functions are internal to app-builder-lib 26, hence the narrow hand-written types below.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from '../cli/run-cli.js';

const require = createRequire(import.meta.url);

export type BuilderConfig = Record<string, unknown>;
type Filter = (file: string, stat: { isDirectory(): boolean; moduleFullFilePath?: string }) => boolean;
interface Matcher {
  createFilter(): Filter;
}
const noLog = { isEnabled: false, add: () => undefined };
const keep = (pattern: string) => pattern;

const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: BuilderConfig, debugLogger: typeof noLog): Promise<void>;
};
const fileMatcher = require('app-builder-lib/out/fileMatcher.js') as {
  getMainFileMatchers(appDir: string, destination: string, expand: typeof keep, platformOptions: object, platformPackager: object, outDir: string, isElectronCompile: boolean): Matcher[];
  getNodeModuleFileMatcher(appDir: string, destination: string, expand: typeof keep, platformOptions: object, packager: object): Matcher & { isEmpty(): boolean };
  getFileMatchers(config: BuilderConfig, name: 'asarUnpack', destination: string, options: object): Matcher[] | null;
};

export const CONFIG_PATH = path.join(REPO_ROOT, 'build', 'electron-builder.json');

/** Throws electron-builder's own "Invalid configuration object" error when the config breaks its schema. */
export function validate(config: BuilderConfig): Promise<void> {
  return validateConfiguration(structuredClone(config), noLog);
}

const DESTINATION = '/packaged/resources/app';
const asFile = { isDirectory: () => false };

function packagerFor(config: BuilderConfig) {
  const directories = (config.directories ?? {}) as { buildResources?: string; output?: string };
  return {
    projectDir: REPO_ROOT,
    buildResourcesDir: path.join(REPO_ROOT, directories.buildResources ?? 'build'),
    isPrepackedAppAsar: false,
    config,
    debugLogger: noLog,
  };
}

/** Whether a file of the repository (not under node_modules) is copied into the app. */
export function isAppFileIncluded(config: BuilderConfig, relativePath: string): boolean {
  const info = packagerFor(structuredClone(config));
  const outDir = path.join(REPO_ROOT, (info.config.directories as { output: string }).output);
  const [matcher] = fileMatcher.getMainFileMatchers(REPO_ROOT, DESTINATION, keep, {}, { info }, outDir, false);
  return matcher!.createFilter()(path.join(REPO_ROOT, relativePath), asFile);
}

/** Whether a file of an installed production dependency (`node_modules/<name>/…`) is copied into the app. */
export function isNodeModuleFileIncluded(config: BuilderConfig, relativePath: string): boolean {
  const matcher = fileMatcher.getNodeModuleFileMatcher(REPO_ROOT, DESTINATION, keep, {}, packagerFor(structuredClone(config)));
  if (matcher.isEmpty()) return true;
  return matcher.createFilter()(path.join(REPO_ROOT, relativePath), { ...asFile, moduleFullFilePath: relativePath });
}

/** Whether a packed file lands outside app.asar (in app.asar.unpacked). */
export function isUnpacked(config: BuilderConfig, relativePath: string): boolean {
  const matchers = fileMatcher.getFileMatchers(structuredClone(config), 'asarUnpack', DESTINATION, {
    macroExpander: keep,
    customBuildOptions: {},
    globalOutDir: path.join(REPO_ROOT, 'release'),
    defaultSrc: REPO_ROOT,
  });
  return matchers !== null && matchers[0]!.createFilter()(path.join(REPO_ROOT, relativePath), asFile);
}

export const repoFileExists = (relativePath: string): boolean => existsSync(path.join(REPO_ROOT, relativePath));
