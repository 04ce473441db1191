// Evidence a rubric item cites (shared/reference/rules.md is the catalog): one constructor per source, so
// every lab links the same ID to the same page.
import type { Evidence } from '../../engine/types.js';

export const ECS_GUIDE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide';
export const ECS_API = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference';
export const ECR_GUIDE = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide';
export const ELB_GUIDE = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application';
export const VPC_GUIDE = 'https://docs.aws.amazon.com/vpc/latest/userguide';
export const CFN_REFERENCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';

const SECURITY_HUB = 'https://docs.aws.amazon.com/securityhub/latest/userguide';
const CONTROL_TOWER = 'https://docs.aws.amazon.com/controltower/latest/controlreference/ecs-rules.html';
const CFN_LINT = 'https://github.com/aws-cloudformation/cfn-lint/blob/main/docs/rules.md';
const CDK_NAG = 'https://github.com/cdklabs/cdk-nag/blob/main/RULES.md';
const WELL_ARCHITECTED = 'https://docs.aws.amazon.com/wellarchitected/latest/framework';

/** Security Hub control, e.g. 'ECS.5': its service's controls page, anchored at the control. */
export const securityHub = (id: string): Evidence => ({
  kind: 'security-hub',
  id,
  url: `${SECURITY_HUB}/${(id.split('.')[0] ?? '').toLowerCase()}-controls.html#${id.toLowerCase().replace('.', '-')}`,
});

/** checkov check; the policy index page depends on the framework the check is written for. */
export const checkov = (
  id: string,
  index: 'dockerfile' | 'cloudformation' | 'terraform' | 'kubernetes' = 'cloudformation',
): Evidence => ({
  kind: 'checkov',
  id,
  url: `https://www.checkov.io/5.Policy%20Index/${index}.html`,
});

export const hadolint = (id: string): Evidence => ({
  kind: 'hadolint',
  id,
  url: `https://github.com/hadolint/hadolint/wiki/${id}`,
});
export const cfnLint = (id: string): Evidence => ({ kind: 'cfn-lint', id, url: CFN_LINT });
export const cdkNag = (id: string): Evidence => ({ kind: 'cdk-nag', id, url: CDK_NAG });
export const controlTower = (id: string): Evidence => ({ kind: 'control-tower', id, url: CONTROL_TOWER });
/** A Well-Architected best practice (e.g. 'SEC05-BP02') and its page. */
export const wellArchitected = (id: string, page: string): Evidence => ({
  kind: 'aws-doc',
  id,
  url: `${WELL_ARCHITECTED}/${page}`,
});
export const awsDoc = (url: string): Evidence => ({ kind: 'aws-doc', url });
export const dockerDoc = (url: string): Evidence => ({ kind: 'docker-doc', url });
