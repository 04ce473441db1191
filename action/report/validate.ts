// Validates a report that arrived as an artifact from an untrusted run (a fork can write anything into
// it). It must be a well-formed schema-v1 report whose labs and items match our rubrics and whose
// numbers add up; anything else is refused, and the trusted regrade stands alone.
import * as z from 'zod';
import {
  FindingSchema,
  ItemReportSchema,
  LabReportSchema,
  ReportSchema,
} from '../../graders/engine/report.js';
import { countNoun } from '../../graders/engine/plural.js';
import type { Lab, Report } from '../../graders/engine/types.js';

const EPS = 1e-6;
/** The trust banner quotes the first three; a few more help whoever debugs the run's log. */
const MAX_ERRORS = 5;
/** A path can hold a key the fork chose (inside a finding's `data`), so an error line is cut to size. */
const MAX_ERROR_CHARS = 300;

export type Validation = { ok: true; report: Report } | { ok: false; errors: string[] };

// The contract has no length limits (a genuine report may quote a long learner value); an artifact is
// untrusted input headed for a PR comment, so its text gets caps on top of the shared schema.
const CappedFinding = FindingSchema.extend({
  file: FindingSchema.shape.file.max(1024),
  ruleId: FindingSchema.shape.ruleId.max(100),
  message: FindingSchema.shape.message.max(5000),
});
const CappedItem = ItemReportSchema.extend({
  title: ItemReportSchema.shape.title.max(500),
  feedback: ItemReportSchema.shape.feedback.max(20_000),
  docs: ItemReportSchema.shape.docs.max(2000),
  findings: z.array(CappedFinding).max(1000),
});
const CappedLab = LabReportSchema.extend({
  title: LabReportSchema.shape.title.max(200),
  note: z.string().max(2000).exactOptional(),
  notices: z.array(CappedFinding),
  items: z.array(CappedItem),
});
const Tool = ReportSchema.shape.tool;
const CappedReport = ReportSchema.extend({
  tool: Tool.extend({
    name: Tool.shape.name.max(100),
    version: Tool.shape.version.max(100),
    cfnLint: Tool.shape.cfnLint.unwrap().max(100).nullable(),
  }),
  labs: z.array(CappedLab),
});

/** The shape, then what only our rubrics know: which labs and items exist, their points, and the sums. */
function artifactSchema(rubrics: readonly Lab[]) {
  // zod runs this only once the shape has parsed, so the report it sees is typed.
  return CappedReport.superRefine((report, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const seen = new Set<string>();
    let total = 0;
    let totalMax = 0;
    report.labs.forEach((lab, i) => {
      const rubric = rubrics.find((l) => l.id === lab.id);
      if (!rubric) return issue(['labs', i, 'id'], 'names an unknown lab');
      if (seen.has(lab.id)) issue(['labs', i, 'id'], `lab ${lab.id} appears twice`);
      seen.add(lab.id);
      const max = rubric.items.reduce((s, it) => s + it.points, 0);
      if (lab.maxScore !== max) issue(['labs', i, 'maxScore'], `must be ${max}`);
      if (lab.items.length !== rubric.items.length)
        issue(['labs', i, 'items'], `expected ${countNoun(rubric.items.length, 'item')}`);
      let earned = 0;
      lab.items.forEach((item, j) => {
        const spec = rubric.items[j];
        if (!spec || item.id !== spec.id)
          return issue(['labs', i, 'items', j, 'id'], 'does not match the rubric');
        if (item.points !== spec.points) issue(['labs', i, 'items', j, 'points'], `must be ${spec.points}`);
        if (item.earned > spec.points + EPS)
          issue(['labs', i, 'items', j, 'earned'], `must be between 0 and ${spec.points}`);
        else earned += item.earned;
      });
      if (Math.abs(lab.score - earned) > EPS || lab.score > max + EPS)
        issue(['labs', i, 'score'], 'does not add up');
      total += lab.score;
      totalMax += max;
    });
    if (Math.abs(report.score - total) > EPS) issue(['score'], 'is not the sum of the labs');
    if (report.maxScore !== totalMax) issue(['maxScore'], `must be ${totalMax}`);
  });
}

export function validateReport(raw: unknown, labs: readonly Lab[]): Validation {
  const parsed = artifactSchema(labs).safeParse(raw);
  if (parsed.success) return { ok: true, report: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.slice(0, MAX_ERRORS).map((i) => {
      const line = `${z.core.toDotPath(i.path) || 'the report'}: ${i.message}`;
      return line.length <= MAX_ERROR_CHARS ? line : `${line.slice(0, MAX_ERROR_CHARS - 1)}…`;
    }),
  };
}
