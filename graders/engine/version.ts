// Kept in step with package.json by test/action/version.test.ts; a constant keeps package.json out of the bundle.
export const TOOL_NAME = 'labgrade';
export const TOOL_VERSION = '0.1.0';
export const SCHEMA_VERSION = 1;
