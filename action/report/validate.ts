// Validates a report that arrived as an artifact from an untrusted run (a fork can write anything into
// it). It must be a well-formed schema-v1 report whose labs and items match our rubrics and whose
// numbers add up; anything else is refused, and the trusted regrade stands alone.
import type { ItemStatus, Lab, LabStatus, Report } from '../../graders/engine/types.js';

const ITEM_STATUSES: readonly ItemStatus[] = [
  'passed',
  'partial',
  'failed',
  'skipped',
  'not-gradable',
  'grader-error',
];
const LAB_STATUSES: readonly LabStatus[] = [
  'passed',
  'partial',
  'failed',
  'not-started',
  'not-gradable',
  'grader-error',
];
const MAX_TEXT = 20_000;
const EPS = 1e-6;

export type Validation = { ok: true; report: Report } | { ok: false; errors: string[] };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;

export function validateReport(raw: unknown, labs: readonly Lab[]): Validation {
  const errors: string[] = [];
  const fail = (m: string) => {
    if (errors.length < 20) errors.push(m);
  };
  if (!isObj(raw)) return { ok: false, errors: ['the report is not a JSON object'] };
  if (raw['schemaVersion'] !== 1)
    fail(`schemaVersion must be 1, got ${JSON.stringify(raw['schemaVersion'])}`);
  const tool = raw['tool'];
  if (
    !isObj(tool) ||
    !isText(tool['name'], 100) ||
    !isText(tool['version'], 100) ||
    !(tool['cfnLint'] === null || isText(tool['cfnLint'], 100))
  ) {
    fail('tool must be { name, version, cfnLint }');
  }
  if (!isNum(raw['score']) || !isNum(raw['maxScore'])) fail('score and maxScore must be numbers');
  if (!isNum(raw['durationMs'])) fail('durationMs must be a number');
  if (!Array.isArray(raw['labs'])) return { ok: false, errors: [...errors, 'labs must be an array'] };
  const seen = new Set<string>();
  let total = 0;
  let totalMax = 0;
  for (const [i, lab] of (raw['labs'] as unknown[]).entries()) {
    if (!isObj(lab) || !isText(lab['id'], 100)) {
      fail(`labs[${i}] is not a lab`);
      continue;
    }
    const id = lab['id'];
    const rubric = labs.find((l) => l.id === id);
    if (!rubric) {
      fail(`labs[${i}] names an unknown lab`);
      continue;
    }
    if (seen.has(id)) fail(`lab ${id} appears twice`);
    seen.add(id);
    if (!isText(lab['title'], 200)) fail(`lab ${id}: title must be text`);
    if (!LAB_STATUSES.includes(lab['status'] as LabStatus)) fail(`lab ${id}: unknown status`);
    const max = rubric.items.reduce((s, it) => s + it.points, 0);
    if (lab['maxScore'] !== max) fail(`lab ${id}: maxScore must be ${max}`);
    if (!Array.isArray(lab['notices']) || !(lab['notices'] as unknown[]).every(isFinding))
      fail(`lab ${id}: notices must be findings`);
    if (!Array.isArray(lab['items'])) {
      fail(`lab ${id}: items must be an array`);
      continue;
    }
    const items = lab['items'] as unknown[];
    if (items.length !== rubric.items.length) fail(`lab ${id}: expected ${rubric.items.length} items`);
    let earnedSum = 0;
    for (const [j, item] of items.entries()) {
      const spec = rubric.items[j];
      if (!isObj(item) || !spec || item['id'] !== spec.id) {
        fail(`lab ${id}: items[${j}] does not match the rubric`);
        continue;
      }
      if (item['points'] !== spec.points) fail(`lab ${id}/${spec.id}: points must be ${spec.points}`);
      const earned = item['earned'];
      if (!isNum(earned) || earned < -EPS || earned > spec.points + EPS)
        fail(`lab ${id}/${spec.id}: earned must be between 0 and ${spec.points}`);
      else earnedSum += earned;
      if (!ITEM_STATUSES.includes(item['status'] as ItemStatus)) fail(`lab ${id}/${spec.id}: unknown status`);
      if (!isText(item['title'], 500) || !isText(item['feedback']) || !isText(item['docs'], 2000))
        fail(`lab ${id}/${spec.id}: title, feedback and docs must be text`);
      if (
        !Array.isArray(item['findings']) ||
        (item['findings'] as unknown[]).length > 1000 ||
        !(item['findings'] as unknown[]).every(isFinding)
      ) {
        fail(`lab ${id}/${spec.id}: findings must be a list of findings`);
      }
    }
    if (!isNum(lab['score']) || Math.abs(lab['score'] - earnedSum) > EPS || lab['score'] > max + EPS)
      fail(`lab ${id}: score does not add up`);
    total += isNum(lab['score']) ? lab['score'] : 0;
    totalMax += max;
  }
  if (isNum(raw['score']) && Math.abs(raw['score'] - total) > EPS) fail('score is not the sum of the labs');
  if (isNum(raw['maxScore']) && raw['maxScore'] !== totalMax) fail(`maxScore must be ${totalMax}`);
  return errors.length ? { ok: false, errors } : { ok: true, report: raw as unknown as Report };
}

function isFinding(f: unknown): boolean {
  return (
    isObj(f) &&
    isText(f['file'], 1024) &&
    Number.isInteger(f['line']) &&
    (f['line'] as number) >= 1 &&
    Number.isInteger(f['column']) &&
    (f['column'] as number) >= 1 &&
    (f['severity'] === 'error' || f['severity'] === 'warning' || f['severity'] === 'info') &&
    isText(f['ruleId'], 100) &&
    isText(f['message'], 5000)
  );
}
