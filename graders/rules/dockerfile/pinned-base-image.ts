// DKR001: every external base image names a version (tag or digest), and the tag is not `latest`. A FROM that
// takes its image or tag from a build argument is judged by what a plain `docker build` uses: the default of
// the global ARG (declared before the first FROM). `ARG NODE_VERSION=latest` or an ARG with no default pins
// nothing, so it fails like `node:latest`; a stage named through an ARG is a stage, not an image.
import { defineRule } from '../../engine/define.js';
import { globalArgs, parseImageRef, resolvedFromImage } from './support.js';

export default defineRule({
  meta: {
    id: 'DKR001',
    name: 'pinned-base-image',
    target: 'dockerfile',
    severity: 'warning',
    title: 'Pin base images to a version',
    description:
      "Every FROM names an explicit tag or digest other than latest, also when it comes from a global ARG's default, so rebuilding the image tomorrow gives the same base as today.",
    docsUrl: 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions',
    evidence: ['DL3006', 'DL3007', 'CKV_DOCKER_7'],
    messages: {
      untagged:
        "Base image '{{image}}' has no tag, so Docker pulls 'latest', which changes without notice. Pin a version tag such as '{{image}}:22-alpine' or a digest.",
      latest:
        "Base image '{{image}}' uses the 'latest' tag, which changes without notice. Pin a release tag or a digest ('{{name}}@sha256:…').",
      argUnpinned:
        "Base image '{{image}}' takes its version from the build argument {{args}}, and a plain 'docker build' uses {{value}}, so it pulls '{{resolved}}', which changes without notice. Give the argument a version as its default, for example 'ARG {{first}}={{example}}', declared before the first 'FROM'.",
    },
  },
  check(doc, ctx) {
    const ast = doc.ast;
    const args = globalArgs(ast);
    // Stage names declared earlier can be used as a base: `FROM build AS test`.
    const stages = new Set<string>();
    let checked = 0;
    for (const from of ast.getFROMs()) {
      const image = from.getImage();
      const resolved = resolvedFromImage(ast, from);
      const stage = from.getBuildStage();
      const start = from.getRange().start;
      const at = { line: start.line + 1, column: start.character + 1 };
      if (image !== null && resolved !== null) {
        const ref = parseImageRef(resolved.image);
        const name = ref.name.toLowerCase();
        if (name !== '' && !stages.has(name) && name !== 'scratch') {
          checked++;
          if (ref.digest === null || ref.digest === '') {
            const unpinned = ref.tag === null || ref.tag === '' || ref.tag === 'latest';
            if (unpinned && resolved.used.length > 0) {
              const first = resolved.used[0]!;
              const value = args.get(first);
              // An ARG naming the whole image wants an image as its example; one naming the tag, a tag.
              const wholeImage = image.startsWith('$');
              ctx.report(
                'argUnpinned',
                {
                  image,
                  args: resolved.used.map((a) => `'${a}'`).join(' and '),
                  value:
                    value === undefined
                      ? "an empty value (no ARG of that name comes before the first 'FROM', and only those reach 'FROM' lines)"
                      : value === ''
                        ? 'an empty value (it has no default)'
                        : `its default '${value}'`,
                  resolved: ref.tag === null || ref.tag === '' ? `${ref.name}:latest` : resolved.image,
                  first,
                  example: wholeImage ? `${ref.name || 'node'}:22-alpine` : '22-alpine',
                },
                at,
              );
            } else if (ref.tag === null || ref.tag === '')
              ctx.report('untagged', { image: resolved.image }, at);
            else if (ref.tag === 'latest')
              ctx.report('latest', { image: resolved.image, name: ref.name }, at);
          }
        }
      }
      if (stage) stages.add(stage.toLowerCase());
    }
    if (checked === 0) ctx.notApplicable('no external base image');
    else ctx.tally(checked);
  },
});
