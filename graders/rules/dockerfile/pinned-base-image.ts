// DKR001: every external base image names a version (tag or digest), and the tag is not `latest`.
import { defineRule } from '../../engine/define.js';

export default defineRule({
  meta: {
    id: 'DKR001',
    name: 'pinned-base-image',
    target: 'dockerfile',
    severity: 'warning',
    title: 'Pin base images to a version',
    description:
      'Every FROM names an explicit tag or digest other than latest, so rebuilding the image tomorrow gives the same base as today.',
    docsUrl: 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions',
    evidence: ['DL3006', 'DL3007', 'CKV_DOCKER_7'],
    messages: {
      untagged:
        "Base image '{{image}}' has no tag, so Docker pulls 'latest', which changes without notice. Pin a version tag such as '{{image}}:22-alpine' or a digest.",
      latest:
        "Base image '{{image}}' uses the 'latest' tag, which changes without notice. Pin a release tag or a digest ('{{name}}@sha256:…').",
    },
  },
  check(doc, ctx) {
    const froms = doc.ast.getFROMs();
    // Stage names declared earlier can be used as a base: `FROM build AS test`.
    const stages = new Set<string>();
    let checked = 0;
    for (const from of froms) {
      const name = from.getImageName();
      const image = from.getImage();
      const stage = from.getBuildStage();
      const start = from.getRange().start;
      const at = { line: start.line + 1, column: start.character + 1 };
      if (
        name !== null &&
        image !== null &&
        !stages.has(name) &&
        name !== 'scratch' &&
        !image.includes('$')
      ) {
        checked++;
        if (from.getImageDigest() === null) {
          const tag = from.getImageTag();
          if (tag === null) ctx.report('untagged', { image }, at);
          else if (tag === 'latest') ctx.report('latest', { image, name }, at);
        }
      }
      if (stage) stages.add(stage);
    }
    if (checked === 0) ctx.notApplicable('no external base image');
    else ctx.tally(checked);
  },
});
