// Which labs a run grades: the one rule the CLI (`--lab`) and the action (input `labs`) share.
import type { Lab, LabOutline, Rule } from './types.js';

/** The course: every lab and every rule, in the fixed order that keeps reports deterministic. */
export interface Registry {
  labs: readonly Lab[];
  rules: readonly Rule[];
}

export type LabRequest =
  | { kind: 'all' }
  /** The labs a change touched; `null` when the change is unknown (a push, or no API), which grades all. */
  | { kind: 'changed'; labIds: readonly string[] | null }
  | { kind: 'ids'; labIds: readonly string[] };

/** A lab id the registry does not know; the message lists the known ones. */
export class UnknownLabError extends Error {
  constructor(
    readonly labId: string,
    known: readonly string[],
  ) {
    super(`unknown lab '${labId}'; known labs: ${known.join(', ')}`);
    this.name = 'UnknownLabError';
  }
}

/** The labs to grade, in registry order. Throws UnknownLabError for an id the registry does not know. */
export function selectLabs<L extends LabOutline = Lab>(
  registry: { readonly labs: readonly L[] },
  request: LabRequest,
): L[] {
  if (request.kind === 'all' || (request.kind === 'changed' && request.labIds === null))
    return [...registry.labs];
  const wanted = request.labIds ?? [];
  if (request.kind === 'ids') {
    const unknown = wanted.find((id) => !registry.labs.some((l) => l.id === id));
    if (unknown !== undefined)
      throw new UnknownLabError(
        unknown,
        registry.labs.map((l) => l.id),
      );
  }
  return registry.labs.filter((l) => wanted.includes(l.id));
}
