// DKR002: the Dockerfile has at least two stages, and the final stage copies from an earlier one.
import { defineRule } from '../../engine/define.js';

export default defineRule({
  meta: {
    id: 'DKR002',
    name: 'multi-stage-build',
    target: 'dockerfile',
    severity: 'warning',
    title: 'Use a multi-stage build',
    description:
      'The Dockerfile has a build stage and a final stage that copies only what runs from it with COPY --from, so build tools, dev dependencies and tests stay out of the shipped image.',
    docsUrl: 'https://docs.docker.com/build/building/multi-stage/',
    evidence: ['DL3022'],
    messages: {
      singleStage:
        "The Dockerfile has a single stage, so everything used to build the app ships in the image. Add a build stage ('FROM <image>:<tag> AS build') for installing and testing, then start a slim final stage and 'COPY --from=build' only what the app needs to run.",
      noCopyFrom:
        "The final stage (line {{line}}) copies nothing from an earlier stage, so the earlier stages do not make the shipped image any smaller. Copy the app into it with 'COPY --from={{stage}} <source> <destination>'.",
      unknownStage:
        "'COPY --from={{ref}}' names no earlier stage, so Docker tries to pull an image called '{{ref}}' and the build fails. Use the name of a stage defined above it: {{stages}}.",
    },
  },
  check(doc, ctx) {
    const froms = doc.ast.getFROMs();
    const first = froms[0];
    const last = froms.at(-1);
    if (!first || !last) {
      ctx.notApplicable('no FROM instruction');
      return;
    }
    const at = (f: { getRange(): { start: { line: number; character: number } } }) => {
      const s = f.getRange().start;
      return { line: s.line + 1, column: s.character + 1 };
    };
    // Check every COPY --from that looks like a stage reference (an image reference has a tag, digest or path).
    const earlier: string[] = [];
    for (const from of froms) {
      const stage = doc.ast.getContainingImage(from.getRange().start);
      for (const copy of stage?.getCOPYs() ?? []) {
        const ref = copy.getFromFlag()?.getValue();
        if (!ref || /^\d+$/.test(ref) || /[:@/$]/.test(ref) || earlier.includes(ref.toLowerCase())) continue;
        const stages =
          earlier.length > 0
            ? earlier.map((s) => `'${s}'`).join(', ')
            : `none yet (name one with 'FROM <image> AS <name>')`;
        ctx.report('unknownStage', { ref, stages }, at(copy));
      }
      const name = from.getBuildStage();
      if (name) earlier.push(name.toLowerCase());
    }
    if (froms.length < 2) {
      ctx.report('singleStage', {}, at(first));
      return;
    }
    // The final stage must itself copy from an earlier stage (by name or index).
    const lastIndex = froms.length - 1;
    const finalStage = doc.ast.getContainingImage(last.getRange().start);
    const names = new Map<string, number>();
    froms.forEach((f, i) => {
      const n = f.getBuildStage();
      if (n && i < lastIndex) names.set(n.toLowerCase(), i);
    });
    const copiesFromStage = (finalStage?.getCOPYs() ?? []).some((c) => {
      const ref = c.getFromFlag()?.getValue()?.toLowerCase();
      if (ref === undefined) return false;
      return names.has(ref) || (/^\d+$/.test(ref) && Number(ref) < lastIndex);
    });
    if (!copiesFromStage) {
      const previous = froms[lastIndex - 1];
      const stage = previous?.getBuildStage() ?? String(lastIndex - 1);
      ctx.report('noCopyFrom', { line: at(last).line, stage }, at(last));
    }
  },
});
