// EKS006: every container image comes from a private Amazon ECR repository and is pinned: by digest, or by a tag
// other than 'latest'. An image from ECR is pulled inside AWS with the node's (or Auto Mode's) IAM permissions and
// scanned there; a pinned reference means every replica, and every rollback, runs the same build.
import { defineRule } from '../../engine/define.js';
import { at, describe, setStart, str, workloads } from './model.js';

/** `<account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>[:tag][@sha256:digest]` (FIPS endpoints too). */
const ECR_IMAGE =
  /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com(?:\.cn)?\/([a-z0-9][a-z0-9._/-]*)(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;

export interface EcrImage {
  account: string;
  region: string;
  repository: string;
  tag: string | undefined;
  digest: string | undefined;
}

/** The parts of a private ECR image reference, or undefined when the image is not one. */
export function parseEcrImage(image: string): EcrImage | undefined {
  const m = ECR_IMAGE.exec(image);
  if (!m) return undefined;
  return { account: m[1]!, region: m[2]!, repository: m[3]!, tag: m[4], digest: m[5] };
}

export default defineRule({
  meta: {
    id: 'EKS006',
    name: 'ecr-image',
    target: 'kubernetes',
    severity: 'error',
    title: 'Pull a pinned image from Amazon ECR',
    description:
      "Every container's image is '<account>.dkr.ecr.<region>.amazonaws.com/<repository>' with a digest ('@sha256:…') or a tag other than 'latest', so every pod runs the same scanned build from your own registry.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/ECR_on_EKS.html',
    evidence: ['CKV_K8S_14', 'CKV_K8S_43', 'EKS best practices: image security'],
    messages: {
      noWorkload:
        "The manifests define no workload, so there is no image to check. Add the application's Deployment.",
      notEcr:
        "Container '{{container}}' of {{object}} pulls '{{image}}', which is not in a private Amazon ECR repository. Push the image to ECR and use '<account>.dkr.ecr.<region>.amazonaws.com/<repository>:<version>', so it is pulled inside AWS, scanned, and covered by your repository's policies.",
      notPinned:
        "Container '{{container}}' of {{object}} pulls '{{image}}' {{how}}, which can point at a different build tomorrow: two replicas may run different code and a rollback may not roll back. Pin a version tag such as ':1.4.2' or a digest ('@sha256:…').",
    },
  },
  check(set, ctx) {
    const all = workloads(set);
    if (all.length === 0) {
      ctx.report('noWorkload', {}, setStart(set));
      return;
    }
    let checked = 0;
    let failed = 0;
    for (const w of all)
      for (const c of w.containers) {
        checked++;
        const image = str(c.value['image']) ?? '';
        const base = { container: c.name, object: describe(w.obj), image };
        const where = at(w.obj.doc, [...c.path, 'image']);
        const ecr = parseEcrImage(image.trim());
        if (!ecr) {
          failed++;
          ctx.report('notEcr', base, where);
        } else if (!ecr.digest && (ecr.tag === undefined || ecr.tag === 'latest')) {
          failed++;
          ctx.report(
            'notPinned',
            { ...base, how: ecr.tag === undefined ? 'without a tag (so as latest)' : "by the tag 'latest'" },
            where,
          );
        }
      }
    ctx.tally(checked, failed);
  },
});
