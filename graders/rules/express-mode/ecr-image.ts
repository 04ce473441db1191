// EXP003: the service runs an image from a private Amazon ECR repository of this account, pinned to a version. The
// URI may be written out, built with Sub from 'AWS::AccountId' and 'AWS::Region', or from a repository's
// 'RepositoryUri' ('!Sub "${Repository.RepositoryUri}:1.0.0"'); a parameter is read through its Default. Express
// Mode pulls the image with the execution role; App Runner with the access role, and only for 'ImageRepositoryType:
// ECR' (ECR Public images need no role and are not this account's). 'latest', or no tag at all, can change between
// two tasks of one revision, and a rollback would not go back.
import { defineRule } from '../../engine/define.js';
import type { CfnTemplate } from '../../engine/types.js';
import { get, isRecord, literalString, resource } from '../lib/cloudformation.js';
import { resolveText } from '../lib/iam.js';
import { PRIVATE_ECR_IMAGE } from '../ecs-task-definition/util/task-definition.js';
import { existingPath, expressMessages, propPath, readSubject } from './model.js';

const ECR_REPOSITORY = 'AWS::ECR::Repository';
const DIGEST = /^sha256:[0-9a-f]{64}$/;

/**
 * The image URI as text, with pseudo parameters and repository URIs filled in by example values, so its shape can
 * be judged; a reference the template does not fix stays as '${Name}'. Undefined when it cannot be read.
 */
export function imageText(t: CfnTemplate, v: unknown): string | undefined {
  const text = resolveText(t, v);
  if (text === undefined) return undefined;
  return text.replace(/\$\{([A-Za-z0-9:]+)(?:\.([A-Za-z0-9.]+))?\}/g, (whole, ref: string, attr?: string) => {
    if (ref === 'AWS::AccountId') return '123456789012';
    if (ref === 'AWS::Region') return 'us-east-1';
    if (ref === 'AWS::URLSuffix') return 'amazonaws.com';
    const r = resource(t, ref);
    if (r?.resource.Type === ECR_REPOSITORY && attr === 'RepositoryUri')
      return '123456789012.dkr.ecr.us-east-1.amazonaws.com/repository';
    return whole;
  });
}

export type ImageProblem = 'notEcr' | 'publicEcr' | 'untagged' | 'latest' | 'badDigest' | 'unverifiable';

/** What is wrong with an image URI, or undefined when it is a pinned private ECR image. */
export function judgeImage(text: string | undefined): ImageProblem | undefined {
  if (text === undefined) return 'unverifiable';
  const s = text.trim();
  if (/^public\.ecr\.aws\//.test(s)) return 'publicEcr';
  if (!PRIVATE_ECR_IMAGE.test(s)) return s.startsWith('${') ? 'unverifiable' : 'notEcr';
  const name = s.slice(s.indexOf('/') + 1);
  const at = name.indexOf('@');
  if (at >= 0) return DIGEST.test(name.slice(at + 1)) ? undefined : 'badDigest';
  const colon = name.lastIndexOf(':');
  if (colon < 0) return 'untagged';
  const tag = name.slice(colon + 1);
  if (tag.includes('${')) return 'unverifiable';
  return tag === 'latest' ? 'latest' : undefined;
}

export default defineRule({
  meta: {
    id: 'EXP003',
    name: 'ecr-image',
    target: 'cloudformation',
    severity: 'error',
    title: 'Run a pinned image from this account’s Amazon ECR',
    description:
      "The service's image ('PrimaryContainer.Image', or App Runner's 'ImageIdentifier' with 'ImageRepositoryType: ECR') is a private Amazon ECR URI of this account, pinned by a tag other than 'latest' or by a digest.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/docker-pull-ecr-image.html',
    evidence: ['DL3007', 'CKV_K8S_14', 'CONTAINER_BUILD_PERF_03'],
    messages: {
      ...expressMessages,
      noImage:
        "Service '{{service}}' names no image, so there is nothing to run. Name the labs-web image in Lab 05's repository, pinned to a version.",
      notEcr:
        "Service '{{service}}' runs '{{image}}', which is not in a private Amazon ECR repository, so the image is not scanned, kept or replicated by Lab 05's repository, and pulls may be throttled by the public registry. Push the image to ECR and use its URI.",
      publicEcr:
        "Service '{{service}}' runs '{{image}}' from ECR Public, which anyone can publish to and which this account does not control. Push the labs-web image to this account's private repository and use its URI.",
      publicRepositoryType:
        "App Runner service '{{service}}' sets 'ImageRepositoryType: {{type}}', so App Runner pulls from ECR Public rather than this account's private repository. Set 'ImageRepositoryType: ECR' with the private image URI.",
      untagged:
        "Service '{{service}}' runs '{{image}}' without a tag, so the pull takes 'latest', which can change between two tasks of the same revision. Pin a version tag ('{{image}}:1.0.0') or a digest.",
      latest:
        "Service '{{service}}' runs '{{image}}' with the 'latest' tag, which can change between two tasks of the same revision, and a rollback would not go back. Pin a version tag such as '1.0.0' or a digest.",
      badDigest:
        "Service '{{service}}' runs '{{image}}', whose digest is not 'sha256:' followed by 64 hexadecimal characters, so the pull fails. Copy the digest exactly as ECR shows it.",
      unverifiable:
        "Service '{{service}}' takes its image from a value decided at deploy time, so the grader cannot check where it comes from or that it is pinned. Give the parameter a Default such as '123456789012.dkr.ecr.us-east-1.amazonaws.com/labs-web:1.0.0', or build the URI with Sub.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const s = readSubject(doc, ctx);
    if (!s) return;
    ctx.tally(1);
    const { svc } = s;
    const keys =
      s.design === 'express'
        ? ['PrimaryContainer', 'Image']
        : ['SourceConfiguration', 'ImageRepository', 'ImageIdentifier'];
    const raw = get(svc.props, keys);
    if (raw === undefined || raw === null || raw === '') {
      ctx.report('noImage', { service: svc.name }, existingPath(svc, keys.slice(0, -1)));
      return;
    }
    if (s.design === 'apprunner') {
      const type = literalString(
        t,
        get(svc.props, ['SourceConfiguration', 'ImageRepository', 'ImageRepositoryType']),
      );
      if (type !== undefined && type !== 'ECR') {
        ctx.report(
          'publicRepositoryType',
          { service: svc.name, type },
          propPath(svc, 'SourceConfiguration', 'ImageRepository', 'ImageRepositoryType'),
        );
        return;
      }
    }
    const text = isRecord(raw) || typeof raw === 'string' ? imageText(t, raw) : undefined;
    const problem = judgeImage(text);
    if (problem) ctx.report(problem, { service: svc.name, image: text ?? '' }, propPath(svc, ...keys));
  },
});
