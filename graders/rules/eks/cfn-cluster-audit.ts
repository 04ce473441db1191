// EKS017: the CloudFormation AWS::EKS::Cluster sends the control plane's api, audit and authenticator logs to
// CloudWatch Logs (Security Hub EKS.8) and encrypts Kubernetes Secrets with a KMS key of yours (Security Hub EKS.3).
import { defineRule } from '../../engine/define.js';
import { auditProblems, cfnFacts } from './cluster.js';

export default defineRule({
  meta: {
    id: 'EKS017',
    name: 'cfn-cluster-audit',
    target: 'cloudformation',
    severity: 'error',
    title: 'Log the control plane and encrypt Secrets with KMS (CloudFormation)',
    description:
      "Every AWS::EKS::Cluster enables at least the 'api', 'audit' and 'authenticator' types in 'Logging.ClusterLogging.EnabledTypes' and has an 'EncryptionConfig' for 'secrets' with a KMS 'Provider.KeyArn'.",
    docsUrl: 'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
    evidence: [
      'EKS.8',
      'EKS.3',
      'CKV_AWS_37',
      'CKV_AWS_58',
      'AwsSolutions-EKS2',
      'EKS best practices: auditing and logging',
    ],
    messages: {
      noCluster:
        "The template defines no 'AWS::EKS::Cluster'. Add the cluster (or submit an eksctl 'cluster.yaml' instead).",
      logTypes:
        "Cluster '{{cluster}}' does not send the {{missing}} control-plane logs to CloudWatch Logs, so API calls and who made them are not recorded (Security Hub EKS.8). Add them to 'Logging.ClusterLogging.EnabledTypes' as '- Type: audit'.",
      noSecretsEncryption:
        'Cluster \'{{cluster}}\' stores Kubernetes Secrets without envelope encryption by a KMS key of yours (Security Hub EKS.3). Add "EncryptionConfig: [{ Resources: [secrets], Provider: { KeyArn: !GetAtt SecretsKey.Arn } }]".',
    },
  },
  check(doc, ctx) {
    const clusters = cfnFacts(doc);
    if (clusters.length === 0) {
      ctx.report('noCluster', {}, ['Resources']);
      return;
    }
    let failed = 0;
    for (const facts of clusters) {
      const problems = auditProblems(facts);
      failed += problems.length;
      for (const p of problems)
        ctx.report(p.id, { cluster: facts.name, ...('missing' in p ? { missing: p.missing } : {}) }, p.path);
    }
    ctx.tally(2 * clusters.length, failed);
  },
});
