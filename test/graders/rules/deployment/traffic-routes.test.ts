import rule from '../../../../graders/rules/deployment/traffic-routes.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { CODEDEPLOY, ECS, STARTER, codeDeploy, edit } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const JSON_FILE = 'template.json';
const INFRA_POLICY =
  '      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/AmazonECSInfrastructureRolePolicyForLoadBalancers\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    {
      name: 'production and test listener rules with an infrastructure role (reference solution)',
      code: ECS,
    },
    {
      name: 'production and test listeners with a role and a separate IAM policy (second-style solution)',
      code: CODEDEPLOY,
      file: JSON_FILE,
    },
    {
      name: 'the infrastructure role allowed the ELB actions inline instead of the managed policy',
      code: edit(ECS, [
        INFRA_POLICY,
        "      Policies:\n        - PolicyName: move-traffic\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              - Effect: Allow\n                Action: elasticloadbalancing:*\n                Resource: '*'\n",
      ]),
    },
    {
      name: 'the CodeDeploy role with the AWS managed policy',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        delete t.Resources.CodeDeployServicePolicy;
        delete t.Resources.DeploymentGroup.DependsOn;
        t.Resources.CodeDeployServiceRole.Properties.ManagedPolicyArns = [
          'arn:aws:iam::aws:policy/AWSCodeDeployRoleForECS',
        ];
      }),
    },
  ],
  invalid: [
    {
      name: 'the starter: no routes and no role',
      code: STARTER,
      errors: [
        { messageId: 'noRoute', data: { which: 'production' } },
        { messageId: 'noRoute', data: { which: 'test' } },
        { messageId: 'noRole', data: { principal: 'ecs.amazonaws.com' } },
      ],
    },
    {
      name: 'no test listener rule',
      code: edit(ECS, ['            TestListenerRule: !Ref TestListenerRule\n', '']),
      errors: [
        { messageId: 'noRoute', data: { which: 'test', property: 'AdvancedConfiguration.TestListenerRule' } },
      ],
    },
    {
      name: 'one rule for production and test',
      code: edit(ECS, [
        'TestListenerRule: !Ref TestListenerRule',
        'TestListenerRule: !Ref ProductionListenerRule',
      ]),
      errors: [{ messageId: 'sameRoute', data: { route: 'ProductionListenerRule' } }],
    },
    {
      name: 'a production rule written out as an ARN',
      code: edit(ECS, [
        'ProductionListenerRule: !Ref ProductionListenerRule',
        'ProductionListenerRule: arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/lb/1/2/3',
      ]),
      errors: [{ messageId: 'routeUnresolved', data: { which: 'production' } }],
    },
    {
      name: 'the test listener forwards to neither target group',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        t.Resources.TestListener.Properties.DefaultActions = [
          { Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } },
        ];
      }),
      errors: [{ messageId: 'routeForward', data: { which: 'test', route: 'TestListener' } }],
    },
    {
      name: 'both rules forward to the blue target group only',
      code: ECS.replaceAll(
        '              - TargetGroupArn: !Ref BlueTargetGroup\n                Weight: 100\n              - TargetGroupArn: !Ref GreenTargetGroup\n                Weight: 0\n',
        '              - TargetGroupArn: !Ref BlueTargetGroup\n                Weight: 100\n',
      ),
      errors: [{ messageId: 'routesMissGroup', data: { group: 'GreenTargetGroup' } }],
    },
    {
      name: 'no load balancer role',
      code: edit(ECS, ['            RoleArn: !GetAtt LoadBalancerRole.Arn\n', '']),
      errors: [{ messageId: 'noRole', data: { property: 'AdvancedConfiguration.RoleArn' } }],
    },
    {
      name: 'the load balancer role trusts ECS tasks, not ECS',
      code: edit(ECS, [
        '              Service: ecs.amazonaws.com\n            Action: sts:AssumeRole\n      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/AmazonECSInfrastructureRolePolicyForLoadBalancers',
        '              Service: ecs-tasks.amazonaws.com\n            Action: sts:AssumeRole\n      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/AmazonECSInfrastructureRolePolicyForLoadBalancers',
      ]),
      errors: [{ messageId: 'roleTrust', data: { principal: 'ecs.amazonaws.com' } }],
    },
    {
      name: 'the CodeDeploy role may not move listeners',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        t.Resources.CodeDeployServicePolicy.Properties.PolicyDocument.Statement.splice(1, 1);
      }),
      errors: [{ messageId: 'rolePermission', data: { action: 'elasticloadbalancing:ModifyListener' } }],
    },
    {
      name: 'the CodeDeploy service without a deployment group',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        delete t.Resources.DeploymentGroup;
      }),
      errors: [{ messageId: 'noRoute', data: { which: 'production' } }],
    },
  ],
});
