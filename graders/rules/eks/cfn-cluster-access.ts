// EKS016: the CloudFormation AWS::EKS::Cluster restricts who can reach and who can use the Kubernetes API: the
// private endpoint is on, the public endpoint is off or limited to named CIDR ranges (Security Hub EKS.1), and the
// authentication mode reads access entries (the EKS API's default, CONFIG_MAP, does not), with at least one
// AWS::EKS::AccessEntry for the cluster.
import { defineRule } from '../../engine/define.js';
import { accessProblems, cfnFacts } from './cluster.js';

export default defineRule({
  meta: {
    id: 'EKS016',
    name: 'cfn-cluster-access',
    target: 'cloudformation',
    severity: 'error',
    title: 'Restrict the API endpoint and grant access with access entries (CloudFormation)',
    description:
      "Every AWS::EKS::Cluster sets 'EndpointPrivateAccess: true', sets 'EndpointPublicAccess: false' or limits 'PublicAccessCidrs' to named ranges, sets 'AccessConfig.AuthenticationMode' to 'API' or 'API_AND_CONFIG_MAP', and has an AWS::EKS::AccessEntry.",
    docsUrl: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
    evidence: [
      'EKS.1',
      'CKV_AWS_38',
      'CKV_AWS_39',
      'AwsSolutions-EKS1',
      'EKS best practices: IAM (Cluster Access Manager)',
    ],
    messages: {
      noCluster:
        "The template defines no 'AWS::EKS::Cluster'. Add the cluster (or submit an eksctl 'cluster.yaml' instead).",
      privateOff:
        "Cluster '{{cluster}}' does not turn on its private endpoint, so nodes and pods reach the Kubernetes API over the internet. Set 'ResourcesVpcConfig.EndpointPrivateAccess: true'.",
      publicOpen:
        "Cluster '{{cluster}}' leaves its public API endpoint open to the internet ({{cidrs}}); Security Hub EKS.1 flags it. Set 'ResourcesVpcConfig.EndpointPublicAccess: false', or list only your own ranges in 'PublicAccessCidrs'.",
      configMapMode:
        "Cluster '{{cluster}}' authenticates with {{mode}}, the deprecated aws-auth ConfigMap only, so access entries do not work. Set 'AccessConfig.AuthenticationMode: API' (or 'API_AND_CONFIG_MAP' while migrating).",
      noAccessEntries:
        "No 'AWS::EKS::AccessEntry' names cluster '{{cluster}}' ('ClusterName: !Ref {{cluster}}'), so who may administer it is not in the template. Add one with a 'PrincipalArn' and an 'AccessPolicies' entry such as 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy' with \"AccessScope: { Type: cluster }\".",
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
      const problems = accessProblems(facts);
      failed += problems.length;
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
    }
    ctx.tally(4 * clusters.length, failed);
  },
});
