// OBS001: every ECS cluster of the template turns on Container Insights with enhanced observability, and every
// service runs in one of them. 'enabled' collects cluster- and service-level metrics only; 'enhanced' adds task-
// and container-level metrics and curated dashboards, which is what finding the one slow task takes.
import { defineRule } from '../../engine/define.js';
import { isRecord, literalString, resources } from '../lib/cloudformation.js';
import { SERVICE } from '../ecs-service/util/service.js';

const CLUSTER = 'AWS::ECS::Cluster';

export default defineRule({
  meta: {
    id: 'OBS001',
    name: 'container-insights-enhanced',
    target: 'cloudformation',
    severity: 'error',
    title: 'Turn on Container Insights with enhanced observability',
    description:
      "Every AWS::ECS::Cluster sets the 'containerInsights' cluster setting to 'enhanced', and every service names one of the template's clusters, so task- and container-level metrics reach CloudWatch for the service.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cloudwatch-container-insights.html',
    evidence: ['ECS.12', 'CKV_AWS_65', 'AwsSolutions-ECS4'],
    messages: {
      noCluster:
        "The template defines no 'AWS::ECS::Cluster', so the service lands in the account's 'default' cluster, whose settings this template does not control. Add a cluster with 'ClusterSettings: [{ Name: containerInsights, Value: enhanced }]' and set the service's 'Cluster' to it.",
      missing:
        "Cluster '{{cluster}}' does not turn on Container Insights, so CloudWatch gets no per-task CPU, memory or network metrics. Add 'ClusterSettings: [{ Name: containerInsights, Value: enhanced }]'.",
      notEnhanced:
        "Cluster '{{cluster}}' sets 'containerInsights' to {{value}}: that gives cluster- and service-level metrics, but not the task- and container-level detail that shows which task is slow or restarting. Set the Value to 'enhanced'.",
      defaultCluster:
        "Service '{{service}}' has no 'Cluster', so it runs in the account's 'default' cluster and the Container Insights setting of '{{cluster}}' does not cover it. Set 'Cluster: !Ref {{cluster}}'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const clusters = resources(t, CLUSTER);
    if (clusters.length === 0) {
      ctx.report('noCluster', {}, ['Resources']);
      return;
    }
    let failed = 0;
    for (const c of clusters) {
      const settings = Array.isArray(c.props['ClusterSettings']) ? c.props['ClusterSettings'] : [];
      const i = settings.findIndex(
        (s) => isRecord(s) && literalString(t, s['Name'])?.toLowerCase() === 'containerinsights',
      );
      if (i < 0) {
        failed++;
        ctx.report('missing', { cluster: c.name }, [...c.path, 'Properties']);
        continue;
      }
      const value = literalString(t, (settings[i] as Record<string, unknown>)['Value']);
      if (value?.toLowerCase() !== 'enhanced') {
        failed++;
        ctx.report(
          'notEnhanced',
          { cluster: c.name, value: value === undefined ? 'a value decided at deploy time' : `'${value}'` },
          [...c.path, 'Properties', 'ClusterSettings', i],
        );
      }
    }
    for (const s of resources(t, SERVICE))
      if (s.props['Cluster'] === undefined) {
        failed++;
        ctx.report('defaultCluster', { service: s.name, cluster: clusters[0]!.name }, [
          ...s.path,
          'Properties',
        ]);
      }
    ctx.tally(clusters.length + resources(t, SERVICE).length, failed);
  },
});
