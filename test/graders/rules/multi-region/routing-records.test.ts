// MRG003: routing records with a per-Region SetIdentifier, judged by health.
import rule from '../../../../graders/rules/multi-region/routing-records.js';
import { describe, expect, it } from 'vitest';
import { runOn, testRule } from '../../../helpers/rule-tester.js';

const base = `Parameters:
  Role:
    Type: String
    AllowedValues: [PRIMARY, SECONDARY]
Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
  Hc:
    Type: AWS::Route53::HealthCheck
    Properties:
      HealthCheckConfig:
        Type: HTTPS
`;
const record = (lines: string) => `${base}  Record:
    Type: AWS::Route53::RecordSet
    Properties:
      Name: app.example.com
      Type: A
${lines}`;
const alias = (evaluate: string) => `      AliasTarget:
        DNSName: !GetAtt Lb.DNSName
        HostedZoneId: !GetAtt Lb.CanonicalHostedZoneID
        EvaluateTargetHealth: ${evaluate}
`;

testRule(rule, {
  valid: [
    {
      name: 'failover from a parameter, with a health check of this stack',
      code: record(
        '      SetIdentifier: !Ref AWS::Region\n      Failover: !Ref Role\n      HealthCheckId: !Ref Hc\n',
      ),
    },
    {
      name: 'latency alias to the stack ALB that evaluates target health',
      code: record(
        `      SetIdentifier: !Sub 'web-\${AWS::Region}'\n      Region: !Ref AWS::Region\n${alias('true')}`,
      ),
    },
    {
      name: 'one stack writing both failover records, with fixed identifiers',
      code: `${base}  Records:
    Type: AWS::Route53::RecordSetGroup
    Properties:
      RecordSets:
        - Name: app.example.com
          Type: A
          SetIdentifier: one
          Failover: PRIMARY
          HealthCheckId: !Ref Hc
        - Name: app.example.com
          Type: A
          SetIdentifier: two
          Failover: SECONDARY
          HealthCheckId: !Ref Hc
`,
    },
    {
      name: 'failover role from a condition',
      code: record(
        '      SetIdentifier: !Ref AWS::Region\n      Failover: !If [IsPrimary, PRIMARY, SECONDARY]\n      HealthCheckId: !Ref Hc\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'no routing record at all (a simple record)',
      code: record('      ResourceRecords: [192.0.2.1]\n'),
      errors: [{ messageId: 'noRouting', line: 5 }],
    },
    {
      name: 'failover record without health',
      code: record(
        '      SetIdentifier: !Ref AWS::Region\n      Failover: !Ref Role\n      ResourceRecords: [192.0.2.1]\n',
      ),
      errors: [{ messageId: 'noHealth', data: { record: 'Record' } }],
    },
    {
      name: 'an alias that does not evaluate target health',
      code: record(
        `      SetIdentifier: !Ref AWS::Region\n      Region: !Ref AWS::Region\n${alias('false')}`,
      ),
      errors: [{ messageId: 'aliasNotEvaluated', line: 20 }],
    },
    {
      name: 'a health check id typed by hand',
      code: record(
        '      SetIdentifier: !Ref AWS::Region\n      Weight: 50\n      HealthCheckId: 0a1b2c3d-1111-2222-3333-444455556666\n',
      ),
      errors: [{ messageId: 'foreignHealthCheck', line: 20 }],
    },
    {
      name: 'a fixed SetIdentifier and a fixed role',
      code: record('      SetIdentifier: primary\n      Failover: PRIMARY\n      HealthCheckId: !Ref Hc\n'),
      errors: [
        { messageId: 'fixedSetIdentifier', line: 18, data: { value: 'primary' } },
        { messageId: 'fixedRole', line: 19, data: { value: 'PRIMARY' } },
      ],
    },
    {
      name: 'no SetIdentifier, and a role Route 53 does not know',
      code: record('      Failover: ACTIVE\n      HealthCheckId: !Ref Hc\n'),
      errors: [{ messageId: 'noSetIdentifier' }, { messageId: 'badRole', data: { value: 'ACTIVE' } }],
    },
  ],
});

describe('MRG003 tally', () => {
  it('counts a record with several problems as one failed record', () => {
    const out = runOn(rule, record('      Failover: ACTIVE\n      ResourceRecords: [192.0.2.1]\n'));
    expect(out.findings.map((f) => f.messageId).sort()).toEqual(['badRole', 'noHealth', 'noSetIdentifier']);
    expect([out.checked, out.failed]).toEqual([1, 1]);
  });
});
