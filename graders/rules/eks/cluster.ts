// Helper module (exports no rule): the EKS cluster definition, read the same way from its two accepted forms, an
// eksctl ClusterConfig (cluster.yaml) and a CloudFormation AWS::EKS::Cluster (template.yaml), so the cluster rules
// of each form judge the same facts and only their wording differs. Defaults follow each tool: eksctl turns the
// private endpoint off and the public one on, and sets the authentication mode to API_AND_CONFIG_MAP; the EKS API
// (and so CloudFormation) does the same for the endpoints but defaults the mode to CONFIG_MAP.
import type { CfnTemplate, CfnTemplateDoc, DataPath, YamlDoc } from '../../engine/types.js';
import { isRecord, literalBool, literalList, literalString, resources } from '../lib/cloudformation.js';
import { list, rec, str } from './model.js';

/** The control-plane log types the lab asks for (Security Hub EKS.8 needs 'audit'). */
export const REQUIRED_LOG_TYPES = ['api', 'audit', 'authenticator'] as const;
export const ALL_LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] as const;
export const ACCESS_MODES = ['API', 'API_AND_CONFIG_MAP'] as const;

/** One fact about the cluster, where it is (or where it would go) in the file. */
export interface Fact<T> {
  value: T;
  path: DataPath;
}

export interface ClusterFacts {
  name: string;
  privateEndpoint: Fact<boolean | undefined>;
  publicEndpoint: Fact<boolean | undefined>;
  /** undefined when not given (the whole internet may reach a public endpoint). */
  publicCidrs: Fact<string[] | undefined>;
  /** As written; undefined when left to the default. */
  authenticationMode: Fact<string | undefined>;
  defaultAuthenticationMode: 'API_AND_CONFIG_MAP' | 'CONFIG_MAP';
  accessEntries: Fact<number>;
  logTypes: Fact<string[]>;
  secretsKey: Fact<boolean>;
}

export interface PodIdentityAssociation {
  namespace: string;
  serviceAccount: string;
}

/** Whether a parsed YAML document is an eksctl ClusterConfig. */
export function isClusterConfig(doc: YamlDoc): boolean {
  return isRecord(doc.value) && doc.value['kind'] === 'ClusterConfig';
}

/** What `cluster.yaml` declares instead of a ClusterConfig, for the eksctl rules' `notClusterConfig` message. */
export function declaredKind(doc: YamlDoc): string {
  return isRecord(doc.value) ? String(doc.value['kind'] ?? '(none)') : '(none)';
}

export function eksctlFacts(doc: YamlDoc): ClusterFacts {
  const v = rec(doc.value);
  const vpc = rec(v['vpc']);
  const endpoints = rec(vpc['clusterEndpoints']);
  const access = rec(v['accessConfig']);
  const logging = rec(rec(v['cloudWatch'])['clusterLogging']);
  const types = list(logging['enableTypes']).map(String);
  const cidrs = vpc['publicAccessCIDRs'];
  return {
    name: str(rec(v['metadata'])['name']) ?? '(unnamed)',
    privateEndpoint: {
      value: bool(endpoints['privateAccess']),
      path: ['vpc', 'clusterEndpoints', 'privateAccess'],
    },
    publicEndpoint: {
      value: bool(endpoints['publicAccess']),
      path: ['vpc', 'clusterEndpoints', 'publicAccess'],
    },
    publicCidrs: {
      value: Array.isArray(cidrs) ? cidrs.map(String) : undefined,
      path: ['vpc', 'publicAccessCIDRs'],
    },
    authenticationMode: {
      value: str(access['authenticationMode']),
      path: ['accessConfig', 'authenticationMode'],
    },
    defaultAuthenticationMode: 'API_AND_CONFIG_MAP',
    accessEntries: { value: list(access['accessEntries']).length, path: ['accessConfig', 'accessEntries'] },
    // eksctl takes '*' or 'all' for every log type.
    logTypes: {
      value: types.some((t) => t === '*' || t.toLowerCase() === 'all') ? [...ALL_LOG_TYPES] : types,
      path: ['cloudWatch', 'clusterLogging', 'enableTypes'],
    },
    secretsKey: {
      value: !!str(rec(v['secretsEncryption'])['keyARN']),
      path: ['secretsEncryption', 'keyARN'],
    },
  };
}

/** The eksctl form's Pod Identity associations: `iam.podIdentityAssociations`. */
export function eksctlPodIdentities(doc: YamlDoc): PodIdentityAssociation[] {
  return list(rec(rec(doc.value)['iam'])['podIdentityAssociations'])
    .map(rec)
    .flatMap((a) => {
      const namespace = str(a['namespace']);
      const serviceAccount = str(a['serviceAccountName']);
      return namespace && serviceAccount ? [{ namespace, serviceAccount }] : [];
    });
}

/** Whether the eksctl form sets up the IAM OIDC provider IRSA needs (`iam.withOIDC: true`). */
export function eksctlHasOidc(doc: YamlDoc): boolean {
  return rec(rec(doc.value)['iam'])['withOIDC'] === true;
}

export const CLUSTER_TYPE = 'AWS::EKS::Cluster';

/** The facts of each AWS::EKS::Cluster of a template. */
export function cfnFacts(doc: CfnTemplateDoc): ClusterFacts[] {
  const t = doc.template;
  const entries = resources(t, 'AWS::EKS::AccessEntry');
  return resources(t, CLUSTER_TYPE).map((c) => {
    const p = c.props;
    const vpc = rec(p['ResourcesVpcConfig']);
    const base = [...c.path, 'Properties'];
    const vpcPath = [...base, 'ResourcesVpcConfig'];
    const cidrs =
      vpc['PublicAccessCidrs'] === undefined ? undefined : literalList(t, vpc['PublicAccessCidrs']);
    const types = list(rec(rec(p['Logging'])['ClusterLogging'])['EnabledTypes']).flatMap((e) => {
      const s = literalString(t, rec(e)['Type']);
      return s ? [s] : [];
    });
    const encryption = list(p['EncryptionConfig']).map(rec);
    return {
      name: c.name,
      privateEndpoint: {
        value: literalBool(t, vpc['EndpointPrivateAccess']),
        path: [...vpcPath, 'EndpointPrivateAccess'],
      },
      publicEndpoint: {
        value: literalBool(t, vpc['EndpointPublicAccess']),
        path: [...vpcPath, 'EndpointPublicAccess'],
      },
      publicCidrs: {
        value: cidrs?.map((x) => literalString(t, x) ?? '(computed)'),
        path: [...vpcPath, 'PublicAccessCidrs'],
      },
      authenticationMode: {
        value: literalString(t, rec(p['AccessConfig'])['AuthenticationMode']),
        path: [...base, 'AccessConfig', 'AuthenticationMode'],
      },
      defaultAuthenticationMode: 'CONFIG_MAP',
      accessEntries: {
        value: entries.filter((e) => namesCluster(t, e.props['ClusterName'], c.name, p['Name'])).length,
        path: base,
      },
      logTypes: { value: types, path: [...base, 'Logging', 'ClusterLogging', 'EnabledTypes'] },
      secretsKey: {
        value: encryption.some(
          (e) =>
            list(e['Resources']).some((r) => literalString(t, r) === 'secrets') &&
            rec(e['Provider'])['KeyArn'] !== undefined,
        ),
        path: [...base, 'EncryptionConfig'],
      },
    };
  });
}

/** Whether a ClusterName property names this cluster: `!Ref Cluster`, or the cluster's literal Name. */
function namesCluster(t: CfnTemplate, v: unknown, logicalId: string, clusterName: unknown): boolean {
  if (isRecord(v) && v['Ref'] === logicalId) return true;
  const name = literalString(t, v);
  const own = literalString(t, clusterName);
  return name !== undefined && own !== undefined && name === own;
}

/** The template's Pod Identity associations (AWS::EKS::PodIdentityAssociation with literal names). */
export function cfnPodIdentities(doc: CfnTemplateDoc): PodIdentityAssociation[] {
  const t = doc.template;
  return resources(t, 'AWS::EKS::PodIdentityAssociation').flatMap((a) => {
    const namespace = literalString(t, a.props['Namespace']);
    const serviceAccount = literalString(t, a.props['ServiceAccount']);
    return namespace && serviceAccount ? [{ namespace, serviceAccount }] : [];
  });
}

/** Whether the template creates the IAM OIDC provider IRSA needs. */
export function cfnHasOidc(doc: CfnTemplateDoc): boolean {
  return resources(doc.template, 'AWS::IAM::OIDCProvider').length > 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Judgements, shared by both forms' rules.

export type AccessProblem =
  | { id: 'privateOff'; path: DataPath }
  | { id: 'publicOpen'; path: DataPath; cidrs: string }
  | { id: 'configMapMode'; path: DataPath; mode: string }
  | { id: 'noAccessEntries'; path: DataPath };

const OPEN = new Set(['0.0.0.0/0', '::/0']);

export function accessProblems(f: ClusterFacts): AccessProblem[] {
  const out: AccessProblem[] = [];
  if (f.privateEndpoint.value !== true) out.push({ id: 'privateOff', path: f.privateEndpoint.path });
  if (f.publicEndpoint.value !== false) {
    const cidrs = f.publicCidrs.value;
    if (cidrs === undefined || cidrs.length === 0 || cidrs.some((c) => OPEN.has(c.trim())))
      out.push({
        id: 'publicOpen',
        path: cidrs === undefined ? f.publicEndpoint.path : f.publicCidrs.path,
        cidrs:
          cidrs === undefined || cidrs.length === 0
            ? "no CIDR ranges listed, so '0.0.0.0/0'"
            : cidrs.map((c) => `'${c}'`).join(', '),
      });
  }
  const mode = f.authenticationMode.value ?? f.defaultAuthenticationMode;
  if (!(ACCESS_MODES as readonly string[]).includes(mode))
    out.push({
      id: 'configMapMode',
      path: f.authenticationMode.path,
      mode: f.authenticationMode.value === undefined ? `'${mode}' (the default)` : `'${mode}'`,
    });
  else if (f.accessEntries.value === 0) out.push({ id: 'noAccessEntries', path: f.accessEntries.path });
  return out;
}

export type AuditProblem =
  { id: 'logTypes'; path: DataPath; missing: string } | { id: 'noSecretsEncryption'; path: DataPath };

export function auditProblems(f: ClusterFacts): AuditProblem[] {
  const out: AuditProblem[] = [];
  const missing = REQUIRED_LOG_TYPES.filter((t) => !f.logTypes.value.includes(t));
  if (missing.length > 0)
    out.push({ id: 'logTypes', path: f.logTypes.path, missing: missing.map((m) => `'${m}'`).join(', ') });
  if (!f.secretsKey.value) out.push({ id: 'noSecretsEncryption', path: f.secretsKey.path });
  return out;
}

function bool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}
