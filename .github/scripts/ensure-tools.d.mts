// Types for ensure-tools.mjs, so its tests (test/scripts/ensure-tools.test.ts) type-check.
export interface Tool {
  name: string;
  module: string;
  dist: string;
  version: string;
  spec: string;
  bin: string;
  for: ('grade' | 'test')[];
}
export interface Found {
  where: string;
  version: string | null;
}
export interface InstallEnv {
  platform: string;
  repoRoot: string;
  python: string | null;
  venvExists: boolean;
  pipx: boolean;
  venv: boolean;
}
export type Step =
  | { tool: string; action: 'present'; where: string; version: string | null; mismatch: boolean }
  | { tool: string; action: 'pipx'; argv: string[] }
  | {
      tool: string;
      action: 'venv';
      create: string[] | null;
      argv: string[];
      link: { from: string; to: string };
    }
  | { tool: string; action: 'manual'; hint: string };
export const TOOLS: Tool[];
export function toolsFor(purpose: string): Tool[];
export function planInstall(
  tools: readonly Tool[],
  found: Record<string, Found | undefined>,
  env: InstallEnv,
): Step[];
