// EKS014: the eksctl ClusterConfig (cluster.yaml) restricts who can reach and who can use the Kubernetes API: the
// private endpoint is on, the public endpoint is off or limited to named CIDR ranges (Security Hub EKS.1), and
// access is granted with access entries (Cluster Access Management), under an authentication mode that reads them.
import { defineRule } from '../../engine/define.js';
import { accessProblems, declaredKind, eksctlFacts, isClusterConfig } from './cluster.js';

export default defineRule({
  meta: {
    id: 'EKS014',
    name: 'eksctl-cluster-access',
    target: 'yaml',
    severity: 'error',
    title: 'Restrict the API endpoint and grant access with access entries (eksctl)',
    description:
      "The ClusterConfig turns on 'vpc.clusterEndpoints.privateAccess', turns 'publicAccess' off or limits 'vpc.publicAccessCIDRs' to named ranges, and lists 'accessConfig.accessEntries' under an authentication mode of 'API' or 'API_AND_CONFIG_MAP'.",
    docsUrl: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
    evidence: [
      'EKS.1',
      'CKV_AWS_38',
      'CKV_AWS_39',
      'AwsSolutions-EKS1',
      'EKS best practices: IAM (Cluster Access Manager)',
    ],
    messages: {
      notClusterConfig:
        "'{{file}}' is not an eksctl ClusterConfig ('kind: {{kind}}'), so it defines no cluster. Write 'apiVersion: eksctl.io/v1alpha5' and 'kind: ClusterConfig'.",
      privateOff:
        "Cluster '{{cluster}}' does not turn on its private endpoint, so nodes and pods reach the Kubernetes API over the internet. Set 'vpc.clusterEndpoints.privateAccess: true'.",
      publicOpen:
        "Cluster '{{cluster}}' leaves its public API endpoint open to the internet ({{cidrs}}); Security Hub EKS.1 flags it. Set 'vpc.clusterEndpoints.publicAccess: false', or list only your own ranges in 'vpc.publicAccessCIDRs'.",
      configMapMode:
        "Cluster '{{cluster}}' authenticates with {{mode}}, the deprecated aws-auth ConfigMap only, so access entries do not work. Set 'accessConfig.authenticationMode: API' (or 'API_AND_CONFIG_MAP' while migrating).",
      noAccessEntries:
        "Cluster '{{cluster}}' lists no access entries, so who may administer it is not in the file. Add 'accessConfig.accessEntries' with a 'principalARN' and an 'accessPolicies' entry (such as 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy' with \"accessScope: { type: cluster }\").",
    },
  },
  check(doc, ctx) {
    if (!isClusterConfig(doc)) {
      ctx.report('notClusterConfig', { file: doc.file, kind: declaredKind(doc) }, []);
      return;
    }
    const facts = eksctlFacts(doc);
    const problems = accessProblems(facts);
    for (const p of problems)
      ctx.report(
        p.id,
        {
          cluster: facts.name,
          ...('cidrs' in p ? { cidrs: p.cidrs } : {}),
          ...('mode' in p ? { mode: p.mode } : {}),
        },
        p.path,
      );
    ctx.tally(4, problems.length);
  },
});
