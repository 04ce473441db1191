// Every SCL rule survives any template a learner can write: it never throws, fills every message placeholder, and
// never counts more failures than checks. Arbitrary templates come from fast-check; real ones from the shared
// corpus of public CloudFormation templates when it is present.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../graders/engine/run-rule.js';
import type { CfnTemplateDoc, Rule } from '../../../../graders/engine/types.js';
import { parseCloudFormation } from '../../../../graders/engine/parsers/cloudformation.js';
import { autoScalingRules } from '../../../../graders/rules/auto-scaling/index.js';
import { HAS_SHARED, SHARED } from '../../../helpers/tmp.js';

const RULES = autoScalingRules as unknown as readonly Rule<'cloudformation'>[];

const TYPES = [
  'AWS::ECS::Service',
  'AWS::ECS::Cluster',
  'AWS::ApplicationAutoScaling::ScalableTarget',
  'AWS::ApplicationAutoScaling::ScalingPolicy',
  'AWS::CloudWatch::Alarm',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancingV2::TargetGroup',
  'AWS::ElasticLoadBalancingV2::Listener',
  'AWS::ElasticLoadBalancingV2::ListenerRule',
];
const NAMES = ['Svc', 'Cluster', 'Target', 'Policy', 'Alarm', 'Lb', 'Tg'];
const KEYS = [
  'Cluster',
  'ServiceName',
  'DesiredCount',
  'SchedulingStrategy',
  'LoadBalancers',
  'TargetGroupArn',
  'ServiceNamespace',
  'ScalableDimension',
  'ResourceId',
  'MinCapacity',
  'MaxCapacity',
  'PolicyType',
  'ScalingTargetId',
  'TargetTrackingScalingPolicyConfiguration',
  'PredefinedMetricSpecification',
  'PredefinedMetricType',
  'ResourceLabel',
  'CustomizedMetricSpecification',
  'TargetValue',
  'ScaleInCooldown',
  'ScaleOutCooldown',
  'StepScalingPolicyConfiguration',
  'StepAdjustments',
  'AlarmActions',
  'Namespace',
  'MetricName',
  'Metrics',
  'MetricStat',
  'Metric',
  'Dimensions',
  'Name',
  'Value',
  'LoadBalancerArn',
  'ListenerArn',
  'DefaultActions',
  'Actions',
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::Join',
  'Fn::ImportValue',
  'Fn::If',
  '__proto__',
  'constructor',
];
const scalar = fc.oneof(
  fc.string(),
  fc.integer({ min: -5, max: 5000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    ...NAMES,
    'ecs',
    'ecs:service:DesiredCount',
    'service/${Cluster}/${Svc.Name}',
    '${Lb.LoadBalancerFullName}/${Tg.TargetGroupFullName}',
    'Svc.Name',
    'TargetTrackingScaling',
    'StepScaling',
    'ECSServiceAverageCPUUtilization',
    'ALBRequestCountPerTarget',
    'AWS/ECS',
    'ClusterName',
    'ServiceName',
    '/',
  ),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 5 }),
  ),
})).node;
const template = fc.dictionary(
  fc.constantFrom(...NAMES),
  fc.record({ Type: fc.constantFrom(...TYPES), Properties: value }, { requiredKeys: ['Type'] }),
  { minKeys: 1, maxKeys: 6 },
);

function check(doc: CfnTemplateDoc): void {
  for (const rule of RULES) {
    const out = runRule(rule, doc);
    expect(out.crash, `${rule.meta.id} on ${doc.file}: ${out.crash?.stack}`).toBeNull();
    for (const f of out.findings) expect(f.message, rule.meta.id).not.toMatch(/\{\{\w+\}\}/);
    if (out.checked !== null) expect(out.failed ?? 0).toBeLessThanOrEqual(out.checked);
  }
}

describe('SCL rules on arbitrary templates', () => {
  it('never throw', () => {
    fc.assert(
      fc.property(template, (resources) => {
        const parsed = parseCloudFormation('template.json', JSON.stringify({ Resources: resources }));
        if (parsed.ok) check(parsed.doc);
      }),
      { numRuns: 400 },
    );
  });
});

describe.skipIf(!HAS_SHARED)('SCL rules on the corpus of public templates', () => {
  const dir = path.join(SHARED, 'corpus', 'cfn');
  const files = HAS_SHARED ? fs.readdirSync(dir).filter((f) => /\.(ya?ml|json|template)$/.test(f)) : [];
  it.each(files)('%s', (name) => {
    const file = name.endsWith('.template') ? `${name}.json` : name;
    const parsed = parseCloudFormation(file, fs.readFileSync(path.join(dir, name), 'utf8'));
    if (parsed.ok) check(parsed.doc);
  });
});
