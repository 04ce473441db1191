// TDF016: every container image names a version (a tag other than `latest`, or a digest), so every task of a
// service runs the same code and a rollback really goes back.
import { defineRule } from '../../engine/define.js';
import {
  containerListMessages,
  describeValue,
  FailedContainers,
  readContainers,
} from './util/task-definition.js';

const DIGEST = /@sha256:[0-9a-f]{64}$/;

export default defineRule({
  meta: {
    id: 'TDF016',
    name: 'pinned-container-image',
    target: 'json',
    severity: 'warning',
    title: 'Pin container images to a version',
    description:
      'Every container image has a tag other than latest, or a digest, so new tasks of the same revision run the same code; an Amazon ECR repository with immutable tags makes the tag a promise.',
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
    evidence: ['DL3007', 'CKV_K8S_14'],
    messages: {
      ...containerListMessages,
      noImage:
        "Container '{{container}}' has no 'image', so ECS has nothing to run. Add the image URI, for example '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0'.",
      imageNotText:
        "Container '{{container}}' sets 'image' to {{what}}, but it must be the image URI as text, for example '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0'.",
      untagged:
        "Container '{{container}}' uses image '{{image}}' without a tag, so ECS pulls 'latest', which can change between two tasks of the same service. Pin a version tag ('{{image}}:1.0.0') or a digest ('{{image}}@sha256:…').",
      latest:
        "Container '{{container}}' uses image '{{image}}' with the 'latest' tag, which can change between two tasks of the same service, and a rollback would not go back. Pin a version tag such as '{{name}}:1.0.0' or a digest.",
      badDigest:
        "Container '{{container}}' uses image '{{image}}', whose digest is not 'sha256:' followed by 64 hexadecimal characters, so the pull fails. Copy the digest exactly as the registry shows it.",
    },
  },
  check(doc, ctx) {
    const list = readContainers(doc, ctx);
    if (!list) return;
    const failed = new FailedContainers();
    let checked = list.malformed;
    for (const c of list.containers) {
      const image = c.def['image'];
      const at = [...c.path, 'image'];
      if (typeof image === 'string' && /[$<{]/.test(image)) continue; // a placeholder a deploy step fills in
      checked++;
      if (image === undefined || image === null || image === '') {
        failed.add(c);
        ctx.report('noImage', { container: c.label }, c.path);
        continue;
      }
      if (typeof image !== 'string') {
        failed.add(c);
        ctx.report('imageNotText', { container: c.label, what: describeValue(image) }, at);
        continue;
      }
      const digestAt = image.indexOf('@');
      if (digestAt >= 0) {
        if (!DIGEST.test(image)) {
          failed.add(c);
          ctx.report('badDigest', { container: c.label, image }, at);
        }
        continue;
      }
      const lastSlash = image.lastIndexOf('/');
      const colon = image.indexOf(':', lastSlash + 1);
      const name = colon >= 0 ? image.slice(0, colon) : image;
      const tag = colon >= 0 ? image.slice(colon + 1) : '';
      if (tag === '') {
        failed.add(c);
        ctx.report('untagged', { container: c.label, image: name }, at);
      } else if (tag === 'latest') {
        failed.add(c);
        ctx.report('latest', { container: c.label, image, name }, at);
      }
    }
    if (checked === 0) ctx.notApplicable('every image is a placeholder filled in at deploy time');
    else ctx.tally(checked, failed.size + list.malformed);
  },
});
