// The course configuration's schema (zod) and reader: every error names the file, the line, the field, what was
// expected and what was found. Loaded by the CLI and the action only when a configuration file exists, so a run
// without one pays for neither zod nor the YAML reader. docs/course-config.md documents every field.
import * as z from 'zod';
import { labPoints } from './course.js';
import { parseYamlDocument } from './parsers/yaml.js';
import { FEEDBACK_LEVELS, type FeedbackLevel } from './report.js';
import type { LabOutline, YamlDoc } from './types.js';

export type { FeedbackLevel };

/** An instant with its offset, as a learner in another time zone would read it: `2027-01-15T23:59:00-05:00`. */
const instant = z.iso.datetime({
  offset: true,
  error: 'expected an ISO 8601 date and time with its offset, such as 2027-01-15T23:59:00Z',
});

const labSettings = z.strictObject({
  /** The lab's points: its items are scaled to add up to exactly this. */
  points: z.int().positive().max(1000).optional(),
  /** Overrides the course's `due` for this lab. */
  due: instant.optional(),
  feedback: z.enum(FEEDBACK_LEVELS).optional(),
  /** Whether the sandbox may deploy this lab (the action's `deploy` input still has to be on). */
  deploy: z.boolean().optional(),
});

const latePolicy = z.strictObject({
  /** Percent of the lab's score taken off per day late, each started day counting as a whole one. */
  penaltyPerDay: z.number().min(0).max(100),
  /** Whole days after the due date beyond which late work earns nothing; 0 takes no late work at all. */
  cutoffDays: z.int().min(0).max(365),
});

/** The configuration file's schema, checked against the labs the grader knows and their points. */
export function courseConfigSchema(labs: readonly LabOutline[]) {
  const knownLabs = labs.map((l) => l.id);
  const defaultPoints = new Map(labs.map((l) => [l.id, labPoints(l)]));
  const labId = z.string().refine((id) => knownLabs.includes(id), {
    error: (issue) =>
      `expected one of the course's lab ids (${knownLabs.join(', ')}), got '${String(issue.input)}'`,
  });
  return z
    .strictObject({
      version: z.literal(1),
      /** The labs the class takes, in any order; every lab when absent. */
      labs: z.array(labId).min(1).optional(),
      /** The default due date of every lab. */
      due: instant.optional(),
      late: latePolicy.optional(),
      /** How much a learner sees of each lab's grade: every finding, the hints only, or the score only. */
      feedback: z.enum(FEEDBACK_LEVELS).default('full'),
      /** Whether the sandbox may deploy labs, unless a lab says otherwise. */
      deploy: z.boolean().default(true),
      /** Per-lab settings, keyed by lab id. */
      lab: z.record(labId, labSettings).default({}),
      /** The course's total, if stated: it must equal the enabled labs' points, so the two cannot drift apart. */
      total: z.int().positive().optional(),
    })
    .superRefine((c, ctx) => {
      if (c.total === undefined) return;
      const enabled = c.labs ?? knownLabs;
      const sum = enabled.reduce((s, id) => s + (c.lab[id]?.points ?? defaultPoints.get(id) ?? 0), 0);
      if (sum !== c.total)
        ctx.addIssue({
          code: 'custom',
          path: ['total'],
          message: `expected ${sum}, the sum of the enabled labs' points, got ${c.total}`,
        });
    });
}

export type CourseConfig = z.output<ReturnType<typeof courseConfigSchema>>;

export type CourseParse = { ok: true; config: CourseConfig } | { ok: false; errors: string[] };

/**
 * Reads a configuration file's text. Errors name the file, the line, the field and what was expected:
 * `.github/course.yml:7: lab.03-ecs-service-alb.points: expected an integer greater than 0, got -5`.
 */
export function parseCourse(file: string, text: string, labs: readonly LabOutline[]): CourseParse {
  const yaml = parseYamlDocument(file, text);
  if (!yaml.ok) return { ok: false, errors: yaml.findings.map((f) => `${f.file}:${f.line}: ${f.message}`) };
  const parsed = courseConfigSchema(labs).safeParse(yaml.doc.value ?? {});
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, errors: parsed.error.issues.flatMap((issue) => describeIssue(file, yaml.doc, issue)) };
}

/** One zod issue as `file:line: field: expected …, got …`; an unknown key is named at its own line. */
function describeIssue(file: string, doc: YamlDoc, issue: z.core.$ZodIssue): string[] {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const field = (p: readonly (string | number)[]) => (p.length ? p.map(String).join('.') : '(top level)');
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map(
      (key) =>
        `${file}:${doc.locate([...path, key]).line}: ${field([...path, key])}: not a setting here; check its spelling against docs/course-config.md`,
    );
  // A bad key of a record: the key itself is the value at fault.
  if (issue.code === 'invalid_key') {
    const why = issue.issues.map((i) => i.message).join('; ');
    return [`${file}:${doc.locate(path).line}: ${field(path)}: ${why}`];
  }
  const got = receivedValue(doc.value, path);
  // zod's wording, without its category prefix and its "received <type>", which the value itself says better.
  let message = issue.message
    .replace(/^(Invalid input|Invalid option|Too big|Too small): /, '')
    .replace(/, received \w+$/, '')
    .replace(
      /^expected (\w+) to be ([<>]=?)(\S+)$/,
      (_, type: string, op: string, n: string) => `expected a ${type} ${OPS[op] ?? op} ${n}`,
    );
  if (got === undefined && issue.code === 'invalid_type') message = `required: ${message}`;
  else if (got !== undefined && !message.includes(', got ')) message = `${message}, got ${got}`;
  return [`${file}:${doc.locate(path).line}: ${field(path)}: ${message}`];
}

const OPS: Readonly<Record<string, string>> = {
  '<': 'below',
  '<=': 'of at most',
  '>': 'above',
  '>=': 'of at least',
};

/** What the file holds at a path, quoted as the learner wrote it, for "expected …, got …". */
function receivedValue(value: unknown, path: readonly PropertyKey[]): string | undefined {
  let v: unknown = value;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  if (v === undefined) return undefined;
  return typeof v === 'string' ? `'${v}'` : JSON.stringify(v);
}
