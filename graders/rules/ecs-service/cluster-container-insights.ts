// SVC001: every ECS cluster turns on CloudWatch Container Insights ('enabled' or 'enhanced'), and every
// service runs in a cluster of the template, so the setting actually covers it.
import { defineRule } from '../../engine/define.js';
import { isRecord, literalString, resources } from '../lib/cloudformation.js';
import { SERVICE } from './util/service.js';

const CLUSTER = 'AWS::ECS::Cluster';
const ON = ['enabled', 'enhanced'];

export default defineRule({
  meta: {
    id: 'SVC001',
    name: 'cluster-container-insights',
    target: 'cloudformation',
    severity: 'warning',
    title: 'Turn on Container Insights for the cluster',
    description:
      "Every AWS::ECS::Cluster sets the 'containerInsights' cluster setting to 'enabled' or 'enhanced', so CPU, memory, network and task counts reach CloudWatch for every service in it.",
    docsUrl:
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/deploy-container-insights-ECS-cluster.html',
    evidence: ['ECS.12', 'CKV_AWS_65', 'AwsSolutions-ECS4', 'CT.ECS.PR.2'],
    messages: {
      noCluster:
        "The template defines no 'AWS::ECS::Cluster', so the service would land in the account's 'default' cluster, whose settings this template does not control. Add a cluster with 'ClusterSettings: [{ Name: containerInsights, Value: enabled }]' and point the service's 'Cluster' at it.",
      missing:
        "Cluster '{{cluster}}' does not turn on Container Insights, so CloudWatch gets no per-task CPU, memory or network metrics and you cannot see why a task was slow or stopped. Add 'ClusterSettings: [{ Name: containerInsights, Value: enabled }]' ('enhanced' adds container-level detail).",
      disabled:
        "Cluster '{{cluster}}' sets 'containerInsights' to {{value}}. Set it to 'enabled' (or 'enhanced' for container-level detail) so CloudWatch collects the cluster's task metrics.",
      defaultCluster:
        "Service '{{service}}' has no 'Cluster', so it runs in the account's 'default' cluster, which this template does not configure. Set 'Cluster: !Ref {{cluster}}'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const clusters = resources(t, CLUSTER);
    if (clusters.length === 0) {
      ctx.report('noCluster', {}, ['Resources']);
      return;
    }
    for (const c of clusters) {
      const settings = c.props['ClusterSettings'];
      const entry = Array.isArray(settings)
        ? settings.find(
            (s) => isRecord(s) && literalString(t, s['Name'])?.toLowerCase() === 'containerinsights',
          )
        : undefined;
      if (!isRecord(entry)) {
        ctx.report('missing', { cluster: c.name }, [...c.path, 'Properties']);
        continue;
      }
      const value = literalString(t, entry['Value']);
      if (value === undefined || !ON.includes(value.toLowerCase())) {
        const i = (settings as unknown[]).indexOf(entry);
        ctx.report(
          'disabled',
          { cluster: c.name, value: value === undefined ? 'a value decided at deploy time' : `'${value}'` },
          [...c.path, 'Properties', 'ClusterSettings', i, 'Value'],
        );
      }
    }
    // A service whose cluster comes from another stack (a parameter or import) is that stack's concern.
    for (const s of resources(t, SERVICE)) {
      if (s.props['Cluster'] === undefined) {
        ctx.report('defaultCluster', { service: s.name, cluster: clusters[0]!.name }, [
          ...s.path,
          'Properties',
        ]);
      }
    }
  },
});
