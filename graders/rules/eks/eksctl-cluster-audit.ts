// EKS015: the eksctl ClusterConfig (cluster.yaml) sends the control plane's api, audit and authenticator logs to
// CloudWatch Logs (Security Hub EKS.8), so who did what to the cluster is recorded, and encrypts Kubernetes Secrets
// with a KMS key of yours (envelope encryption, Security Hub EKS.3).
import { defineRule } from '../../engine/define.js';
import { auditProblems, declaredKind, eksctlFacts, isClusterConfig } from './cluster.js';

export default defineRule({
  meta: {
    id: 'EKS015',
    name: 'eksctl-cluster-audit',
    target: 'yaml',
    severity: 'error',
    title: 'Log the control plane and encrypt Secrets with KMS (eksctl)',
    description:
      "The ClusterConfig enables at least the 'api', 'audit' and 'authenticator' log types in 'cloudWatch.clusterLogging.enableTypes' and sets 'secretsEncryption.keyARN' to a KMS key.",
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
      notClusterConfig:
        "'{{file}}' is not an eksctl ClusterConfig ('kind: {{kind}}'), so it defines no cluster. Write 'apiVersion: eksctl.io/v1alpha5' and 'kind: ClusterConfig'.",
      logTypes:
        "Cluster '{{cluster}}' does not send the {{missing}} control-plane logs to CloudWatch Logs, so API calls and who made them are not recorded (Security Hub EKS.8). Add them to 'cloudWatch.clusterLogging.enableTypes'.",
      noSecretsEncryption:
        "Cluster '{{cluster}}' stores Kubernetes Secrets without envelope encryption by a KMS key of yours (Security Hub EKS.3). Set 'secretsEncryption.keyARN' to the ARN of a customer managed KMS key.",
    },
  },
  check(doc, ctx) {
    if (!isClusterConfig(doc)) {
      ctx.report('notClusterConfig', { file: doc.file, kind: declaredKind(doc) }, []);
      return;
    }
    const facts = eksctlFacts(doc);
    const problems = auditProblems(facts);
    for (const p of problems)
      ctx.report(p.id, { cluster: facts.name, ...('missing' in p ? { missing: p.missing } : {}) }, p.path);
    ctx.tally(2, problems.length);
  },
});
