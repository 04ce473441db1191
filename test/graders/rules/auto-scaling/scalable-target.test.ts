import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/auto-scaling/scalable-target.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { LAB09, LAB09_JSON, edit, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const RID = "      ResourceId: !Sub 'service/${Cluster}/${Service.Name}'\n";

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'Sub with the cluster and the service name (lab 09 solution)', code: LAB09 },
    {
      name: 'JSON, Join over a named service (second-style solution)',
      code: LAB09_JSON,
      file: 'template.json',
    },
    {
      name: 'Join with an empty delimiter',
      code: edit(LAB09, [
        RID,
        "      ResourceId: !Join ['', ['service/', !Ref Cluster, '/', !GetAtt Service.Name]]\n",
      ]),
    },
    {
      name: 'Sub with a variable map',
      code: edit(LAB09, [
        RID,
        "      ResourceId: !Sub\n        - 'service/${C}/${S}'\n        - C: !Ref Cluster\n          S: !GetAtt Service.Name\n",
      ]),
    },
  ],
  invalid: [
    {
      name: 'no scalable target',
      code: without(LAB09, 'ScalableTarget'),
      errors: [{ messageId: 'noTarget', data: { service: 'Service' } }],
    },
    {
      name: "the service's ARN ('${Service}') instead of its name",
      code: edit(LAB09, [RID, "      ResourceId: !Sub 'service/${Cluster}/${Service}'\n"]),
      errors: [{ messageId: 'resourceIdService', data: { got: '${Service}', want: '${Service.Name}' } }],
    },
    {
      name: "the cluster's ARN instead of its name",
      code: edit(LAB09, [RID, "      ResourceId: !Sub 'service/${Cluster.Arn}/${Service.Name}'\n"]),
      errors: [{ messageId: 'resourceIdCluster', data: { got: '${Cluster.Arn}', want: '${Cluster}' } }],
    },
    {
      name: 'the ec2 namespace',
      code: edit(LAB09, ['      ServiceNamespace: ecs\n', '      ServiceNamespace: ec2\n']),
      errors: [{ messageId: 'namespace', data: { value: "'ec2'" } }],
    },
    {
      name: 'the dimension of another service',
      code: edit(LAB09, [
        '      ScalableDimension: ecs:service:DesiredCount\n',
        '      ScalableDimension: ec2:spot-fleet-request:TargetCapacity\n',
      ]),
      errors: [{ messageId: 'dimension' }],
    },
    {
      name: 'a hard-coded resource id names no service of this stack',
      code: edit(LAB09, [RID, '      ResourceId: service/labs-cluster/labs-web\n']),
      errors: [{ messageId: 'noTarget' }, { messageId: 'resourceIdForeign' }],
    },
    {
      name: "'service/' left out",
      code: edit(LAB09, [RID, "      ResourceId: !Sub '${Cluster}/${Service.Name}'\n"]),
      errors: [{ messageId: 'resourceIdShape', data: { value: '${Cluster}/${Service.Name}' } }],
    },
    {
      name: 'a part imported from another stack',
      code: edit(LAB09, [
        RID,
        "      ResourceId: !Sub\n        - 'service/${C}/${Service.Name}'\n        - C: !ImportValue network-cluster\n",
      ]),
      errors: [{ messageId: 'resourceIdUnknown' }],
    },
    {
      name: 'a literal service name that is not the service’s',
      code: edit(
        LAB09,
        ['      Cluster: !Ref Cluster\n', '      ServiceName: labs-web\n      Cluster: !Ref Cluster\n'],
        [RID, "      ResourceId: !Sub 'service/${Cluster}/labs-api'\n"],
      ),
      errors: [{ messageId: 'noTarget' }, { messageId: 'resourceIdForeign' }],
    },
    {
      name: 'no service at all',
      code: "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n",
      errors: [{ messageId: 'noService' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SCL001 names', () => {
  it("accepts the service's literal ServiceName in place of '!GetAtt Service.Name'", () => {
    const code = edit(
      LAB09,
      ['      Cluster: !Ref Cluster\n', '      ServiceName: labs-web\n      Cluster: !Ref Cluster\n'],
      [RID, "      ResourceId: !Sub 'service/${Cluster}/labs-web'\n"],
    );
    expect(runOn(rule, code).findings).toEqual([]);
  });
});
