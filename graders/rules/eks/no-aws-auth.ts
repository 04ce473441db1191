// EKS013: the manifests do not manage the 'aws-auth' ConfigMap. EKS has deprecated it in favour of access entries
// (Cluster Access Management), which the EKS API validates and CloudTrail records; an edit to aws-auth that breaks
// its YAML can lock every administrator out of the cluster.
import { defineRule } from '../../engine/define.js';
import { at, objects, ofKind } from './model.js';

export default defineRule({
  meta: {
    id: 'EKS013',
    name: 'no-aws-auth',
    target: 'kubernetes',
    severity: 'error',
    title: 'Grant cluster access with access entries, not the aws-auth ConfigMap',
    description:
      "No manifest defines the 'aws-auth' ConfigMap: cluster access is granted with EKS access entries (Cluster Access Management), which replace it.",
    docsUrl: 'https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html',
    evidence: ['EKS best practices: IAM (Cluster Access Manager)', 'AWS::EKS::AccessEntry'],
    messages: {
      awsAuth:
        "The manifests define the 'aws-auth' ConfigMap (namespace '{{namespace}}'). EKS has deprecated it: a typo in it can lock every administrator out, and its grants are not visible in the EKS API. Delete it and grant access with access entries instead (eksctl 'accessConfig.accessEntries', or 'AWS::EKS::AccessEntry').",
    },
  },
  check(set, ctx) {
    const maps = ofKind(objects(set), 'ConfigMap');
    let failed = 0;
    for (const m of maps)
      if (m.name === 'aws-auth') {
        failed++;
        ctx.report('awsAuth', { namespace: m.namespace ?? 'default' }, at(m.doc, ['metadata', 'name']));
      }
    ctx.tally(Math.max(1, maps.length), failed);
  },
});
