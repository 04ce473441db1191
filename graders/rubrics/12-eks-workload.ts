// Lab 12: the learner deploys the labs-web application to Amazon EKS: Kubernetes manifests in k8s/ (any number of
// files, any number of documents each, read as one set so selectors and references resolve across them) and the
// cluster they run on, as an eksctl ClusterConfig (cluster.yaml) or a CloudFormation AWS::EKS::Cluster
// (template.yaml). The manifests must be schema-valid and run a hardened, probed, autoscaled Deployment from ECR
// behind a Service, with a disruption budget, a network policy, a restricted Pod Security namespace and a service
// account with an IAM role (EKS Pod Identity or IRSA); the cluster must restrict its endpoint, grant access with
// access entries, log its control plane and encrypt Secrets. EKS Auto Mode, Karpenter and managed node groups are
// all accepted for compute. Thirty points over eleven items. Nothing is deployed: moto emulates no EKS workloads.
import { defineLab } from '../engine/define.js';
import { runRule } from '../engine/run-rule.js';
import type {
  CfnTemplateDoc,
  Finding,
  ItemCheckContext,
  ItemCheckResult,
  LabFile,
  YamlDoc,
} from '../engine/types.js';
import { resources } from '../rules/lib/cloudformation.js';
import cfnClusterAccess from '../rules/eks/cfn-cluster-access.js';
import cfnClusterAudit from '../rules/eks/cfn-cluster-audit.js';
import {
  CLUSTER_TYPE,
  cfnHasOidc,
  cfnPodIdentities,
  eksctlHasOidc,
  eksctlPodIdentities,
  type PodIdentityAssociation,
} from '../rules/eks/cluster.js';
import eksctlClusterAccess from '../rules/eks/eksctl-cluster-access.js';
import eksctlClusterAudit from '../rules/eks/eksctl-cluster-audit.js';
import { at, namespaceOf, objects, ofKind, rec, str } from '../rules/eks/model.js';
import { usedServiceAccounts } from '../rules/eks/service-account.js';
import { awsDoc, checkov, ECR_GUIDE, securityHub, cdkNag } from './lib/evidence.js';
import { notDeployed } from './lib/sandbox.js';

export const LAB_ID = '12-eks-workload';

const EKS_GUIDE = 'https://docs.aws.amazon.com/eks/latest/userguide';
const EKS_BP = 'https://docs.aws.amazon.com/eks/latest/best-practices';
const EKSCTL_GUIDE = 'https://docs.aws.amazon.com/eks/latest/eksctl';

/** The manifests: every .yaml and .yml file under k8s/, read as one set. */
export const MANIFESTS_FILE: LabFile = {
  id: 'manifests',
  paths: ['k8s/'],
  kind: 'kubernetes',
  required: true,
};
/** The cluster as an eksctl ClusterConfig. */
export const CLUSTER_FILE: LabFile = {
  id: 'cluster',
  paths: ['cluster.yaml', 'cluster.yml'],
  kind: 'yaml',
  required: false,
};
/** The cluster as a CloudFormation template (the other accepted form), linted by cfn-lint. */
export const CLUSTER_TEMPLATE_FILE: LabFile = {
  id: 'template',
  paths: ['template.yaml', 'template.yml', 'template.json'],
  kind: 'cloudformation',
  required: false,
  cfnLint: true,
};

/** The IRSA annotation on a ServiceAccount, and the role ARN it must hold. */
export const IRSA_ANNOTATION = 'eks.amazonaws.com/role-arn';
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

type ClusterSource = { kind: 'eksctl'; doc: YamlDoc } | { kind: 'cloudformation'; doc: CfnTemplateDoc };

/**
 * The cluster definition graded: a template that defines an AWS::EKS::Cluster (a learner adds one only on
 * purpose), else cluster.yaml when it is a ClusterConfig. The starter's cluster.yaml stays in the folder of a
 * learner who chose CloudFormation, so the template wins.
 */
export function clusterSource(ctx: ItemCheckContext): ClusterSource | undefined {
  const template = ctx.doc('template', 'cloudformation');
  if (template && resources(template.template, CLUSTER_TYPE).length > 0)
    return { kind: 'cloudformation', doc: template };
  const cluster = ctx.doc('cluster', 'yaml');
  if (cluster) return { kind: 'eksctl', doc: cluster };
  return undefined;
}

const NO_CLUSTER = `No cluster definition to grade: write 'labs/${LAB_ID}/cluster.yaml' (an eksctl ClusterConfig) or 'labs/${LAB_ID}/template.yaml' with an AWS::EKS::Cluster.`;

/** An item check that runs the cluster rule of whichever form the learner chose. */
function clusterCheck(
  eksctlRule: typeof eksctlClusterAccess | typeof eksctlClusterAudit,
  cfnRule: typeof cfnClusterAccess | typeof cfnClusterAudit,
): (ctx: ItemCheckContext) => ItemCheckResult {
  return (ctx) => {
    const src = clusterSource(ctx);
    if (!src) return { fraction: 0, feedback: NO_CLUSTER };
    const outcome = src.kind === 'eksctl' ? runRule(eksctlRule, src.doc) : runRule(cfnRule, src.doc);
    // A crashing rule is the grader's fault: throwing makes the item a grader-error, never a zero.
    if (outcome.crash) throw new Error(`rule ${outcome.ruleId} failed: ${outcome.crash.message}`);
    const form = src.kind === 'eksctl' ? `the eksctl ClusterConfig '${src.doc.file}'` : `'${src.doc.file}'`;
    return outcome.findings.length === 0
      ? { fraction: 1, feedback: `Graded ${form}.` }
      : { fraction: 0, findings: outcome.findings, feedback: `Graded ${form}.` };
  };
}

/** Whether the cluster runs the EKS Pod Identity agent: Auto Mode has it built in; otherwise it is an add-on. */
function hasPodIdentityAgent(src: ClusterSource): boolean {
  if (src.kind === 'eksctl') {
    const v = rec(src.doc.value);
    if (rec(v['autoModeConfig'])['enabled'] === true) return true;
    return Array.isArray(v['addons']) && v['addons'].some((a) => rec(a)['name'] === 'eks-pod-identity-agent');
  }
  const t = src.doc.template;
  if (resources(t, CLUSTER_TYPE).some((c) => rec(c.props['ComputeConfig'])['Enabled'] === true)) return true;
  return resources(t, 'AWS::EKS::Addon').some((a) => a.props['AddonName'] === 'eks-pod-identity-agent');
}

/**
 * The workload-identity item's own check: every ServiceAccount a Deployment runs as gets an IAM role, by an EKS Pod
 * Identity association in the cluster definition (with the Pod Identity agent running), or by an IRSA annotation
 * with a role ARN (with the cluster's IAM OIDC provider). EKS012 judges that the account exists and is used.
 */
export function workloadIdentityCheck(ctx: ItemCheckContext): ItemCheckResult {
  const set = ctx.doc('manifests', 'kubernetes');
  if (!set) return { fraction: 0 };
  const used = usedServiceAccounts(set);
  if (used.length === 0)
    return {
      fraction: 0,
      feedback:
        'No Deployment runs under a ServiceAccount of its own, so there is no account to give an IAM role.',
    };
  const src = clusterSource(ctx);
  const associations: PodIdentityAssociation[] = !src
    ? []
    : src.kind === 'eksctl'
      ? eksctlPodIdentities(src.doc)
      : cfnPodIdentities(src.doc);
  const oidc = !src ? false : src.kind === 'eksctl' ? eksctlHasOidc(src.doc) : cfnHasOidc(src.doc);
  const findings: Finding[] = [];
  const finding = (doc: YamlDoc | undefined, path: readonly (string | number)[], message: string) =>
    findings.push({
      ...(doc ? at(doc, path) : { file: set.files[0] ?? set.file, line: 1, column: 1 }),
      severity: 'error',
      ruleId: `${LAB_ID}/workload-identity`,
      message,
    });
  const accounts = ofKind(objects(set), 'ServiceAccount');
  for (const { namespace, name } of used) {
    const sa = accounts.find((a) => a.name === name && namespaceOf(a) === namespace);
    const who = `ServiceAccount '${namespace}/${name}'`;
    if (associations.some((a) => a.namespace === namespace && a.serviceAccount === name)) {
      if (src && !hasPodIdentityAgent(src))
        finding(
          sa?.doc,
          ['metadata'],
          `${who} has an EKS Pod Identity association, but the cluster runs no Pod Identity agent, so its pods get no credentials. Turn on EKS Auto Mode (which includes the agent) or add the 'eks-pod-identity-agent' add-on.`,
        );
      continue;
    }
    const annotations = rec(rec(sa?.value['metadata'])['annotations']);
    const arn = str(annotations[IRSA_ANNOTATION]);
    if (arn !== undefined) {
      if (!ROLE_ARN.test(arn.trim()))
        finding(
          sa?.doc,
          ['metadata', 'annotations', IRSA_ANNOTATION],
          `${who} has the IRSA annotation '${IRSA_ANNOTATION}: ${arn}', which is not an IAM role ARN ('arn:aws:iam::<account>:role/<name>'), so no role is assumed.`,
        );
      else if (!oidc)
        finding(
          sa?.doc,
          ['metadata', 'annotations', IRSA_ANNOTATION],
          `${who} asks for role '${arn}' through IRSA, but the cluster definition creates no IAM OIDC provider, so STS cannot trust the pod's token. Set 'iam.withOIDC: true' (eksctl) or add an 'AWS::IAM::OIDCProvider' for the cluster's 'OpenIdConnectIssuerUrl', or use an EKS Pod Identity association instead.`,
        );
      continue;
    }
    finding(
      sa?.doc,
      ['metadata'],
      `${who} gets no IAM role: the cluster definition has no EKS Pod Identity association for it${src ? '' : ' (there is no cluster definition)'} and it has no '${IRSA_ANNOTATION}' annotation, so the application falls back to the node's role or has no AWS credentials. Add an association (eksctl 'iam.podIdentityAssociations' with 'namespace: ${namespace}' and 'serviceAccountName: ${name}', or 'AWS::EKS::PodIdentityAssociation').`,
    );
  }
  return findings.length === 0 ? { fraction: 1 } : { fraction: 0, findings };
}

export default defineLab({
  id: LAB_ID,
  title: 'A hardened workload on Amazon EKS',
  part: 'Compute layer: Amazon EKS',
  summary:
    'Run labs-web on Amazon EKS: schema-valid manifests for a Deployment from ECR with two or more replicas, requests and limits, /health probes and a restricted security context, a Service, an autoscaling/v2 HorizontalPodAutoscaler, a PodDisruptionBudget, a NetworkPolicy, a restricted Pod Security namespace and a ServiceAccount with an IAM role (Pod Identity or IRSA); and a cluster (eksctl or CloudFormation) with a restricted endpoint, access entries, control-plane logs and KMS-encrypted Secrets.',
  files: [MANIFESTS_FILE, CLUSTER_FILE, CLUSTER_TEMPLATE_FILE],
  sandbox: notDeployed(
    'The sandbox runs on moto, which emulates no EKS control plane or Kubernetes workloads, so this lab is graded statically only: the manifests and the cluster definition are read, nothing is created.',
  ),
  items: [
    {
      id: 'valid-manifests',
      title: 'Write manifests Kubernetes accepts',
      points: 2,
      file: 'manifests',
      rules: ['EKS001'],
      hint: "Every document in k8s/ needs 'apiVersion', 'kind' and 'metadata.name', and its fields must have the types the Kubernetes API reference gives: 'replicas' and 'containerPort' are numbers, CPU and memory are quantities such as '250m' and '256Mi', a Deployment needs a 'selector'.",
      praise: 'Every manifest matches the Kubernetes schema for its kind.',
      evidence: [awsDoc(`${EKS_GUIDE}/eks-workloads.html`)],
      docsUrl: 'https://kubernetes.io/docs/reference/kubernetes-api/',
    },
    {
      id: 'replicas-resources',
      title: 'Run two or more replicas, with CPU and memory requests and a memory limit',
      points: 3,
      file: 'manifests',
      rules: ['EKS002', 'EKS003'],
      hint: "Set 'replicas: 2' or more (or leave it to the HorizontalPodAutoscaler's 'minReplicas'), and give every container \"resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '256Mi' } }\": the scheduler places pods by their requests, the autoscaler measures utilisation against them, and the memory limit keeps one container from starving its neighbours.",
      praise: 'Two or more pods run, each sized for the scheduler and capped in memory.',
      evidence: [
        checkov('CKV_K8S_10', 'kubernetes'),
        checkov('CKV_K8S_12', 'kubernetes'),
        checkov('CKV_K8S_13', 'kubernetes'),
        awsDoc(`${EKS_BP}/application.html`),
        awsDoc(`${EKS_BP}/pod-security.html`),
      ],
      docsUrl: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
    },
    {
      id: 'health-probes',
      title: "Probe liveness and readiness on the app's /health endpoint",
      points: 3,
      file: 'manifests',
      rules: ['EKS004'],
      hint: "Give the container \"readinessProbe: { httpGet: { path: /health, port: http } }\" and a 'livenessProbe' of the same form (with a longer 'periodSeconds' or 'failureThreshold'), where 'http' is the name of its 'containerPort'. An exec probe running 'true', or a tcpSocket probe, passes while the application is broken.",
      praise:
        'Kubernetes sends traffic only to pods whose /health answers, and restarts those that stop answering.',
      evidence: [
        checkov('CKV_K8S_8', 'kubernetes'),
        checkov('CKV_K8S_9', 'kubernetes'),
        awsDoc(`${EKS_BP}/application.html`),
      ],
      docsUrl:
        'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
    },
    {
      id: 'pod-security',
      title: "Harden the containers and enforce the 'restricted' Pod Security Standard on their namespace",
      points: 4,
      file: 'manifests',
      rules: ['EKS005', 'EKS011'],
      hint: "In each container's 'securityContext' set 'runAsNonRoot: true' (or once in the pod's), 'readOnlyRootFilesystem: true', 'allowPrivilegeEscalation: false' and \"capabilities: { drop: [ALL] }\", and \"seccompProfile: { type: RuntimeDefault }\" there or on the pod; mount an 'emptyDir' where the application must write. Put every object in a Namespace you define with the label 'pod-security.kubernetes.io/enforce: restricted', so the API server refuses pods that break those rules.",
      praise: 'The containers run locked down, in a namespace that refuses any pod that is not.',
      evidence: [
        checkov('CKV_K8S_20', 'kubernetes'),
        checkov('CKV_K8S_22', 'kubernetes'),
        checkov('CKV_K8S_23', 'kubernetes'),
        checkov('CKV_K8S_37', 'kubernetes'),
        checkov('CKV_K8S_31', 'kubernetes'),
        checkov('CKV_K8S_21', 'kubernetes'),
        awsDoc(`${EKS_BP}/pod-security.html`),
      ],
      docsUrl: `${EKS_BP}/pod-security.html`,
    },
    {
      id: 'ecr-image',
      title: 'Pull a pinned image from Amazon ECR',
      points: 2,
      file: 'manifests',
      rules: ['EKS006'],
      hint: "Use '<account>.dkr.ecr.<region>.amazonaws.com/labs-web:1.0.0' (a version tag, never 'latest') or '…/labs-web@sha256:<digest>'. With immutable tags in the repository (lab 5), a tag always means the same build.",
      praise: 'Every pod runs the same pinned build from your own ECR repository.',
      evidence: [
        checkov('CKV_K8S_14', 'kubernetes'),
        checkov('CKV_K8S_43', 'kubernetes'),
        awsDoc(`${ECR_GUIDE}/ECR_on_EKS.html`),
        awsDoc(`${EKS_BP}/image-security.html`),
      ],
      docsUrl: `${ECR_GUIDE}/ECR_on_EKS.html`,
    },
    {
      id: 'service',
      title: 'Expose the pods through a Service that selects them and targets their port',
      points: 3,
      file: 'manifests',
      rules: ['EKS007'],
      hint: "The Service's 'selector' must repeat the pod template's labels (not the Deployment's own 'metadata.labels'), in the same namespace, and 'targetPort' must be the container's port, by number (8080) or by the port's name ('http').",
      praise: 'The Service selects the pods and forwards to the port they listen on.',
      evidence: [awsDoc(`${EKS_GUIDE}/network-load-balancing.html`), awsDoc(`${EKS_BP}/application.html`)],
      docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/service/',
    },
    {
      id: 'autoscaling-disruption',
      title:
        'Scale with an autoscaling/v2 HorizontalPodAutoscaler and protect the pods with a PodDisruptionBudget',
      points: 3,
      file: 'manifests',
      rules: ['EKS008', 'EKS009'],
      hint: "The autoscaler's 'scaleTargetRef' names the Deployment ('kind: Deployment', 'name: labs-web') in its own namespace; give it 'minReplicas: 2', a higher 'maxReplicas' and a Resource metric on cpu. Add a 'policy/v1' PodDisruptionBudget in the same namespace with 'minAvailable: 1' (or 'maxUnavailable: 1') whose 'selector.matchLabels' repeats the pod labels.",
      praise: 'The Deployment grows with load and keeps pods up through node drains.',
      evidence: [awsDoc(`${EKS_BP}/application.html`), awsDoc(`${EKS_GUIDE}/horizontal-pod-autoscaler.html`)],
      docsUrl: `${EKS_BP}/application.html`,
    },
    {
      id: 'network-policy',
      title: "Isolate the app's pods with a NetworkPolicy",
      points: 2,
      file: 'manifests',
      rules: ['EKS010'],
      hint: 'Add a default-deny NetworkPolicy ("podSelector: {}", "policyTypes: [Ingress]") in the application\'s namespace, and a second one that selects the application\'s pods and allows ingress on its port from the sources that need it. EKS Auto Mode enforces network policies; on other clusters turn on the VPC CNI\'s network policy support.',
      praise: 'Only the traffic a policy allows reaches the pods.',
      evidence: [awsDoc(`${EKS_BP}/network-security.html`), awsDoc(`${EKS_GUIDE}/cni-network-policy.html`)],
      docsUrl: `${EKS_BP}/network-security.html`,
    },
    {
      id: 'workload-identity',
      title: 'Give the app its own ServiceAccount with an IAM role (EKS Pod Identity or IRSA)',
      points: 3,
      file: 'manifests',
      rules: ['EKS012'],
      check: workloadIdentityCheck,
      hint: "The Deployment's pods run as a ServiceAccount of their own ('serviceAccountName' in the pod template); that account then gets a role: an EKS Pod Identity association in the cluster definition (eksctl 'iam.podIdentityAssociations' naming its 'namespace' and 'serviceAccountName', or 'AWS::EKS::PodIdentityAssociation'), with the Pod Identity agent (built into Auto Mode, otherwise the 'eks-pod-identity-agent' add-on); or IRSA, the annotation 'eks.amazonaws.com/role-arn' on the ServiceAccount plus the cluster's IAM OIDC provider.",
      praise: 'The application runs as its own ServiceAccount, with its own IAM role.',
      evidence: [
        checkov('CKV_K8S_41', 'kubernetes'),
        awsDoc(`${EKS_GUIDE}/pod-identities.html`),
        awsDoc(`${EKS_GUIDE}/iam-roles-for-service-accounts.html`),
        awsDoc(`${EKS_BP}/identity-and-access-management.html`),
      ],
      docsUrl: `${EKS_GUIDE}/pod-identities.html`,
    },
    {
      id: 'cluster-access',
      title: 'Restrict the API endpoint and grant access with access entries, not aws-auth',
      points: 3,
      file: 'manifests',
      rules: ['EKS013'],
      check: clusterCheck(eksctlClusterAccess, cfnClusterAccess),
      hint: "Turn the private endpoint on and the public one off (or limit it to your own CIDR ranges). Use Cluster Access Management: authentication mode 'API' (or 'API_AND_CONFIG_MAP'), with an access entry for the administrators' role (eksctl 'accessConfig.accessEntries', or 'AWS::EKS::AccessEntry'), and no 'aws-auth' ConfigMap in the manifests.",
      praise: 'The API is reachable only from where it should be, and access is granted through the EKS API.',
      evidence: [
        securityHub('EKS.1'),
        checkov('CKV_AWS_38', 'terraform'),
        checkov('CKV_AWS_39', 'terraform'),
        cdkNag('AwsSolutions-EKS1'),
        awsDoc(`${EKS_GUIDE}/cluster-endpoint.html`),
        awsDoc(`${EKS_GUIDE}/access-entries.html`),
        awsDoc(`${EKS_BP}/identity-and-access-management.html`),
        awsDoc(`${EKSCTL_GUIDE}/access-entries.html`),
      ],
      docsUrl: `${EKS_GUIDE}/access-entries.html`,
    },
    {
      id: 'cluster-audit',
      title: 'Log the control plane and encrypt Secrets with a KMS key',
      points: 2,
      file: 'manifests',
      check: clusterCheck(eksctlClusterAudit, cfnClusterAudit),
      hint: "Enable at least the 'api', 'audit' and 'authenticator' control-plane log types (eksctl 'cloudWatch.clusterLogging.enableTypes', CloudFormation 'Logging.ClusterLogging.EnabledTypes'), and envelope-encrypt Secrets with a customer managed KMS key (eksctl 'secretsEncryption.keyARN', CloudFormation 'EncryptionConfig' for 'secrets').",
      praise: "The control plane's API calls are recorded and Secrets are encrypted with your key.",
      evidence: [
        securityHub('EKS.8'),
        securityHub('EKS.3'),
        checkov('CKV_AWS_37', 'terraform'),
        checkov('CKV_AWS_58'),
        cdkNag('AwsSolutions-EKS2'),
        awsDoc(`${EKS_GUIDE}/control-plane-logs.html`),
        awsDoc(`${EKS_GUIDE}/envelope-encryption.html`),
        awsDoc(`${EKS_BP}/auditing-and-logging.html`),
      ],
      docsUrl: `${EKS_GUIDE}/control-plane-logs.html`,
    },
  ],
});
