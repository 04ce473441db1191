// SVC013: every internet-facing Application Load Balancer serves HTTPS and sends plain HTTP there. It has an
// HTTPS listener with a certificate and a TLS 1.3 security policy, its security groups admit the HTTPS port, and
// every HTTP listener's default action redirects to HTTPS (Security Hub ELB.1 fails an ALB with any HTTP listener
// that does not redirect). CloudFormation's default policy when 'SslPolicy' is left out is
// ELBSecurityPolicy-2016-08, which still accepts TLS 1.0, so the policy must be written.
import { defineRule } from '../../engine/define.js';
import type { DataPath } from '../../engine/types.js';
import { get, isRecord, literalNumber, literalString, refersTo, resources } from '../lib/cloudformation.js';
import { ALB, ingressRulesOf, portsOf, reaches, securityGroupOf } from '../vpc/util/network.js';

export const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
export const HTTPS_PORT = 443;
/** The policy this lab teaches; any 'ELBSecurityPolicy-TLS13-…' policy is accepted (Security Hub ELB.17). */
export const RECOMMENDED_SSL_POLICY = 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09';
const TLS13_POLICY = /^ELBSecurityPolicy-TLS13-/;

export default defineRule({
  meta: {
    id: 'SVC013',
    name: 'https-listener',
    target: 'cloudformation',
    severity: 'error',
    title: 'Serve HTTPS with a TLS 1.3 policy and redirect HTTP to it',
    description:
      "Every internet-facing Application Load Balancer has an HTTPS listener with 'Certificates' and a TLS 1.3 'SslPolicy' (ELBSecurityPolicy-TLS13-*), its security groups admit the HTTPS port, and every HTTP listener's default action redirects to HTTPS, so no request or response crosses the internet in clear text.",
    docsUrl: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html',
    evidence: ['ELB.1', 'ELB.17', 'E3676', 'CKV_AWS_2', 'CKV_AWS_103'],
    messages: {
      noHttpsListener:
        "Internet-facing load balancer '{{lb}}' has no HTTPS listener, so requests, responses and any cookies or tokens in them cross the internet in clear text (Security Hub ELB.1 fails an ALB whose HTTP listeners do not redirect to HTTPS). Add an 'AWS::ElasticLoadBalancingV2::Listener' with 'Protocol: HTTPS', 'Port: 443', 'Certificates: [{ CertificateArn: !Ref CertificateArn }]' and 'SslPolicy: " +
        RECOMMENDED_SSL_POLICY +
        "'.",
      httpsPort:
        "HTTPS listener '{{listener}}' listens on port {{port}}, but browsers open 'https://' addresses on port 443, so visitors would have to type the port. Set 'Port: 443'.",
      noCertificate:
        "HTTPS listener '{{listener}}' has no 'Certificates', and an HTTPS listener cannot start without one (cfn-lint E3676). Request or import a certificate in AWS Certificate Manager, take its ARN as a parameter, and set 'Certificates: [{ CertificateArn: !Ref CertificateArn }]'.",
      defaultSslPolicy:
        "HTTPS listener '{{listener}}' sets no 'SslPolicy', so CloudFormation gives it ELBSecurityPolicy-2016-08, which still accepts TLS 1.0 and 1.1 (Security Hub ELB.17 asks for a TLS 1.3 policy). Set 'SslPolicy: " +
        RECOMMENDED_SSL_POLICY +
        "', or another 'ELBSecurityPolicy-TLS13-…' policy.",
      oldSslPolicy:
        "HTTPS listener '{{listener}}' uses 'SslPolicy: {{policy}}', which is not a TLS 1.3 policy: Security Hub ELB.17 asks for the recommended 'ELBSecurityPolicy-TLS13-…' policies, which drop the old protocol versions and ciphers. Set 'SslPolicy: " +
        RECOMMENDED_SSL_POLICY +
        "'.",
      noHttpsIngress:
        "No security group of load balancer '{{lb}}' admits TCP {{port}}, so browsers cannot reach its HTTPS listener and the connection times out. Add an ingress rule for TCP {{port}} from '0.0.0.0/0' to the load balancer's security group.",
      httpNotRedirected:
        "HTTP listener '{{listener}}' of load balancer '{{lb}}' {{action}}, so anyone who types 'http://' talks to the app in clear text, and Security Hub ELB.1 fails the load balancer. Make its default action redirect to HTTPS: 'DefaultActions: [{ Type: redirect, RedirectConfig: { Protocol: HTTPS, Port: \"443\", StatusCode: HTTP_301 } }]'.",
      redirectPort:
        "HTTP listener '{{listener}}' redirects to HTTPS on {{port}}, but the HTTPS listener is on port {{https}}, so the redirected browser reaches no listener. Set 'Port: \"{{https}}\"' in 'RedirectConfig' (when 'Port' is left out, the redirect keeps the request's port, 80).",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const albs = resources(t, ALB).filter((lb) => {
      const type = literalString(t, lb.props['Type'])?.toLowerCase();
      const scheme = literalString(t, lb.props['Scheme'])?.toLowerCase() ?? 'internet-facing';
      return (type === undefined || type === 'application') && scheme === 'internet-facing';
    });
    if (albs.length === 0) {
      ctx.notApplicable('the template has no internet-facing Application Load Balancer');
      return;
    }
    const failed = new Set<string>();
    for (const lb of albs) {
      const fail = (...args: Parameters<typeof ctx.report>) => {
        failed.add(lb.name);
        ctx.report(...args);
      };
      const listeners = resources(t, LISTENER).filter((l) => refersTo(l.props['LoadBalancerArn'], lb.name));
      const protocolOf = (l: (typeof listeners)[number]) =>
        literalString(t, l.props['Protocol'])?.toUpperCase();
      const https = listeners.filter((l) => protocolOf(l) === 'HTTPS');
      if (https.length === 0) {
        fail('noHttpsListener', { lb: lb.name }, [...lb.path, 'Properties']);
        continue; // the redirect has nowhere to go yet; one finding says what to add
      }
      let httpsPort = HTTPS_PORT;
      for (const l of https) {
        const at: DataPath = [...l.path, 'Properties'];
        const port = literalNumber(t, l.props['Port']);
        if (port !== undefined && port !== HTTPS_PORT) {
          httpsPort = port;
          fail('httpsPort', { listener: l.name, port }, [...at, 'Port']);
        }
        const certs = l.props['Certificates'];
        if (certs === undefined || (Array.isArray(certs) && certs.length === 0))
          fail('noCertificate', { listener: l.name }, at);
        const policy = l.props['SslPolicy'];
        if (policy === undefined) fail('defaultSslPolicy', { listener: l.name }, at);
        else {
          // A policy decided at deploy time (a parameter without a default) is given the benefit of the doubt.
          const name = literalString(t, policy);
          if (name !== undefined && !TLS13_POLICY.test(name))
            fail('oldSslPolicy', { listener: l.name, policy: name }, [...at, 'SslPolicy']);
        }
      }
      // The HTTPS port must be open to the load balancer's own security groups (those this template defines).
      const groups = Array.isArray(lb.props['SecurityGroups'])
        ? lb.props['SecurityGroups'].map((g) => securityGroupOf(t, g))
        : [];
      const known = groups.filter((g): g is string => g !== undefined);
      if (known.length > 0 && known.length === groups.length) {
        const open = known.some((g) =>
          ingressRulesOf(t, g).some((r) => reaches(portsOf(t, r.rule), httpsPort)),
        );
        if (!open)
          fail('noHttpsIngress', { lb: lb.name, port: httpsPort }, [
            ...lb.path,
            'Properties',
            'SecurityGroups',
          ]);
      }
      for (const l of listeners.filter((x) => protocolOf(x) === 'HTTP')) {
        const actions = l.props['DefaultActions'];
        const first = Array.isArray(actions)
          ? [...actions]
              .filter(isRecord)
              .sort((a, b) => (literalNumber(t, a['Order']) ?? 0) - (literalNumber(t, b['Order']) ?? 0))[0]
          : undefined;
        const type = first ? literalString(t, first['Type'])?.toLowerCase() : undefined;
        const at: DataPath = [...l.path, 'Properties', 'DefaultActions'];
        const redirect = first?.['RedirectConfig'];
        const toHttps =
          type === 'redirect' && literalString(t, get(redirect, ['Protocol']))?.toUpperCase() === 'HTTPS';
        if (!toHttps) {
          const action =
            type === 'forward'
              ? 'forwards requests to the tasks'
              : type === 'redirect'
                ? 'redirects without switching to HTTPS'
                : type === undefined
                  ? 'has no default action the grader can read'
                  : `answers with a '${type}' action`;
          fail('httpNotRedirected', { listener: l.name, lb: lb.name, action }, at);
          continue;
        }
        // Without 'Port' the redirect keeps the request's port ('#{port}', 80 here), where no HTTPS listener is.
        const portValue = get(redirect, ['Port']);
        const port = portValue === undefined ? '#{port}' : literalString(t, portValue);
        if (port !== undefined && (port === '#{port}' || Number(port) !== httpsPort)) {
          const where = port === '#{port}' ? "the request's own port" : `port ${port}`;
          fail('redirectPort', { listener: l.name, port: where, https: httpsPort }, at);
        }
      }
    }
    ctx.tally(albs.length, failed.size);
  },
});
