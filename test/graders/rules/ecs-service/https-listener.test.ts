import rule from '../../../../graders/rules/ecs-service/https-listener.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB03, edit } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const REDIRECT =
  "        - Type: redirect\n          RedirectConfig:\n            Protocol: HTTPS\n            Port: '443'\n            StatusCode: HTTP_301\n";
const POLICY = '      SslPolicy: ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'HTTPS on 443 with a TLS 1.3 policy, HTTP redirected (lab 03 solution)', code: LAB03 },
    {
      name: 'another TLS 1.3 policy',
      code: edit(LAB03, [POLICY, '      SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06\n']),
    },
    {
      name: 'a temporary (302) redirect also satisfies ELB.1',
      code: edit(LAB03, ['StatusCode: HTTP_301', 'StatusCode: HTTP_302']),
    },
    {
      name: 'an internal load balancer is not checked',
      code: edit(LAB03, ['      Scheme: internet-facing\n', '      Scheme: internal\n']),
    },
  ],
  invalid: [
    {
      name: 'HTTP only: no HTTPS listener',
      code: edit(LAB03, [
        '      Protocol: HTTPS\n      Port: 443\n',
        '      Protocol: HTTP\n      Port: 8081\n',
      ]),
      errors: [{ messageId: 'noHttpsListener' }],
    },
    {
      name: 'the HTTP listener forwards instead of redirecting',
      code: edit(LAB03, [REDIRECT, '        - Type: forward\n          TargetGroupArn: !Ref TargetGroup\n']),
      errors: [{ messageId: 'httpNotRedirected' }],
    },
    {
      name: "the redirect leaves out 'Port', so it keeps port 80",
      code: edit(LAB03, ["            Port: '443'\n", '']),
      errors: [{ messageId: 'redirectPort' }],
    },
    {
      name: "no 'SslPolicy' (CloudFormation's default is ELBSecurityPolicy-2016-08)",
      code: edit(LAB03, [POLICY, '']),
      errors: [{ messageId: 'defaultSslPolicy' }],
    },
    {
      name: 'a policy without TLS 1.3',
      code: edit(LAB03, [POLICY, '      SslPolicy: ELBSecurityPolicy-2016-08\n']),
      errors: [{ messageId: 'oldSslPolicy', data: { policy: 'ELBSecurityPolicy-2016-08' } }],
    },
    {
      name: 'no certificate (cfn-lint E3676)',
      code: edit(LAB03, ['      Certificates:\n        - CertificateArn: !Ref CertificateArn\n', '']),
      errors: [{ messageId: 'noCertificate' }],
    },
    {
      name: "the load balancer's security group does not admit 443",
      code: edit(LAB03, [
        '        - Description: HTTPS from anywhere\n          IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          CidrIp: 0.0.0.0/0\n',
        '',
      ]),
      errors: [{ messageId: 'noHttpsIngress' }],
    },
  ],
});
