// Empty on purpose: see vitest.config.mts.
export {};
