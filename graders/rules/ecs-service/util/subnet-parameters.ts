// Helper module (exports no rule): subnets a template takes from its parameters, the style of AWS's own
// reference architectures (`PrivateSubnetIds` of type `List<AWS::EC2::Subnet::Id>`). The grader cannot see such
// subnets' routes, zones or number, so it judges only what the template states: the parameter's type, and the
// tier its name (or else its description) declares. It never states a count it did not read.
import type { CfnTemplate } from '../../../engine/types.js';
import { parameter, parameterValueType } from '../../lib/cloudformation.js';
import { distinctZones, tierOf, type SubnetRef, type Tier } from '../../vpc/util/network.js';

/** The parameter a subnet reference names: `subnetRefs` splits a list default into `PrivateSubnetIds[0]`, `[1]`. */
export function parameterName(ref: SubnetRef): string {
  return ref.name.replace(/\[\d+\]$/, '');
}

/** Whether a reference is a parameter that holds a list whose values the template does not fix. */
function isOpenList(t: CfnTemplate, ref: SubnetRef): boolean {
  if (ref.kind !== 'parameter') return false;
  const name = parameterName(ref);
  const p = parameter(t, name);
  if (!p) return false;
  const type = parameterValueType(p.type);
  // A Systems Manager parameter's Default names the SSM parameter, not the subnets, so its values are open.
  if (type.ssm) return true;
  // A list default with commas is split into one reference per subnet; one without is a single subnet.
  return type.list && name === ref.name && !hasSingleDefault(t, name);
}

function hasSingleDefault(t: CfnTemplate, name: string): boolean {
  const d = t.Parameters?.[name]?.['Default'];
  return typeof d === 'string' && d.trim() !== '' && !d.includes(',');
}

/**
 * How many subnets the references name, or undefined when one of them is a list (or Systems Manager) parameter
 * whose values are decided at deploy time: such a list may hold any number of subnets.
 */
export function subnetCount(t: CfnTemplate, refs: readonly SubnetRef[]): number | undefined {
  return refs.some((r) => isOpenList(t, r)) ? undefined : refs.length;
}

/**
 * Distinct Availability Zones among the references (subnets the template only names count as a zone each), or
 * undefined when a list parameter's subnets cannot be counted.
 */
export function zoneCount(t: CfnTemplate, refs: readonly SubnetRef[]): number | undefined {
  return subnetCount(t, refs) === undefined ? undefined : distinctZones(t, refs, true);
}

function tierOfText(text: string): Tier {
  const s = text.toLowerCase();
  const priv = /private|isolated/.test(s);
  const pub = /public/.test(s);
  if (priv && !pub) return 'private';
  if (pub && !priv) return 'public';
  return 'unknown';
}

/**
 * Public or private. Subnets of this template by their routes; a parameter by the tier its name declares
 * (`PublicSubnetIds`, `PrivateSubnetIds`), or, when its name says neither, by its description ("public subnets
 * for the load balancer"); an import by its name.
 */
export function declaredTier(t: CfnTemplate, ref: SubnetRef): Tier {
  if (ref.kind !== 'parameter') return tierOf(t, ref);
  const name = parameterName(ref);
  const byName = tierOfText(name);
  if (byName !== 'unknown') return byName;
  return tierOfText(parameter(t, name)?.description ?? '');
}

/**
 * How a message names a subnet reference: `'PrivateSubnetA'`, "the subnets of parameter 'PrivateSubnetIds'",
 * "the subnet of parameter 'SubnetA'", "the import 'network-PrivateSubnets'".
 */
export function describeSubnet(t: CfnTemplate, ref: SubnetRef): string {
  if (ref.kind === 'parameter') {
    const name = parameterName(ref);
    const type = parameterValueType(parameter(t, name)?.type);
    return type.list ? `the subnets of parameter '${name}'` : `the subnet of parameter '${name}'`;
  }
  if (ref.kind === 'import') return `the import '${ref.name}'`;
  return `'${ref.name}'`;
}

/** One reference per parameter: a list default split into entries is judged (and reported) once. */
export function oncePerParameter(refs: readonly SubnetRef[]): SubnetRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    if (r.kind !== 'parameter') return true;
    const key = `${parameterName(r)}@${JSON.stringify(r.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
