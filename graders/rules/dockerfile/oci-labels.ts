// DKR013: the shipped image carries the OCI annotations people and registries look for first: where the
// source lives, which version it is, and what it is called.
import type { PropertyInstruction } from 'dockerfile-ast';
import { defineRule } from '../../engine/define.js';
import { finalStageChain } from './support.js';

const REQUIRED = [
  {
    key: 'org.opencontainers.image.source',
    what: 'where its source code lives',
    example: 'https://github.com/<owner>/<repo>',
  },
  { key: 'org.opencontainers.image.version', what: 'which release it is', example: '1.0.0' },
  { key: 'org.opencontainers.image.title', what: 'what it is called', example: '<app name>' },
] as const;

export default defineRule({
  meta: {
    id: 'DKR013',
    name: 'oci-labels',
    target: 'dockerfile',
    severity: 'info',
    title: 'Label the image with OCI annotations',
    description:
      'The final stage sets the org.opencontainers.image.source, .version and .title labels, so anyone inspecting the image, and registries such as ECR, can tell what it is and where it came from.',
    docsUrl: 'https://github.com/opencontainers/image-spec/blob/main/annotations.md',
    evidence: ['DL3049', 'DL3051'],
    messages: {
      missing:
        "The image has no '{{key}}' label, so people and tools that inspect it cannot tell {{what}}. Add 'LABEL {{key}}=\"{{example}}\"' to the final stage.",
    },
  },
  check(doc, ctx) {
    const chain = finalStageChain(doc.ast);
    const final = chain[0];
    if (!final) {
      ctx.notApplicable('no FROM instruction');
      return;
    }
    const labels = new Set<string>();
    for (const { stage } of chain) {
      for (const label of stage.getInstructions().filter((i) => i.getKeyword() === 'LABEL')) {
        for (const p of (label as PropertyInstruction).getProperties())
          if (p.getValue()) labels.add(p.getName());
      }
    }
    const s = final.from.getRange().start;
    let failed = 0;
    for (const { key, what, example } of REQUIRED) {
      if (labels.has(key)) continue;
      failed++;
      ctx.report('missing', { key, what, example }, { line: s.line + 1, column: s.character + 1 });
    }
    ctx.tally(REQUIRED.length, failed);
  },
});
