// Reads what a synth wrote (the cloud assembly) as data, through a workspace reader rooted at the output folder,
// so a link the app left there is never followed and a template over the reader's cap is refused. Only the fields
// the grader uses are read, with a schema of its own: the CDK's own reader refuses an assembly from a newer
// aws-cdk-lib than the one it ships with, and a learner may well have the newer one.
import path from 'node:path';
import { z } from 'zod';
import { parseJson } from '../parsers/json.js';
import type { Finding, Severity } from '../report.js';
import { Workspace } from '../workspace.js';

const MetadataEntry = z.object({
  type: z.string(),
  data: z.unknown().optional(),
  trace: z.array(z.string()).optional(),
});
const Metadata = z.record(z.string(), z.array(MetadataEntry));
const Artifact = z.object({
  type: z.string(),
  displayName: z.string().optional(),
  properties: z.object({ templateFile: z.string().optional() }).loose().optional(),
  metadata: Metadata.optional(),
  additionalMetadataFile: z.string().optional(),
});
const Manifest = z.object({ version: z.string(), artifacts: z.record(z.string(), Artifact).optional() });
type MetadataMap = z.output<typeof Metadata>;

/** Where in the learner's code a construct was created: the first frame of its creation stack in the lab folder. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** What the grader knows of one resource of a synthesized template. */
export interface SynthResource {
  /** The construct path, `LabStack/Service/Service`, from the template's `aws:cdk:path` or the assembly. */
  path: string;
  source?: SourceLocation;
}

/** A template that a CDK app synthesized, with what maps its resources back to the app. */
export interface SynthInfo {
  stack: string;
  /** Where the template is shown: `labs/<id>/cdk.out/<Stack>.template.json`, as `cdk synth` writes it. */
  templatePath: string;
  by: 'grader' | 'artifact';
  /** By logical id. */
  resources: Record<string, SynthResource>;
  /** Errors and warnings the app's constructs reported (`Annotations`, cdk-nag), as findings. */
  annotations: Finding[];
}

export type AssemblyRead =
  { ok: true; info: SynthInfo; text: string } | { ok: false; finding: Finding; stack?: string };

const MAX_ANNOTATIONS = 50;
const FRAME = /\(?((?:[A-Za-z]:)?[^\s()][^()]*?):(\d+):(\d+)\)?\s*$/;

/**
 * The first frame of a creation stack that is the learner's own code: in the lab folder, not in a dependency.
 * `labDir` is the lab folder's real absolute path; `labRel` its submission-relative path.
 */
export function learnerFrame(
  frames: readonly string[],
  labDir: string,
  labRel: string,
): SourceLocation | undefined {
  for (const frame of frames) {
    const m = FRAME.exec(frame);
    if (!m) continue;
    const rel = path.relative(labDir, m[1]!);
    if (rel.startsWith('..') || path.isAbsolute(rel) || rel.split(path.sep).includes('node_modules'))
      continue;
    return { file: `${labRel}/${rel.split(path.sep).join('/')}`, line: Number(m[2]), column: Number(m[3]) };
  }
  return undefined;
}

/**
 * Reads the one stack of the assembly in `outdir`. `labDir`/`labRel` place creation stacks in the lab folder;
 * `fallback` is where a finding goes when there is no better place (the lab's `cdk.json`).
 */
export function readAssembly(
  outdir: string,
  opts: { labDir: string; labRel: string; fallback: string; maxFileBytes?: number },
): AssemblyRead {
  const ws = new Workspace(
    outdir,
    opts.maxFileBytes === undefined ? {} : { maxFileBytes: opts.maxFileBytes },
  );
  const fail = (message: string, stack?: string): AssemblyRead => ({
    ok: false,
    finding: { file: opts.fallback, line: 1, column: 1, severity: 'error', ruleId: 'cdk/synth', message },
    ...(stack === undefined ? {} : { stack }),
  });
  const readJson = (name: string): unknown => {
    const r = ws.read(name);
    if (!r.ok) return undefined;
    const p = parseJson(name, r.text);
    return p.ok ? p.doc.value : undefined;
  };
  const manifest = Manifest.safeParse(readJson('manifest.json'));
  if (!manifest.success)
    return fail(
      'The CDK app ran but wrote no readable cloud assembly (manifest.json), so there is no template to grade. Check that bin/app.ts creates an App and at least one Stack; the CDK synthesizes when the app exits.',
    );
  const stacks = Object.entries(manifest.data.artifacts ?? {}).filter(
    ([, a]) => a.type === 'aws:cloudformation:stack',
  );
  if (stacks.length !== 1) {
    const names = stacks.map(([n]) => `'${n}'`).join(', ');
    return fail(
      stacks.length === 0
        ? "The CDK app synthesized no stack, so there is no template to grade. Create your stack in bin/app.ts: new MyStack(app, 'MyStack')."
        : `The CDK app synthesized ${stacks.length} stacks (${names}); a lab grades one. Put the lab's resources in one stack, or create only that stack in bin/app.ts.`,
    );
  }
  const [name, artifact] = stacks[0]!;
  const templateFile = artifact.properties?.templateFile ?? `${name}.template.json`;
  const templatePath = `${opts.labRel}/cdk.out/${templateFile}`;
  const read = ws.read(templateFile);
  if (!read.ok)
    return fail(
      `The template the CDK app synthesized for stack '${name}' cannot be read: ${read.finding.message.replace(/'[^']*'/, `'${templateFile}'`)}`,
      name,
    );
  const metadata: MetadataMap = { ...(artifact.metadata ?? {}) };
  if (artifact.additionalMetadataFile) {
    const extra = Metadata.safeParse(readJson(artifact.additionalMetadataFile));
    if (extra.success)
      for (const [k, v] of Object.entries(extra.data)) metadata[k] = [...(metadata[k] ?? []), ...v];
  }
  const resources: Record<string, SynthResource> = {};
  const annotations: Finding[] = [];
  for (const [constructPath, entries] of Object.entries(metadata)) {
    const frames = entries.find((e) => e.type === 'aws:cdk:creationStack');
    const source = Array.isArray(frames?.data)
      ? learnerFrame(
          frames.data.filter((f): f is string => typeof f === 'string'),
          opts.labDir,
          opts.labRel,
        )
      : undefined;
    const shownPath = constructPath.replace(/^\//, '');
    for (const e of entries) {
      if (e.type === 'aws:cdk:logicalId' && typeof e.data === 'string')
        resources[e.data] = { path: shownPath, ...(source ? { source } : {}) };
      const severity = ANNOTATION[e.type];
      if (severity && typeof e.data === 'string' && annotations.length < MAX_ANNOTATIONS) {
        const at = learnerFrame(e.trace ?? [], opts.labDir, opts.labRel) ?? source;
        annotations.push({
          file: at?.file ?? opts.fallback,
          line: at?.line ?? 1,
          column: at?.column ?? 1,
          severity,
          ruleId: 'cdk/annotation',
          message: `The CDK reported on construct '${shownPath}': ${e.data}`,
        });
      }
    }
  }
  return {
    ok: true,
    text: read.text,
    info: { stack: name, templatePath, by: 'grader', resources, annotations },
  };
}

const ANNOTATION: Record<string, Severity | undefined> = {
  'aws:cdk:error': 'error',
  'aws:cdk:warning': 'warning',
  'aws:cdk:info': 'info',
};
