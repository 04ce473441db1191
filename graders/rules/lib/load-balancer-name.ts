// A load balancer's full name ('app/<name>/<id>') as the CDK writes it. CloudWatch dimensions and request-count
// labels want that name, which CloudFormation gives as `!GetAtt LB.LoadBalancerFullName`. The CDK builds it from the
// ARN of the load balancer or one of its listeners instead: the ARN split on '/', parts 1, 2 and 3 joined with '/'
// (`ApplicationTargetGroup.metrics`, `scaleOnRequestCount`). Both spellings name the same load balancer, so rules
// read the CDK's as the GetAtt and then judge it exactly as they judge a hand-written one.
import type { CfnTemplate } from '../../engine/types.js';
import { isRecord, resource } from './cloudformation.js';

const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';

/**
 * The load balancer whose ARN part `index` a value selects: `!Select [index, !Split ['/', !Ref X]]`, where X is a
 * load balancer (`arn:…:loadbalancer/app/<name>/<id>`) or a listener of one in this template
 * (`arn:…:listener/app/<name>/<id>/<listener-id>`). Parts 1 to 3 of either are the load balancer's full name.
 */
function arnPartOf(t: CfnTemplate, v: unknown, index: number): string | undefined {
  const sel = isRecord(v) ? v['Fn::Select'] : undefined;
  if (!Array.isArray(sel) || sel.length !== 2 || String(sel[0]) !== String(index)) return undefined;
  const split = isRecord(sel[1]) ? sel[1]['Fn::Split'] : undefined;
  if (!Array.isArray(split) || split[0] !== '/' || !isRecord(split[1])) return undefined;
  const ref = split[1]['Ref'];
  if (typeof ref !== 'string') return undefined;
  const r = resource(t, ref);
  if (r?.resource.Type === LOAD_BALANCER) return ref;
  if (r?.resource.Type !== LISTENER || !isRecord(r.props['LoadBalancerArn'])) return undefined;
  const lb = r.props['LoadBalancerArn']['Ref'];
  return typeof lb === 'string' && resource(t, lb)?.resource.Type === LOAD_BALANCER ? lb : undefined;
}

/**
 * The value with every `part 1 / part 2 / part 3` of one load balancer's (or its listener's) ARN read as
 * `!GetAtt LB.LoadBalancerFullName`; anything else is left as written, so a wrong selection (parts 2 to 4, another
 * separator) still reads as something the grader does not follow. A join that was only that name becomes the GetAtt
 * itself.
 */
export function foldLoadBalancerFullName(t: CfnTemplate, raw: unknown): unknown {
  const join = isRecord(raw) ? raw['Fn::Join'] : undefined;
  if (!Array.isArray(join) || typeof join[0] !== 'string' || !Array.isArray(join[1])) return raw;
  const sep = join[0];
  const flat = (join[1] as unknown[]).flatMap((part, i) => (i > 0 && sep !== '' ? [sep, part] : [part]));
  const out: unknown[] = [];
  let folded = false;
  for (let i = 0; i < flat.length; i++) {
    const lb = arnPartOf(t, flat[i], 1);
    if (
      lb !== undefined &&
      flat[i + 1] === '/' &&
      arnPartOf(t, flat[i + 2], 2) === lb &&
      flat[i + 3] === '/' &&
      arnPartOf(t, flat[i + 4], 3) === lb
    ) {
      out.push({ 'Fn::GetAtt': [lb, 'LoadBalancerFullName'] });
      folded = true;
      i += 4;
    } else out.push(flat[i]);
  }
  if (!folded) return raw;
  return out.length === 1 ? out[0] : { 'Fn::Join': ['', out] };
}
