// The one "is this a plain object" check, in a module of its own so that rules and the sandbox can use it without
// loading the parsers (and the YAML library) that a cached parse does not need.

/**
 * A plain object (not null, not a list): the one check every parser, rule and the sandbox use on data a learner
 * wrote, so "object" means the same thing everywhere.
 */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
