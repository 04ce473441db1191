// Lab 02: the learner writes `task-definition.json`, the RegisterTaskDefinition input for a Fargate web service.
// Thirty points over eight items; container-level items give partial credit per container.
import { defineLab } from '../engine/define.js';
import { notDeployed } from './lib/sandbox.js';
import type { ItemCheckResult } from '../engine/types.js';
import { isRecord } from '../rules/ecs-task-definition/util/task-definition.js';
import { ECS_API, ECS_GUIDE, awsDoc, cfnLint, checkov, controlTower, securityHub } from './lib/evidence.js';

/** The lab asks for DB_PASSWORD through `secrets`; deleting the variable is not the same as protecting it. */
function usesSecrets(doc: unknown): boolean {
  if (!isRecord(doc) || !Array.isArray(doc['containerDefinitions'])) return false;
  return doc['containerDefinitions'].some(
    (c: unknown) => isRecord(c) && Array.isArray(c['secrets']) && c['secrets'].length > 0,
  );
}

export default defineLab({
  id: '02-ecs-task-definition',
  title: 'An ECS task definition for Fargate',
  part: '2 ECS deep dive (task definitions, resources)',
  summary:
    'Write the task definition that runs the Lab 01 web image on Fargate: a valid CPU/memory size, awsvpc networking, logs in CloudWatch, a container health check, the database password from Secrets Manager, and a hardened container.',
  files: [{ id: 'taskdef', paths: ['task-definition.json'], kind: 'json', required: true }],
  sandbox: notDeployed(
    'Lab 02 grades a task definition on its own, a RegisterTaskDefinition input rather than a CloudFormation template, and a task definition runs nothing until a service uses it: lab 03 deploys it as one. Your static grade is unaffected.',
  ),
  items: [
    {
      id: 'fargate-platform',
      title: 'Target Fargate: awsvpc, FARGATE compatibility and a runtime platform',
      points: 4,
      file: 'taskdef',
      rules: ['TDF002', 'TDF003', 'TDF004'],
      scoring: 'proportional',
      hint: "Fargate needs '\"networkMode\": \"awsvpc\"', and '\"requiresCompatibilities\": [\"FARGATE\"]' makes ECS check the definition against Fargate when you register it. Add 'runtimePlatform' with 'operatingSystemFamily' 'LINUX' and the 'cpuArchitecture' your image was built for ('X86_64', or 'ARM64' for Graviton).",
      praise: 'The task targets Fargate with awsvpc networking and states its platform.',
      evidence: [
        cfnLint('E3048'),
        cfnLint('E3054'),
        controlTower('CT.ECS.PR.4'),
        awsDoc(`${ECS_GUIDE}/fargate-tasks-services.html`),
        awsDoc(`${ECS_API}/API_RuntimePlatform.html`),
      ],
      docsUrl: `${ECS_GUIDE}/fargate-tasks-services.html`,
    },
    {
      id: 'task-size',
      title: 'Size the task with a valid Fargate CPU/memory pair',
      points: 5,
      file: 'taskdef',
      rules: ['TDF001', 'TDF006'],
      hint: "Set task-level 'cpu' and 'memory' to a pair from the Fargate table in the README (for example cpu '256' with memory '512'; 1 vCPU needs 2–8 GB), and keep container 'memory'/'memoryReservation' and 'cpu' within the task's totals, with 'memoryReservation' below 'memory' (equal is rejected).",
      praise: 'The task size is a valid Fargate pair and the container fits inside it.',
      evidence: [
        cfnLint('E3047'),
        cfnLint('E3048'),
        awsDoc(`${ECS_GUIDE}/task-cpu-memory-error.html`),
        awsDoc(`${ECS_API}/API_RegisterTaskDefinition.html`),
      ],
      docsUrl: `${ECS_GUIDE}/task-cpu-memory-error.html`,
    },
    {
      id: 'app-container',
      title: 'Define an essential application container with a pinned image',
      points: 3,
      file: 'taskdef',
      rules: ['TDF005', 'TDF016'],
      scoring: 'proportional',
      hint: "Keep the application container essential (leave 'essential' out or set it to 'true'), and point 'image' at the exact tag you pushed to Amazon ECR in Lab 01, such as '…/labs-web:1.0.0', never ':latest'.",
      praise: 'The application container is essential and its image is pinned.',
      evidence: [cfnLint('E3042'), awsDoc(`${ECS_API}/API_ContainerDefinition.html`)],
      docsUrl: `${ECS_API}/API_ContainerDefinition.html`,
    },
    {
      id: 'health-check',
      title: 'Add a container health check within the ECS ranges',
      points: 3,
      file: 'taskdef',
      rules: ['TDF009'],
      scoring: 'proportional',
      hint: "Add a 'healthCheck' whose 'command' is a list starting with 'CMD-SHELL' (or 'CMD') that calls the app's '/health' endpoint with a tool the image has, and keep interval 5–300, timeout 2–60, retries 1–10 and startPeriod 0–300 as numbers without quotes.",
      praise: 'ECS can tell a hung container from a healthy one.',
      evidence: [awsDoc(`${ECS_API}/API_HealthCheck.html`)],
      docsUrl: `${ECS_API}/API_HealthCheck.html`,
    },
    {
      id: 'logging',
      title: 'Send container logs to CloudWatch Logs',
      points: 4,
      file: 'taskdef',
      rules: ['TDF007'],
      scoring: 'proportional',
      hint: "Send each container's output to CloudWatch Logs with the awslogs driver: name a log group that exists (with a retention period), the Region, and a stream prefix, which Fargate requires and which names each stream '<prefix>/<container>/<task id>'. A FireLens log-router container is the other accepted route.",
      praise: 'Every container’s output lands in CloudWatch Logs.',
      evidence: [
        securityHub('ECS.9'),
        cfnLint('E3046'),
        controlTower('CT.ECS.PR.5'),
        awsDoc(`${ECS_GUIDE}/using_awslogs.html`),
      ],
      docsUrl: `${ECS_GUIDE}/using_awslogs.html`,
    },
    {
      id: 'iam-roles',
      title: 'Give ECS an execution role and the app its own task role',
      points: 3,
      file: 'taskdef',
      rules: ['TDF008', 'TDF015'],
      hint: "ECS pulls the image from ECR, writes logs and fetches secrets with the role in 'executionRoleArn' (a role with 'AmazonECSTaskExecutionRolePolicy'); the application's own AWS calls use 'taskRoleArn', which must be a different role.",
      praise: 'ECS and the application each use their own role.',
      evidence: [
        checkov('CKV_AWS_249', 'terraform'),
        awsDoc(`${ECS_GUIDE}/task_execution_IAM_role.html`),
        awsDoc(`${ECS_GUIDE}/task-iam-roles.html`),
      ],
      docsUrl: `${ECS_GUIDE}/task_execution_IAM_role.html`,
    },
    {
      id: 'secrets',
      title: 'Inject the database password from Secrets Manager or Parameter Store',
      points: 4,
      file: 'taskdef',
      rules: ['TDF010', 'TDF011'],
      check: (ctx): ItemCheckResult => {
        const doc = ctx.doc('taskdef', 'json');
        if (!doc || usesSecrets(doc.value)) return { fraction: 1 };
        return {
          fraction: 0,
          feedback:
            "No container takes anything from 'secrets' yet, but the application still needs 'DB_PASSWORD'. Store the password in Secrets Manager and add '{ \"name\": \"DB_PASSWORD\", \"valueFrom\": \"<secret ARN>\" }' to the container's 'secrets'.",
        };
      },
      hint: "Remove 'DB_PASSWORD' from 'environment', store it in Secrets Manager (or as a SecureString in Parameter Store), and add it to the container's 'secrets' with 'valueFrom' set to the ARN; the execution role needs permission to read it.",
      praise: 'The password reaches the container without ever appearing in the task definition.',
      evidence: [
        securityHub('ECS.8'),
        controlTower('CT.ECS.PR.12'),
        awsDoc(`${ECS_GUIDE}/specifying-sensitive-data.html`),
        awsDoc(`${ECS_API}/API_Secret.html`),
      ],
      docsUrl: `${ECS_GUIDE}/specifying-sensitive-data.html`,
    },
    {
      id: 'container-hardening',
      title: 'Harden every container: read-only root, not privileged, non-root user',
      points: 4,
      file: 'taskdef',
      rules: ['TDF012', 'TDF013', 'TDF014'],
      scoring: 'proportional',
      hint: "On every container set '\"readonlyRootFilesystem\": true' (mount a volume at '/tmp' if the app writes there: the lab 01 image's 'VOLUME /tmp', owned by 'node', makes it writable for a non-root user), leave 'privileged' out, and set 'user' to a non-root user such as '\"1000\"'.",
      praise: 'Every container is read-only, unprivileged and non-root.',
      evidence: [
        securityHub('ECS.5'),
        securityHub('ECS.4'),
        securityHub('ECS.20'),
        checkov('CKV_AWS_336', 'terraform'),
        checkov('CKV_AWS_334', 'terraform'),
        controlTower('CT.ECS.PR.6'),
        controlTower('CT.ECS.PR.11'),
        controlTower('CT.ECS.PR.3'),
      ],
      docsUrl: `${ECS_GUIDE}/security-tasks-containers.html`,
    },
  ],
});
