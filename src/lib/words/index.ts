/**
 * Words: how every figure, date, name and record reads, in en-GB. Framework-free, so the core
 * (model, analysis, editing), the report, the pages and the command line all say one thing one
 * way. It imports nothing but the model's types.
 */
export * from './numbers';
export * from './money';
export * from './dates';
export * from './records';
export * from './sameCost';
export * from './links';
export * from './funding';
export * from './meetings';
export * from './sources';
export * from './provenance';
export * from './origin';
export * from './assumptions';
export * from './spans';
