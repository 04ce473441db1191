// Each rubric item of lab 12, broken alone in the reference solution by one small, realistic mistake, costs points,
// and no other item moves. The manifests in k8s/ are copied with the rest of the folder; every copy is graded in
// one run.
import lab from '../../../../graders/rubrics/12-eks-workload.js';
import { describeMutations, inFile, type Files, type Mutation } from '../../../helpers/mutation-table.js';

const DEPLOYMENT = 'k8s/deployment.yaml';
const RESILIENCE = 'k8s/resilience.yaml';
const pipe =
  (...steps: ((f: Files) => Files)[]) =>
  (files: Files): Files =>
    steps.reduce((f, s) => s(f), files);

const table: Mutation[] = [
  {
    item: 'valid-manifests',
    name: 'a probe period written as a string',
    mutate: inFile(DEPLOYMENT, 'periodSeconds: 5', 'periodSeconds: "5"'),
  },
  {
    item: 'replicas-resources',
    name: 'no memory limit',
    mutate: inFile(DEPLOYMENT, '            limits:\n              memory: 256Mi\n', ''),
  },
  {
    item: 'health-probes',
    name: 'the readiness probe calls /healthz',
    mutate: inFile(
      DEPLOYMENT,
      '              path: /health\n              port: 8080\n            periodSeconds: 5',
      '              path: /healthz\n              port: 8080\n            periodSeconds: 5',
    ),
  },
  {
    item: 'pod-security',
    name: 'a writable root filesystem',
    mutate: inFile(DEPLOYMENT, 'readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false'),
  },
  {
    item: 'ecr-image',
    name: "the ECR image by 'latest'",
    mutate: inFile(DEPLOYMENT, 'labs-web:1.4.2', 'labs-web:latest'),
  },
  {
    item: 'service',
    name: "targetPort is the Service's own port",
    mutate: inFile('k8s/service.yaml', 'targetPort: 8080', 'targetPort: 80'),
  },
  {
    item: 'autoscaling-disruption',
    name: 'the autoscaler may go down to one pod',
    mutate: inFile(RESILIENCE, 'minReplicas: 2', 'minReplicas: 1'),
  },
  {
    item: 'network-policy',
    name: 'both policies select pods by a label the pods do not have',
    mutate: pipe(
      inFile(RESILIENCE, '  podSelector: {}\n', '  podSelector:\n    matchLabels:\n      app: web\n'),
      inFile(
        RESILIENCE,
        '  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: labs-web\n',
        '  podSelector:\n    matchLabels:\n      app: web\n',
      ),
    ),
  },
  {
    item: 'workload-identity',
    name: 'the Pod Identity association names another service account',
    mutate: inFile('cluster.yaml', 'serviceAccountName: labs-web', 'serviceAccountName: labs-app'),
  },
  {
    item: 'cluster-access',
    name: 'the public endpoint left open',
    mutate: inFile('cluster.yaml', 'publicAccess: false', 'publicAccess: true'),
  },
  {
    item: 'cluster-audit',
    name: 'no audit log',
    mutate: inFile(
      'cluster.yaml',
      'enableTypes: [api, audit, authenticator]',
      'enableTypes: [api, authenticator]',
    ),
  },
];

const moreMistakes: Mutation[] = [
  {
    item: 'replicas-resources',
    name: 'one replica',
    mutate: inFile(DEPLOYMENT, 'replicas: 2', 'replicas: 1'),
    // With one pod, the budget's 'minAvailable: 1' allows no eviction at all, which the budget item reports.
    alsoAffects: ['autoscaling-disruption'],
  },
  {
    item: 'health-probes',
    name: "a liveness probe that runs 'true'",
    mutate: inFile(
      DEPLOYMENT,
      '          livenessProbe:\n            httpGet:\n              path: /health\n              port: 8080\n',
      '          livenessProbe:\n            exec:\n              command: ["true"]\n',
    ),
  },
  {
    item: 'pod-security',
    name: "the namespace enforces 'baseline'",
    mutate: inFile('k8s/namespace.yaml', 'enforce: restricted', 'enforce: baseline'),
  },
  {
    item: 'service',
    name: "the Service selects the Deployment's own labels",
    mutate: inFile('k8s/service.yaml', 'app.kubernetes.io/name: labs-web', 'app: labs-web'),
  },
  {
    item: 'autoscaling-disruption',
    name: 'the budget selects no pod',
    mutate: inFile(
      RESILIENCE,
      '  minAvailable: 1\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: labs-web',
      '  minAvailable: 1\n  selector:\n    matchLabels:\n      app: labs-web',
    ),
  },
  {
    item: 'autoscaling-disruption',
    name: 'the autoscaler targets a misspelt Deployment',
    mutate: inFile(
      RESILIENCE,
      '    kind: Deployment\n    name: labs-web',
      '    kind: Deployment\n    name: labsweb',
    ),
  },
  {
    item: 'workload-identity',
    name: 'an IRSA annotation on a cluster without an OIDC provider',
    mutate: pipe(
      inFile(
        'cluster.yaml',
        'iam:\n  podIdentityAssociations:\n    - namespace: labs\n      serviceAccountName: labs-web\n      roleARN: arn:aws:iam::123456789012:role/LabsWebApp\n',
        '',
      ),
      inFile(
        'k8s/namespace.yaml',
        '  name: labs-web\n  namespace: labs\n',
        '  name: labs-web\n  namespace: labs\n  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/LabsWebApp\n',
      ),
    ),
  },
  {
    item: 'cluster-access',
    name: 'an aws-auth ConfigMap in the manifests',
    mutate: (files) => ({
      ...files,
      'k8s/aws-auth.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\ndata:\n  mapRoles: ""\n',
    }),
  },
  {
    item: 'cluster-access',
    name: 'CONFIG_MAP authentication',
    mutate: inFile('cluster.yaml', 'authenticationMode: API', 'authenticationMode: CONFIG_MAP'),
  },
  {
    item: 'cluster-audit',
    name: 'no secrets encryption',
    mutate: inFile('cluster.yaml', 'secretsEncryption:\n  keyARN:', 'tags:\n  key:'),
  },
];

describeMutations(lab, table, moreMistakes);
