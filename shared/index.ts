/** The report-schema module: pure TypeScript shared by main process, renderer, CLI and tests. */
export * from './catalogue/cells.js';
export * from './catalogue/layout.js';
export * from './catalogue/sections.js';
export * from './calendar.js';
export * from './report/blank.js';
export * from './report/carryForward.js';
export * from './report/decimal.js';
export * from './report/exchange.js';
export * from './report/fingerprint.js';
export * from './report/schema.js';
export * from './rules/catalogue.js';
export * from './rules/engine.js';
export type * from './rules/types.js';
