// MRG004: the health checks that decide the records probe /health over HTTPS on this Region's endpoint.
import rule from '../../../../graders/rules/multi-region/health-check-probe.js';
import { testRule } from '../../../helpers/rule-tester.js';

const base = `Parameters:
  Endpoint:
    Type: String
Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
  Tg:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      HealthCheckPath: TGPATH
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      DefaultActions:
        - Type: forward
          TargetGroupArn: !Ref Tg
`;
const check = (config: string, path = '/health') => `${base.replace('TGPATH', path)}  Hc:
    Type: AWS::Route53::HealthCheck
    Properties:
      HealthCheckConfig:
${config}  Record:
    Type: AWS::Route53::RecordSet
    Properties:
      Name: app.example.com
      Type: A
      SetIdentifier: !Ref AWS::Region
      Failover: PRIMARY
      HealthCheckId: !Ref Hc
`;
const aliasOnly = (path: string) => `${base.replace('TGPATH', path)}  Record:
    Type: AWS::Route53::RecordSet
    Properties:
      Name: app.example.com
      Type: A
      SetIdentifier: !Ref AWS::Region
      Region: !Ref AWS::Region
      AliasTarget:
        DNSName: !GetAtt Lb.DNSName
        HostedZoneId: !GetAtt Lb.CanonicalHostedZoneID
        EvaluateTargetHealth: true
`;
const good =
  '        Type: HTTPS\n        ResourcePath: /health\n        FullyQualifiedDomainName: !GetAtt Lb.DNSName\n';

testRule(rule, {
  valid: [
    { name: 'HTTPS /health on the stack load balancer', code: check(good) },
    {
      name: 'string match on the Region endpoint from a parameter',
      code: check(
        '        Type: HTTPS_STR_MATCH\n        ResourcePath: /health?deep=1\n        SearchString: ok\n        FullyQualifiedDomainName: !Ref Endpoint\n',
      ),
    },
    {
      name: "a Sub of this Region's name",
      code: check(
        "        Type: HTTPS\n        ResourcePath: /health\n        FullyQualifiedDomainName: !Sub 'web.${AWS::Region}.example.com'\n",
      ),
    },
    { name: 'an evaluated alias whose target group checks /health', code: aliasOnly('/health') },
  ],
  invalid: [
    {
      name: 'no health check and no alias',
      code: 'Resources:\n  Lb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n',
      errors: [{ messageId: 'noHealthCheck', line: 1 }],
    },
    {
      name: 'HTTP on /',
      code: check(
        '        Type: HTTP\n        ResourcePath: /\n        FullyQualifiedDomainName: !GetAtt Lb.DNSName\n',
      ),
      errors: [
        { messageId: 'notHttps', line: 22, data: { value: 'HTTP' } },
        { messageId: 'wrongPath', line: 23, data: { value: '/' } },
      ],
    },
    {
      name: 'no ResourcePath, and a fixed host',
      code: check('        Type: HTTPS\n        FullyQualifiedDomainName: app.example.com\n'),
      errors: [
        { messageId: 'wrongPath', line: 22 },
        { messageId: 'wrongTarget', line: 23 },
      ],
    },
    {
      name: 'an IP address',
      code: check('        Type: HTTPS\n        ResourcePath: /health\n        IPAddress: 192.0.2.10\n'),
      errors: [{ messageId: 'wrongTarget', line: 22 }],
    },
    {
      name: 'an evaluated alias whose target group checks /',
      code: aliasOnly('/'),
      errors: [{ messageId: 'targetGroupPath', line: 9, data: { group: 'Tg', value: '/' } }],
    },
  ],
});
