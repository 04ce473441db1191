// Puts a finding on a synthesized template back where the learner can act on it: the construct that made the
// resource, by its path, and, when the synth recorded the construct's creation stack, the line of the learner's own
// code that created it. The trusted job has only the template, so it names the construct path alone.
import { isRecord } from '../parsers/record.js';
import type { Finding } from '../report.js';
import type { CfnTemplateDoc } from '../types.js';
import type { SynthInfo, SynthResource } from './assembly.js';

/** Each resource's construct, from the assembly where it was read, else from the template's `aws:cdk:path`. */
export function resourcesOf(
  doc: CfnTemplateDoc,
  known: SynthInfo['resources'],
): Record<string, SynthResource> {
  const out: Record<string, SynthResource> = {};
  for (const [id, res] of Object.entries(doc.template.Resources)) {
    const meta = isRecord(res.Metadata) ? res.Metadata['aws:cdk:path'] : undefined;
    const fromTemplate = typeof meta === 'string' ? meta : undefined;
    const k = known[id];
    if (k) out[id] = k;
    else if (fromTemplate) out[id] = { path: fromTemplate };
  }
  return out;
}

/** Maps each finding on the synthesized template; every other finding is returned as it is. */
export function remapper(doc: CfnTemplateDoc, info: SynthInfo): (f: Finding) => Finding {
  const resources = resourcesOf(doc, info.resources);
  const tops = Object.keys(doc.template)
    .map((k) => ({ k, line: doc.locate([k]).line }))
    .sort((a, b) => a.line - b.line);
  const resStart = tops.find((t) => t.k === 'Resources')?.line ?? 0;
  const resEnd = tops.find((t) => t.line > resStart)?.line ?? Number.MAX_SAFE_INTEGER;
  const starts = Object.keys(doc.template.Resources)
    .map((id) => ({ id, line: doc.locate(['Resources', id]).line }))
    .sort((a, b) => a.line - b.line);
  const shown = info.templatePath.split('/').pop() ?? info.templatePath;
  return (f) => {
    if (f.file !== info.templatePath || f.line < resStart || f.line >= resEnd) return f;
    let id: string | undefined;
    for (const s of starts) if (s.line <= f.line) id = s.id;
    const res = id === undefined ? undefined : resources[id];
    if (id === undefined || !res) return f;
    const where = `construct '${res.path}', synthesized as '${id}' at ${shown}:${f.line}`;
    if (!res.source) return { ...f, message: `${f.message} (${where})` };
    return { ...f, ...res.source, message: `${f.message} (${where})` };
  };
}
