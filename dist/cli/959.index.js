export const id = 959;
export const ids = [959];
export const modules = {

/***/ 2793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ defineLab),
/* harmony export */   K: () => (/* binding */ defineRule)
/* harmony export */ });
function defineRule(rule) {
    return rule;
}
function defineLab(lab) {
    return lab;
}


/***/ }),

/***/ 6959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LABS: () => (/* binding */ LABS),
  RUBRICS: () => (/* binding */ RUBRICS),
  findLab: () => (/* binding */ findLab)
});

// EXTERNAL MODULE: ./graders/engine/starters.ts
var starters = __webpack_require__(1234);
// EXTERNAL MODULE: ./graders/engine/define.ts
var engine_define = __webpack_require__(2793);
// EXTERNAL MODULE: ./graders/rubrics/lib/sandbox.ts
var sandbox = __webpack_require__(5695);
;// CONCATENATED MODULE: ./graders/rubrics/lib/evidence.ts
const ECS_GUIDE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide';
const ECS_API = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference';
const ECR_GUIDE = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide';
const ELB_GUIDE = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application';
const VPC_GUIDE = 'https://docs.aws.amazon.com/vpc/latest/userguide';
const CFN_REFERENCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';
const SECURITY_HUB = 'https://docs.aws.amazon.com/securityhub/latest/userguide';
const CONTROL_TOWER = 'https://docs.aws.amazon.com/controltower/latest/controlreference/ecs-rules.html';
const CFN_LINT = 'https://github.com/aws-cloudformation/cfn-lint/blob/main/docs/rules.md';
const CDK_NAG = 'https://github.com/cdklabs/cdk-nag/blob/main/RULES.md';
const WELL_ARCHITECTED = 'https://docs.aws.amazon.com/wellarchitected/latest/framework';
/** Security Hub control, e.g. 'ECS.5': its service's controls page, anchored at the control. */
const securityHub = (id) => ({
    kind: 'security-hub',
    id,
    url: `${SECURITY_HUB}/${(id.split('.')[0] ?? '').toLowerCase()}-controls.html#${id.toLowerCase().replace('.', '-')}`,
});
/** checkov check; the policy index page depends on the framework the check is written for. */
const checkov = (id, index = 'cloudformation') => ({
    kind: 'checkov',
    id,
    url: `https://www.checkov.io/5.Policy%20Index/${index}.html`,
});
const hadolint = (id) => ({
    kind: 'hadolint',
    id,
    url: `https://github.com/hadolint/hadolint/wiki/${id}`,
});
const cfnLint = (id) => ({ kind: 'cfn-lint', id, url: CFN_LINT });
const cdkNag = (id) => ({ kind: 'cdk-nag', id, url: CDK_NAG });
const controlTower = (id) => ({ kind: 'control-tower', id, url: CONTROL_TOWER });
/** A Well-Architected best practice (e.g. 'SEC05-BP02') and its page. */
const wellArchitected = (id, page) => ({
    kind: 'aws-doc',
    id,
    url: `${WELL_ARCHITECTED}/${page}`,
});
const awsDoc = (url) => ({ kind: 'aws-doc', url });
const dockerDoc = (url) => ({ kind: 'docker-doc', url });

;// CONCATENATED MODULE: ./graders/rubrics/01-production-dockerfile.ts
// Lab 01: a production Dockerfile for a small Node.js web app, and the .dockerignore that goes with it.
// 30 points over ten items; the README anchors are the item ids.



/* harmony default export */ const _01_production_dockerfile = ((0,engine_define/* defineLab */.F)({
    id: '01-production-dockerfile',
    title: 'A production Dockerfile',
    part: '1 Theory and architecture; 7 Production deployments',
    summary: 'Turn a naive Dockerfile for a small Node.js web app into a production image: multi-stage, pinned, non-root, health-checked, started in exec form, free of secrets and caches, labelled, and built from a context that leaves .git, node_modules and .env behind.',
    files: [
        { id: 'dockerfile', paths: ['Dockerfile'], kind: 'dockerfile', required: true },
        { id: 'dockerignore', paths: ['.dockerignore'], kind: 'text', required: true },
    ],
    sandbox: (0,sandbox/* notDeployed */._k)('Lab 01 grades a Dockerfile and its .dockerignore: there is no CloudFormation template, so the sandbox has nothing to deploy. Your static grade is unaffected.'),
    items: [
        {
            id: 'multi-stage-build',
            title: 'A valid multi-stage build',
            points: 4,
            file: 'dockerfile',
            rules: ['DKR000', 'DKR002'],
            hint: "A single-stage image ships everything the build needed: compilers, dev dependencies, tests. Install and test in a stage named 'build', then start a fresh final stage and 'COPY --from=build' only the app and its production node_modules. The file must also be one Docker can build.",
            praise: 'The final stage copies only what runs from a build stage.',
            evidence: [dockerDoc('https://docs.docker.com/build/building/multi-stage/'), hadolint('DL3022')],
            docsUrl: 'https://docs.docker.com/build/building/multi-stage/',
        },
        {
            id: 'pinned-base-image',
            title: 'Base images pinned to a version',
            points: 3,
            file: 'dockerfile',
            rules: ['DKR001'],
            scoring: 'proportional',
            hint: "'latest' and untagged images change under you, so the same Dockerfile builds a different image next week. Give every FROM a version tag such as 'node:22-alpine', or a digest ('node@sha256:…') for builds that never change.",
            praise: 'Every base image is pinned, so rebuilds are repeatable.',
            evidence: [
                hadolint('DL3006'),
                hadolint('DL3007'),
                checkov('CKV_DOCKER_7', 'dockerfile'),
                dockerDoc('https://docs.docker.com/build/building/best-practices/#pin-base-image-versions'),
            ],
            docsUrl: 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions',
        },
        {
            id: 'least-privilege',
            title: 'Runs as a non-root user, with no SSH port',
            points: 4,
            file: 'dockerfile',
            rules: ['DKR003', 'DKR014'],
            hint: "By default a container runs as root, so a flaw in the app hands an attacker root in the container. Add 'USER node' (the official Node.js images ship that account) after the steps that need root, and do not EXPOSE port 22: get a shell with 'docker exec', or with ECS Exec, which needs 'ssmmessages' permissions in the task role and somewhere writable for its agent, which a read-only root filesystem does not give (the README lists what it needs).",
            praise: 'The app runs unprivileged and offers no SSH.',
            evidence: [
                hadolint('DL3002'),
                checkov('CKV_DOCKER_3', 'dockerfile'),
                checkov('CKV_DOCKER_8', 'dockerfile'),
                checkov('CKV_DOCKER_1', 'dockerfile'),
                // Security Hub ECS.20 reads the task definition's 'user', not the image (lab 02 cites it); for the
                // Dockerfile, the ECS guide's task and container security practices ask for USER and a linter that checks it.
                awsDoc(`${ECS_GUIDE}/security-tasks-containers.html`),
                dockerDoc('https://docs.docker.com/build/building/best-practices/#user'),
            ],
            docsUrl: 'https://docs.docker.com/build/building/best-practices/#user',
        },
        {
            id: 'healthcheck',
            title: 'A HEALTHCHECK in the final stage',
            points: 3,
            file: 'dockerfile',
            rules: ['DKR004'],
            hint: "A running process is not a working app. Add a HEALTHCHECK that calls the app's '/health' route, for example 'HEALTHCHECK --interval=30s --timeout=3s CMD [\"node\", \"healthcheck.js\"]', so Docker marks a hung container unhealthy. ECS runs only the health check in the task definition, so you will reuse this command in lab 02.",
            praise: 'Docker can tell a healthy container from a hung one.',
            evidence: [
                checkov('CKV_DOCKER_2', 'dockerfile'),
                hadolint('DL3057'),
                dockerDoc('https://docs.docker.com/reference/dockerfile/#healthcheck'),
                {
                    kind: 'aws-doc',
                    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/healthcheck.html',
                },
            ],
            docsUrl: 'https://docs.docker.com/reference/dockerfile/#healthcheck',
        },
        {
            id: 'exec-form-command',
            title: 'Exec-form CMD and ENTRYPOINT',
            points: 3,
            file: 'dockerfile',
            rules: ['DKR005'],
            hint: "In shell form ('CMD npm start') a shell is PID 1 and swallows the SIGTERM that 'docker stop' and ECS send, so the app is killed after the timeout instead of finishing its requests. Write a JSON array that starts the app directly: 'CMD [\"node\", \"server.js\"]'.",
            praise: 'The app is PID 1 and receives SIGTERM.',
            evidence: [
                hadolint('DL3025'),
                dockerDoc('https://docs.docker.com/reference/dockerfile/#shell-and-exec-form'),
            ],
            docsUrl: 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
        },
        {
            id: 'copy-not-add',
            title: 'COPY into an absolute WORKDIR',
            points: 2,
            file: 'dockerfile',
            rules: ['DKR006', 'DKR012'],
            hint: "Reach for COPY by default: it only copies from the build context. Keep ADD for a remote file you pin with '--checksum'. Set an absolute WORKDIR such as '/app' so files land in the same place whatever the base image does.",
            praise: 'Files are copied predictably to an absolute path.',
            evidence: [
                hadolint('DL3020'),
                checkov('CKV_DOCKER_4', 'dockerfile'),
                hadolint('DL3000'),
                checkov('CKV_DOCKER_10', 'dockerfile'),
                dockerDoc('https://docs.docker.com/build/building/best-practices/#add-or-copy'),
            ],
            docsUrl: 'https://docs.docker.com/build/building/best-practices/#add-or-copy',
        },
        {
            id: 'no-secrets',
            title: 'No secrets in ARG or ENV',
            points: 3,
            file: 'dockerfile',
            rules: ['DKR007'],
            hint: "Anyone who can pull the image can read its ENV values and build arguments. Remove passwords, tokens and keys from the Dockerfile: pass them when the container starts (on ECS, the task definition's 'secrets' from Secrets Manager or Parameter Store), and use 'RUN --mount=type=secret' for anything the build itself needs.",
            praise: 'No credentials are baked into the image.',
            evidence: [
                hadolint('DL3064'),
                dockerDoc('https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/'),
                dockerDoc('https://docs.docker.com/build/building/secrets/'),
                {
                    kind: 'security-hub',
                    id: 'ECS.8',
                    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-8',
                },
            ],
            docsUrl: 'https://docs.docker.com/build/building/secrets/',
        },
        {
            id: 'package-cache-hygiene',
            title: 'No package-manager caches in the image',
            points: 3,
            file: 'dockerfile',
            rules: ['DKR008', 'DKR009', 'DKR010', 'DKR011'],
            scoring: 'proportional',
            hint: "Package indexes and download caches add megabytes that every task pulls on every start. Use 'apk add --no-cache', 'apt-get install -y --no-install-recommends … && rm -rf /var/lib/apt/lists/*', 'pip install --no-cache-dir', and run 'npm ci' in the build stage (or clean its cache in the same RUN). Only the stages the final image is made of count: a build stage it merely copies files from may keep its caches.",
            praise: 'Every install leaves its cache behind.',
            evidence: [
                hadolint('DL3009'),
                hadolint('DL3015'),
                hadolint('DL3019'),
                hadolint('DL3042'),
                hadolint('DL3060'),
                dockerDoc('https://docs.docker.com/build/building/best-practices/#apt-get'),
                dockerDoc('https://docs.docker.com/build/cache/optimize/#use-cache-mounts'),
            ],
            docsUrl: 'https://docs.docker.com/build/building/best-practices/#apt-get',
        },
        {
            id: 'dockerignore',
            title: '.dockerignore keeps .git, node_modules and .env out',
            points: 3,
            file: 'dockerignore',
            rules: ['DKI001', 'DKI002', 'DKI003'],
            scoring: 'proportional',
            hint: "Everything in the build context can end up in the image through 'COPY . .'. List '.git', 'node_modules' and '.env' (one per line) in .dockerignore, so history, local packages and local secrets never reach the builder.",
            praise: 'The build context holds only what the build needs.',
            evidence: [dockerDoc('https://docs.docker.com/build/concepts/context/#dockerignore-files')],
            docsUrl: 'https://docs.docker.com/build/concepts/context/#dockerignore-files',
        },
        {
            id: 'oci-labels',
            title: 'OCI labels: source, version, title',
            points: 2,
            file: 'dockerfile',
            rules: ['DKR013'],
            scoring: 'proportional',
            hint: 'Labels tell whoever finds the image in ECR what it is and where it came from. Add \'LABEL org.opencontainers.image.source="…" org.opencontainers.image.version="…" org.opencontainers.image.title="…"\' to the final stage.',
            praise: 'The image says what it is and where its source lives.',
            evidence: [hadolint('DL3049'), dockerDoc('https://docs.docker.com/reference/dockerfile/#label')],
            docsUrl: 'https://github.com/opencontainers/image-spec/blob/main/annotations.md',
        },
    ],
}));

// EXTERNAL MODULE: ./graders/rules/ecs-task-definition/util/task-definition.ts
var task_definition = __webpack_require__(3133);
;// CONCATENATED MODULE: ./graders/rubrics/02-ecs-task-definition.ts
// Lab 02: the learner writes `task-definition.json`, the RegisterTaskDefinition input for a Fargate web service.
// Thirty points over eight items; container-level items give partial credit per container.




/** The lab asks for DB_PASSWORD through `secrets`; deleting the variable is not the same as protecting it. */
function usesSecrets(doc) {
    if (!(0,task_definition/* isRecord */.u4)(doc) || !Array.isArray(doc['containerDefinitions']))
        return false;
    return doc['containerDefinitions'].some((c) => (0,task_definition/* isRecord */.u4)(c) && Array.isArray(c['secrets']) && c['secrets'].length > 0);
}
/* harmony default export */ const _02_ecs_task_definition = ((0,engine_define/* defineLab */.F)({
    id: '02-ecs-task-definition',
    title: 'An ECS task definition for Fargate',
    part: '2 ECS deep dive (task definitions, resources)',
    summary: 'Write the task definition that runs the Lab 01 web image on Fargate: a valid CPU/memory size, awsvpc networking, logs in CloudWatch, a container health check, the database password from Secrets Manager, and a hardened container.',
    files: [{ id: 'taskdef', paths: ['task-definition.json'], kind: 'json', required: true }],
    sandbox: (0,sandbox/* notDeployed */._k)('Lab 02 grades a task definition on its own, a RegisterTaskDefinition input rather than a CloudFormation template, and a task definition runs nothing until a service uses it: lab 03 deploys it as one. Your static grade is unaffected.'),
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
            check: (ctx) => {
                const doc = ctx.doc('taskdef', 'json');
                if (!doc || usesSecrets(doc.value))
                    return { fraction: 1 };
                return {
                    fraction: 0,
                    feedback: "No container takes anything from 'secrets' yet, but the application still needs 'DB_PASSWORD'. Store the password in Secrets Manager and add '{ \"name\": \"DB_PASSWORD\", \"valueFrom\": \"<secret ARN>\" }' to the container's 'secrets'.",
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
}));

// EXTERNAL MODULE: ./graders/rules/ecs-service/util/service.ts
var service = __webpack_require__(7121);
;// CONCATENATED MODULE: ./graders/rubrics/lib/template.ts
/** The CloudFormation template a lab grades (YAML or JSON), linted by the batched cfn-lint run. */
const TEMPLATE_FILE = {
    id: 'template',
    paths: ['template.yaml', 'template.yml', 'template.json'],
    kind: 'cloudformation',
    required: true,
    cfnLint: true,
    cdk: 'allowed',
};
/**
 * A check for items whose rules only speak when something exists (an EFS volume, a security group): the lab
 * asks for that something, so an empty template must not collect the item's points.
 */
function requires(present, feedback) {
    return (ctx) => {
        const doc = ctx.doc('template', 'cloudformation');
        if (!doc || present(doc.template))
            return { fraction: 1 };
        return { fraction: 0, feedback };
    };
}
/**
 * For an item on the lab's file set that proves an absence (no access key in any file): a lab whose template is
 * missing or cannot be read has no work in it yet, so the item earns nothing rather than points for what an empty
 * or unreadable folder does not contain.
 */
function needsTemplate(feedback) {
    return (ctx) => (ctx.doc('template', 'cloudformation') ? { fraction: 1 } : { fraction: 0, feedback });
}

// EXTERNAL MODULE: ./graders/rules/lib/cloudformation.ts
var cloudformation = __webpack_require__(9325);
;// CONCATENATED MODULE: ./graders/rubrics/03-ecs-service-alb.ts
// Lab 03: the learner writes a CloudFormation template that runs the Lab 02 task as an ECS service on Fargate
// behind an Application Load Balancer that serves HTTPS. Thirty points over ten items; the network is given in
// the starter.






/** Whether the template has an internet-facing Application Load Balancer (the HTTPS item's subject). */
function hasInternetFacingAlb(t) {
    return (0,cloudformation/* resources */.ES)(t, 'AWS::ElasticLoadBalancingV2::LoadBalancer').some((lb) => {
        const type = (0,cloudformation/* literalString */.dc)(t, lb.props['Type'])?.toLowerCase() ?? 'application';
        const scheme = (0,cloudformation/* literalString */.dc)(t, lb.props['Scheme'])?.toLowerCase() ?? 'internet-facing';
        return type === 'application' && scheme !== 'internal';
    });
}
/* harmony default export */ const _03_ecs_service_alb = ((0,engine_define/* defineLab */.F)({
    id: '03-ecs-service-alb',
    title: 'An ECS service on Fargate behind an Application Load Balancer',
    part: '2 Service management; 5 Load balancing',
    summary: 'Turn the Lab 02 task into a production service: a Fargate service with two tasks in private subnets across two Availability Zones, behind an internet-facing ALB that serves HTTPS and that only it trusts, with safe rolling deployments and encrypted EFS storage.',
    files: [TEMPLATE_FILE],
    sandbox: (0,sandbox/* service */.eu)(['AWS::EFS::AccessPoint', 'AWS::EFS::FileSystem', 'AWS::EFS::MountTarget']),
    items: [
        {
            id: 'container-insights',
            title: 'Turn on Container Insights for the cluster',
            points: 2,
            file: 'template',
            rules: ['SVC001'],
            hint: "Give the cluster 'ClusterSettings: [{ Name: containerInsights, Value: enabled }]' ('enhanced' adds container-level metrics) and point the service's 'Cluster' at it.",
            praise: 'CloudWatch collects CPU, memory and task metrics for the whole cluster.',
            evidence: [
                securityHub('ECS.12'),
                checkov('CKV_AWS_65'),
                cdkNag('AwsSolutions-ECS4'),
                awsDoc('https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/deploy-container-insights-ECS-cluster.html'),
            ],
            docsUrl: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/deploy-container-insights-ECS-cluster.html',
        },
        {
            id: 'private-fargate-service',
            title: 'Run the service on Fargate in private subnets without public IPs',
            points: 4,
            file: 'template',
            rules: ['SVC002', 'SVC003', 'SVC004'],
            cfnLint: ['E3044', 'E3047', 'E3048', 'E3052', 'E3054'],
            hint: "Set 'LaunchType: FARGATE', and under 'NetworkConfiguration.AwsvpcConfiguration' list the two private subnets ('PrivateSubnetA' and 'PrivateSubnetB', or a 'List<AWS::EC2::Subnet::Id>' parameter named for the private subnets) with 'AssignPublicIp: DISABLED'. The private subnets reach ECR and CloudWatch through the NAT gateway, so the tasks still start.",
            praise: 'The tasks run on Fargate where the internet cannot reach them directly.',
            evidence: [
                securityHub('ECS.2'),
                checkov('CKV_AWS_333', 'terraform'),
                cfnLint('E3052'),
                cfnLint('E3054'),
                cfnLint('E3044'),
                cfnLint('E3047'),
                cfnLint('E3048'),
                wellArchitected('SEC05-BP01', 'sec_network_protection_create_layers.html'),
            ],
            docsUrl: `${ECS_GUIDE}/fargate-task-networking.html`,
        },
        {
            id: 'alb-public-subnets',
            title: 'Put an internet-facing ALB in the public subnets of two Availability Zones',
            points: 3,
            file: 'template',
            rules: ['SVC005'],
            cfnLint: ['E3680'],
            hint: "Add an 'AWS::ElasticLoadBalancingV2::LoadBalancer' with 'Scheme: internet-facing', the two public subnets as its 'Subnets' (one per zone: 'PublicSubnetA' and 'PublicSubnetB', or a 'List<AWS::EC2::Subnet::Id>' parameter named for the public subnets) and its own security group.",
            praise: 'The load balancer is reachable from the internet and survives the loss of one zone.',
            evidence: [
                cfnLint('E3680'),
                securityHub('ELB.13'),
                wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
                awsDoc(`${ELB_GUIDE}/application-load-balancers.html#availability-zones`),
            ],
            docsUrl: `${ELB_GUIDE}/application-load-balancers.html#availability-zones`,
        },
        {
            id: 'ip-target-group',
            title: "Register the tasks in an 'ip' target group that checks /health",
            points: 3,
            file: 'template',
            rules: ['SVC006'],
            cfnLint: ['E3049', 'E3053'],
            hint: "Create an 'AWS::ElasticLoadBalancingV2::TargetGroup' with 'TargetType: ip' (Fargate tasks register by IP), 'Port: 8080', 'HealthCheckPath: /health', and a listener that forwards to it; then add 'LoadBalancers: [{ ContainerName: web, ContainerPort: 8080, TargetGroupArn: !Ref TargetGroup }]' to the service.",
            praise: 'The load balancer sends traffic only to tasks whose /health endpoint answers.',
            evidence: [
                checkov('CKV_AWS_261', 'terraform'),
                cfnLint('E3049'),
                cfnLint('E3053'),
                awsDoc(`${ELB_GUIDE}/target-group-health-checks.html`),
                awsDoc(`${ECS_GUIDE}/alb.html`),
            ],
            docsUrl: `${ELB_GUIDE}/target-group-health-checks.html`,
        },
        {
            id: 'https-listener',
            title: 'Serve HTTPS with a TLS 1.3 policy and redirect HTTP to it',
            points: 3,
            file: 'template',
            rules: ['SVC013'],
            cfnLint: ['E3676'],
            check: requires(hasInternetFacingAlb, 'The template has no internet-facing Application Load Balancer yet, so nothing serves HTTPS: add the load balancer first.'),
            hint: "Add a listener with 'Protocol: HTTPS', 'Port: 443', 'Certificates: [{ CertificateArn: !Ref CertificateArn }]' (an ACM certificate's ARN, taken as a parameter) and 'SslPolicy: ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09' that forwards to the target group; open TCP 443 on the load balancer's security group; and make the port 80 listener's default action a 'redirect' with 'RedirectConfig: { Protocol: HTTPS, Port: \"443\", StatusCode: HTTP_301 }'.",
            praise: 'Browsers reach the app only over TLS 1.2 or 1.3, and plain HTTP is sent to HTTPS.',
            evidence: [
                securityHub('ELB.1'),
                securityHub('ELB.17'),
                cfnLint('E3676'),
                checkov('CKV_AWS_2'),
                checkov('CKV_AWS_103'),
                awsDoc(`${ELB_GUIDE}/create-https-listener.html`),
                awsDoc(`${ELB_GUIDE}/describe-ssl-policies.html`),
            ],
            docsUrl: `${ELB_GUIDE}/create-https-listener.html`,
        },
        {
            id: 'service-security-group',
            title: "Let only the load balancer's security group reach the tasks",
            points: 4,
            file: 'template',
            rules: ['SVC007'],
            hint: "Give the service its own security group whose only ingress rule is the container port with 'SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId' (inline or as an 'AWS::EC2::SecurityGroupIngress'), and no 'CidrIp' at all. Only the load balancer's own group admits 0.0.0.0/0, on ports 80 and 443.",
            praise: 'The tasks accept connections from the load balancer and nothing else.',
            evidence: [
                wellArchitected('SEC05-BP02', 'sec05-bp02.html'),
                cdkNag('AwsSolutions-EC23'),
                checkov('CKV_AWS_260'),
                awsDoc('https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing'),
            ],
            docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing',
        },
        {
            id: 'safe-deployments',
            title: 'Deploy safely: circuit breaker with rollback, 100% minimum healthy, 200% maximum',
            points: 4,
            file: 'template',
            rules: ['SVC008', 'SVC009'],
            scoring: 'proportional',
            hint: "Add 'DeploymentConfiguration' with 'MinimumHealthyPercent: 100', 'MaximumPercent: 200' and 'DeploymentCircuitBreaker: { Enable: true, Rollback: true }'. With two tasks, 100% keeps both serving while new ones start; Fargate has no cluster capacity to free up, so there is no reason to go lower.",
            praise: 'Deployments start new tasks before stopping old ones, and a broken release rolls itself back.',
            evidence: [
                wellArchitected('OPS06-BP04', 'ops_mit_deploy_risks_auto_testing_and_rollback.html'),
                wellArchitected('OPS06-BP03', 'ops_mit_deploy_risks_deploy_mgmt_sys.html'),
                awsDoc(`${ECS_GUIDE}/deployment-circuit-breaker.html`),
                awsDoc(`${ECS_GUIDE}/deployment-type-ecs.html`),
            ],
            docsUrl: `${ECS_GUIDE}/deployment-circuit-breaker.html`,
        },
        {
            id: 'health-check-grace-period',
            title: 'Give new tasks a health-check grace period',
            points: 2,
            file: 'template',
            rules: ['SVC010'],
            check: requires(service/* hasLoadBalancedService */.s2, 'No service is attached to a load balancer yet, and the grace period only matters for one: attach the service to the target group first.'),
            hint: "Set 'HealthCheckGracePeriodSeconds' on the service to about how long the app takes to answer /health after it starts (60 is plenty for the lab app). For that long the ECS service scheduler ignores failing load balancer and container health checks, so a task that is still starting is not stopped.",
            praise: 'New tasks get time to start before the load balancer judges them.',
            evidence: [
                wellArchitected('OPS06-BP03', 'ops_mit_deploy_risks_deploy_mgmt_sys.html'),
                awsDoc('https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html#ECS-CreateService-request-healthCheckGracePeriodSeconds'),
            ],
            docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html#ECS-CreateService-request-healthCheckGracePeriodSeconds',
        },
        {
            id: 'multi-az-tasks',
            title: 'Run at least two tasks across two Availability Zones',
            points: 3,
            file: 'template',
            rules: ['SVC011'],
            scoring: 'proportional',
            hint: "Set 'DesiredCount: 2' and list one private subnet in each of two Availability Zones; ECS spreads the tasks across the zones of the service's subnets.",
            praise: 'One task or one zone can fail and the service keeps answering.',
            evidence: [
                wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
                securityHub('ELB.13'),
                awsDoc(`${ECS_GUIDE}/capacity-availability-best-practice.html`),
            ],
            docsUrl: `${ECS_GUIDE}/capacity-availability-best-practice.html`,
        },
        {
            id: 'efs-storage',
            title: 'Mount an EFS volume with encryption in transit through an access point',
            points: 2,
            file: 'template',
            rules: ['SVC012'],
            check: requires(service/* mountsEfsVolume */.Rl, "No task definition mounts an EFS volume into a container yet: add a volume with 'EFSVolumeConfiguration' and a 'MountPoints' entry that uses it."),
            hint: "Add an encrypted 'AWS::EFS::FileSystem' with a mount target in each private subnet, an 'AWS::EFS::AccessPoint', and a task-definition volume with 'EFSVolumeConfiguration: { FilesystemId: !Ref FileSystem, TransitEncryption: ENABLED, AuthorizationConfig: { AccessPointId: !Ref AccessPoint, IAM: ENABLED } }', mounted by the container at '/data'.",
            praise: 'The tasks share storage over TLS, each seeing only the access point’s directory.',
            evidence: [securityHub('ECS.18'), checkov('CKV_AWS_97'), awsDoc(`${ECS_GUIDE}/efs-volumes.html`)],
            docsUrl: `${ECS_GUIDE}/efs-volumes.html`,
        },
    ],
}));

// EXTERNAL MODULE: ./graders/engine/plural.ts
var plural = __webpack_require__(5792);
// EXTERNAL MODULE: ./graders/rules/ecs-task-definition/fargate-sizes.ts
var fargate_sizes = __webpack_require__(6434);
// EXTERNAL MODULE: ./graders/rules/fargate-capacity/model.ts
var model = __webpack_require__(4742);
// EXTERNAL MODULE: ./graders/rules/fargate-capacity/prices.ts
var prices = __webpack_require__(705);
;// CONCATENATED MODULE: ./graders/rules/fargate-capacity/estimate.ts




/** ECS's default when a new service does not set DesiredCount. */
const DEFAULT_DESIRED_COUNT = 1;
/**
 * How `n` tasks divide between FARGATE and FARGATE_SPOT under a strategy: the base first, then the rest by weight
 * (fractional). Providers other than the two Fargate ones are rejected by the caller.
 */
function splitTasks(n, strategy) {
    const split = { onDemand: 0, spot: 0 };
    const add = (provider, count) => {
        if (provider === model/* FARGATE_SPOT */.Ui)
            split.spot += count;
        else
            split.onDemand += count;
    };
    let rest = n;
    const based = strategy.find((s) => s.base > 0);
    if (based) {
        const count = Math.min(based.base, rest);
        add(based.provider, count);
        rest -= count;
    }
    const total = strategy.reduce((s, i) => s + i.weight, 0);
    if (rest > 0) {
        if (total > 0)
            for (const s of strategy)
                add(s.provider, (rest * s.weight) / total);
        else
            add(based?.provider ?? model/* FARGATE */.Tr, rest);
    }
    return split;
}
/** The hourly price of one task of this size. */
function taskPrice(cpuUnits, memoryMiB, arch, ephemeralGiB) {
    const rate = prices/* FARGATE_ON_DEMAND */.DW[arch];
    const onDemandHour = (cpuUnits / 1024) * rate.vcpuHour + (memoryMiB / 1024) * rate.gbHour;
    return {
        onDemandHour,
        spotHour: onDemandHour * (1 - prices/* FARGATE_SPOT_DISCOUNT */.mk),
        storageHour: Math.max(0, ephemeralGiB - prices/* INCLUDED_EPHEMERAL_GIB */.Q9) * prices/* EPHEMERAL_STORAGE_GB_HOUR */.TZ,
    };
}
class Unknown extends Error {
    reason;
    at;
    constructor(reason, at) {
        super(reason);
        this.reason = reason;
        this.at = at;
    }
}
/** The estimated monthly cost of every ECS service of the template, or why it cannot be estimated. */
function estimateMonthlyCost(t) {
    const services = (0,cloudformation/* resources */.ES)(t, 'AWS::ECS::Service');
    if (services.length === 0) {
        return {
            ok: false,
            reason: "The template has no 'AWS::ECS::Service', so there is nothing to price.",
            at: ['Resources'],
        };
    }
    try {
        const estimates = services.map((s) => estimateService(t, s));
        return { ok: true, services: estimates, monthly: estimates.reduce((sum, e) => sum + e.monthly, 0) };
    }
    catch (e) {
        if (e instanceof Unknown)
            return { ok: false, reason: e.reason, at: e.at };
        throw e;
    }
}
function estimateService(t, s) {
    const props = [...s.path, 'Properties'];
    const td = (0,model/* taskDefinitionOf */.Ib)(t, s);
    if (!td) {
        throw new Unknown(`Service '${s.name}' does not point at a task definition in this template ('TaskDefinition: !Ref …'), so its task size is unknown.`, [...props, 'TaskDefinition']);
    }
    const tdProps = [...td.path, 'Properties'];
    const number = (raw, parse, field, owner, at) => {
        const r = (0,cloudformation/* literal */.eu)(t, raw);
        const parsed = raw === undefined || !r.known ? undefined : parse(r.value);
        if (!parsed?.ok) {
            throw new Unknown(`'${field}' of '${owner}' is ${raw === undefined ? 'missing' : 'not a size the grader can read'}, so the cost cannot be estimated.`, at);
        }
        return parsed.value;
    };
    const cpu = number(td.props['Cpu'], fargate_sizes/* parseCpu */.Oh, 'Cpu', td.name, [...tdProps, 'Cpu']);
    const memory = number(td.props['Memory'], fargate_sizes/* parseMemory */.Pw, 'Memory', td.name, [...tdProps, 'Memory']);
    const rp = td.props['RuntimePlatform'];
    const rawArch = (0,cloudformation/* isRecord */.u4)(rp) ? rp['CpuArchitecture'] : undefined;
    const arch = rawArch === undefined ? 'X86_64' : (0,cloudformation/* literalString */.dc)(t, rawArch);
    if (arch !== 'X86_64' && arch !== 'ARM64') {
        throw new Unknown(`'CpuArchitecture' of '${td.name}' is not 'X86_64' or 'ARM64', so the grader cannot tell which price applies.`, [...tdProps, 'RuntimePlatform']);
    }
    const es = td.props['EphemeralStorage'];
    const rawSize = (0,cloudformation/* isRecord */.u4)(es) ? es['SizeInGiB'] : undefined;
    const ephemeralGiB = rawSize === undefined ? prices/* INCLUDED_EPHEMERAL_GIB */.Q9 : (0,cloudformation/* literalNumber */.TB)(t, rawSize);
    if (ephemeralGiB === undefined) {
        throw new Unknown(`'EphemeralStorage.SizeInGiB' of '${td.name}' is not a number the grader can read.`, [
            ...tdProps,
            'EphemeralStorage',
        ]);
    }
    const rawCount = s.props['DesiredCount'];
    const desiredCount = rawCount === undefined ? DEFAULT_DESIRED_COUNT : (0,cloudformation/* literalNumber */.TB)(t, rawCount);
    if (desiredCount === undefined || !Number.isInteger(desiredCount) || desiredCount < 0) {
        throw new Unknown(`'DesiredCount' of '${s.name}' is not a whole number the grader can read.`, [
            ...props,
            'DesiredCount',
        ]);
    }
    const { weights, placement } = placementOf(t, s);
    const split = splitTasks(desiredCount, weights);
    const price = taskPrice(cpu, memory, arch, ephemeralGiB);
    const hourly = split.onDemand * price.onDemandHour + split.spot * price.spotHour + desiredCount * price.storageHour;
    return {
        service: s.name,
        servicePath: s.path,
        taskDefinition: td.name,
        taskDefinitionPath: td.path,
        desiredCount,
        desiredCountDefaulted: rawCount === undefined,
        cpu,
        memory,
        architecture: arch,
        ephemeralGiB,
        placement,
        split,
        price,
        monthly: hourly * prices/* HOURS_PER_MONTH */.x4,
    };
}
function placementOf(t, s) {
    const props = [...s.path, 'Properties'];
    let strategy = (0,model/* readStrategy */.C)(t, s.props['CapacityProviderStrategy'], [
        ...props,
        'CapacityProviderStrategy',
    ]);
    let placement = 'service strategy';
    if (strategy.kind === 'absent') {
        const launchType = s.props['LaunchType'];
        if (launchType !== undefined) {
            const lt = (0,cloudformation/* literalString */.dc)(t, launchType);
            if (lt !== 'FARGATE') {
                throw new Unknown(`Service '${s.name}' does not run on Fargate ('LaunchType: ${lt ?? '…'}'), so Fargate prices do not apply.`, [...props, 'LaunchType']);
            }
            return { weights: [{ provider: model/* FARGATE */.Tr, base: 0, weight: 1 }], placement: 'launch type' };
        }
        const cluster = (0,model/* clusterOf */.es)(t, s);
        const def = cluster ? (0,model/* clusterCapacity */.$D)(t, cluster).defaultStrategy : undefined;
        if (!def || def.kind === 'absent')
            return { weights: [{ provider: model/* FARGATE */.Tr, base: 0, weight: 1 }], placement: 'launch type' };
        strategy = def;
        placement = 'cluster default strategy';
    }
    if (strategy.kind !== 'list') {
        throw new Unknown(`The capacity-provider strategy of '${s.name}' is not a literal list, so the split between FARGATE and FARGATE_SPOT is unknown.`, strategy.path);
    }
    const weights = [];
    for (const item of strategy.items) {
        if (!item.wellFormed || (item.provider !== model/* FARGATE */.Tr && item.provider !== model/* FARGATE_SPOT */.Ui)) {
            throw new Unknown(`Entry ${item.index + 1} of the strategy of '${s.name}' is not a FARGATE or FARGATE_SPOT provider, so it cannot be priced.`, item.path);
        }
        if (item.base === undefined || item.weight === undefined) {
            throw new Unknown(`'Base' or 'Weight' of '${item.provider}' in the strategy of '${s.name}' is not a literal number.`, item.path);
        }
        weights.push({ provider: item.provider, base: Math.max(0, item.base), weight: Math.max(0, item.weight) });
    }
    return { weights, placement };
}
/** "$41.59". */
function dollars(n) {
    return `$${n.toFixed(2)}`;
}
/** ".5 vCPU / 2 GB" from CPU units and MiB. */
function describeSize(cpu, memory) {
    const vcpu = cpu / 1024;
    const gb = memory / 1024;
    const v = vcpu < 1 ? String(vcpu).replace(/^0/, '') : String(vcpu);
    return `${v} vCPU / ${Number.isInteger(gb) ? gb : gb.toFixed(1)} GB`;
}
/** "1.75" or "2": task counts, which are fractional under a weighted split. */
function tasks(n) {
    return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, '');
}

;// CONCATENATED MODULE: ./graders/rubrics/04-fargate-cost-capacity.ts
// Lab 04: the learner edits `template.yaml`, a CloudFormation stack for the labs-web service, to run it on
// Fargate and Fargate Spot, on Graviton, right-sized and within a stated monthly budget. Thirty points over
// seven items; the budget item is a custom check that prices the template with graders/rules/fargate-capacity/prices.ts.








const LAB_ID = '04-fargate-cost-capacity';
/** The budget the README states for the service's Fargate compute, in US dollars a month. */
const MONTHLY_BUDGET_USD = 45;
/** What the README's load test found: each task peaks at this much, and the service needs this many tasks. */
const WORKLOAD = { peakVcpu: 0.4, peakMemoryMiB: 1536, tasks: 4 };
/** The cheapest Fargate size (Linux) that holds the workload's peak: the "right size". */
function rightSize() {
    let best;
    for (const size of fargate_sizes/* FARGATE_SIZES */.qi) {
        if (size.cpu < WORKLOAD.peakVcpu * 1024)
            continue;
        for (const memory of size.memory) {
            if (memory < WORKLOAD.peakMemoryMiB)
                continue;
            const hour = taskPrice(size.cpu, memory, 'X86_64', 20).onDemandHour;
            if (!best || hour < best.hour)
                best = { cpu: size.cpu, memory, hour };
        }
    }
    if (!best)
        throw new Error('no Fargate size holds the workload');
    return { cpu: best.cpu, memory: best.memory };
}
const FINDING_ID = `${LAB_ID}/within-budget`;
function finding(doc, at, severity, message) {
    return { file: doc.file, ...doc.locate(at), severity, ruleId: FINDING_ID, message };
}
function describeService(s) {
    const perTask = (hour) => dollars(hour * prices/* HOURS_PER_MONTH */.x4);
    const parts = [];
    if (s.split.onDemand > 0)
        parts.push(`${tasks(s.split.onDemand)} on FARGATE at ${perTask(s.price.onDemandHour)}`);
    if (s.split.spot > 0)
        parts.push(`${tasks(s.split.spot)} on FARGATE_SPOT at ${perTask(s.price.spotHour)}`);
    const storage = s.price.storageHour > 0
        ? `, plus ${perTask(s.price.storageHour)} a task-month for ${s.ephemeralGiB - 20} GiB of ephemeral storage above the included 20 GiB`
        : '';
    return `'${s.service}' runs ${(0,plural/* countNoun */.y)(s.desiredCount, 'task')} of ${describeSize(s.cpu, s.memory)} on ${s.architecture} (${s.placement}): ${parts.join(' and ') || 'none'} a task-month${storage}`;
}
/** The within-budget item: 0.5 for an estimate within the budget, 0.25 for the right task size, 0.25 for the right task count. */
function budgetCheck(ctx) {
    const doc = ctx.doc('template', 'cloudformation');
    if (!doc)
        return { fraction: 0 };
    const estimate = estimateMonthlyCost(doc.template);
    if (!estimate.ok) {
        return {
            fraction: 0,
            feedback: `The grader could not estimate the monthly cost: ${estimate.reason}`,
            findings: [finding(doc, estimate.at, 'error', `Cannot estimate the cost: ${estimate.reason}`)],
        };
    }
    const budget = dollars(MONTHLY_BUDGET_USD);
    const findings = [];
    const notes = [];
    const within = estimate.monthly <= MONTHLY_BUDGET_USD + 1e-9;
    const head = `Estimated ${dollars(estimate.monthly)} a month against a budget of ${budget} (${within ? 'within budget' : `over by ${dollars(estimate.monthly - MONTHLY_BUDGET_USD)}`}): ${estimate.services.map(describeService).join('; ')}. Prices: ${prices/* PRICES_SOURCE */.nn.region}, taken ${prices/* PRICES_SOURCE */.nn.taken}, ${prices/* HOURS_PER_MONTH */.x4} hours a month, Spot at ${Math.round(prices/* FARGATE_SPOT_DISCOUNT */.mk * 100)}% off.`;
    // The estimate itself travels as a finding on the service, so every reporter shows it next to the budget,
    // on a full score too: an error when over budget, otherwise information.
    findings.push(finding(doc, estimate.services[0].servicePath, within ? 'info' : 'error', head));
    if (!within) {
        notes.push('To cut the cost, run most tasks on FARGATE_SPOT, switch to Graviton (ARM64), and do not pay for a bigger task than the app needs.');
    }
    const right = rightSize();
    const need = `the app peaks at ${WORKLOAD.peakVcpu} vCPU and ${WORKLOAD.peakMemoryMiB / 1024} GB`;
    let sizeOk = true;
    for (const s of estimate.services) {
        if (s.cpu === right.cpu && s.memory === right.memory)
            continue;
        sizeOk = false;
        const under = s.cpu < WORKLOAD.peakVcpu * 1024 || s.memory < WORKLOAD.peakMemoryMiB;
        const message = under
            ? `Task size ${describeSize(s.cpu, s.memory)} of '${s.taskDefinition}' is too small: ${need}, so tasks would be throttled or run out of memory. The smallest Fargate size that holds it is ${describeSize(right.cpu, right.memory)} (Cpu '${right.cpu}', Memory '${right.memory}').`
            : `Task size ${describeSize(s.cpu, s.memory)} of '${s.taskDefinition}' is bigger than needed: ${need}, and Fargate bills the size you ask for. The smallest Fargate size that holds it is ${describeSize(right.cpu, right.memory)} (Cpu '${right.cpu}', Memory '${right.memory}').`;
        findings.push(finding(doc, [...s.taskDefinitionPath, 'Properties', 'Cpu'], under ? 'error' : 'warning', message));
        notes.push(message);
    }
    const count = estimate.services.reduce((n, s) => n + s.desiredCount, 0);
    const countOk = count === WORKLOAD.tasks;
    if (!countOk) {
        const s = estimate.services[0];
        const message = `The service runs ${(0,plural/* countNoun */.y)(count, 'task')}${s.desiredCountDefaulted ? " (no 'DesiredCount', so ECS starts 1)" : ''}, but the load test needs ${WORKLOAD.tasks}: ${count < WORKLOAD.tasks ? 'fewer cannot carry the load' : 'more only adds cost'}. Set 'DesiredCount: ${WORKLOAD.tasks}'.`;
        findings.push(finding(doc, [...s.servicePath, 'Properties', 'DesiredCount'], count < WORKLOAD.tasks ? 'error' : 'warning', message));
        notes.push(message);
    }
    const fraction = (within ? 0.5 : 0) + (sizeOk ? 0.25 : 0) + (countOk ? 0.25 : 0);
    return { fraction, feedback: [head, ...notes].join(' '), findings };
}
/* harmony default export */ const _04_fargate_cost_capacity = ((0,engine_define/* defineLab */.F)({
    id: LAB_ID,
    title: 'Fargate cost and capacity',
    part: '3 Fargate (cost models, scaling); 8 Cost optimization',
    summary: `Run the labs-web service for at most ${dollars(MONTHLY_BUDGET_USD)} a month: mix on-demand Fargate and Fargate Spot with an on-demand base, move to Graviton, right-size the task, decide its ephemeral storage, and give containers a stop timeout that survives Spot interruptions.`,
    files: [TEMPLATE_FILE],
    sandbox: (0,sandbox/* service */.eu)(sandbox/* AUTO_SCALING_TYPES */.wM),
    items: [
        {
            id: 'capacity-provider-strategy',
            title: 'Mix FARGATE and FARGATE_SPOT on the service, with an on-demand base',
            points: 7,
            file: 'template',
            rules: ['CAP001'],
            scoring: 'proportional',
            hint: "Replace the service's 'LaunchType' with a 'CapacityProviderStrategy' that lists 'FARGATE' with 'Base: 1' (and a weight, such as 1) and 'FARGATE_SPOT' with a weight such as 3: one task always runs on on-demand capacity, and above it three of every four tasks run at Spot prices.",
            praise: 'Most tasks run on Spot, and an on-demand base keeps the service up through interruptions.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/fargate-capacity-providers.html`),
                awsDoc(`${ECS_API}/API_CapacityProviderStrategyItem.html`),
                awsDoc(`${ECS_GUIDE}/capacity-availability.html`),
            ],
            docsUrl: `${ECS_GUIDE}/fargate-capacity-providers.html`,
        },
        {
            id: 'cluster-capacity-providers',
            title: 'Associate FARGATE and FARGATE_SPOT with the cluster, with a default strategy',
            points: 3,
            file: 'template',
            rules: ['CAP002'],
            scoring: 'proportional',
            hint: "A service can only use providers its cluster has. Add 'CapacityProviders: [FARGATE, FARGATE_SPOT]' and a 'DefaultCapacityProviderStrategy' (the same mix as the service) to the 'AWS::ECS::Cluster'.",
            praise: 'The cluster offers both Fargate providers and a sensible default.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/fargate-capacity-providers.html`),
                awsDoc('https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-cluster.html'),
            ],
            docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-cluster.html',
        },
        {
            id: 'graviton',
            title: 'Run on Graviton (ARM64)',
            points: 4,
            file: 'template',
            rules: ['CAP003'],
            scoring: 'proportional',
            hint: "Add 'RuntimePlatform: { OperatingSystemFamily: LINUX, CpuArchitecture: ARM64 }' to the task definition, after building the Lab 01 image for 'linux/arm64' as well ('docker buildx build --platform linux/amd64,linux/arm64 …').",
            praise: 'The tasks run on Graviton, about 20% cheaper than x86.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/ecs-arm64.html`),
                awsDoc(`${ECS_API}/API_RuntimePlatform.html`),
                awsDoc(prices/* PRICES_SOURCE */.nn.url),
            ],
            docsUrl: `${ECS_GUIDE}/ecs-arm64.html`,
        },
        {
            id: 'within-budget',
            title: `Right-size the service and stay within ${dollars(MONTHLY_BUDGET_USD)} a month`,
            points: 7,
            file: 'template',
            check: budgetCheck,
            scoring: 'proportional',
            hint: `The grader prices the template as the README explains: half the points for an estimate within ${dollars(MONTHLY_BUDGET_USD)} a month, a quarter for the smallest task size that holds the app's peak (${WORKLOAD.peakVcpu} vCPU, ${WORKLOAD.peakMemoryMiB / 1024} GB), and a quarter for the ${WORKLOAD.tasks} tasks the load test needs.`,
            praise: 'The service is sized to its load test and its estimated cost is within the budget.',
            evidence: [
                awsDoc(prices/* PRICES_SOURCE */.nn.url),
                awsDoc(`${ECS_GUIDE}/fargate-task-size-best-practice.html`),
                awsDoc(`${ECS_GUIDE}/capacity-tasksize-best-practice.html`),
            ],
            docsUrl: prices/* PRICES_SOURCE */.nn.url,
        },
        {
            id: 'valid-task-size',
            title: 'A valid Fargate task size',
            points: 3,
            file: 'template',
            rules: ['CAP004'],
            cfnLint: ['E3047', 'E3048'],
            hint: "Fargate offers fixed CPU/memory pairs, and on Fargate 'Cpu', 'Memory' and 'NetworkMode: awsvpc' are required: .5 vCPU ('512') takes 1–4 GB ('1024'–'4096').",
            praise: 'Fargate can run the task at the size it asks for.',
            evidence: [cfnLint('E3047'), cfnLint('E3048'), awsDoc(`${ECS_GUIDE}/task-cpu-memory-error.html`)],
            docsUrl: `${ECS_GUIDE}/task-cpu-memory-error.html`,
        },
        {
            id: 'ephemeral-storage',
            title: 'Decide the ephemeral storage',
            points: 3,
            file: 'template',
            rules: ['CAP005'],
            scoring: 'proportional',
            hint: "Every Fargate task gets 20 GiB, shared by the image and the app's scratch files; more is billed per GB-hour. Either set 'EphemeralStorage: { SizeInGiB: … }' to 21–200, or keep the default and say why in the task definition's 'Metadata: { EphemeralStorage: \"…\" }'.",
            praise: 'The task has the storage it needs and no more, on purpose.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/fargate-task-storage.html`),
                awsDoc(`${ECS_API}/API_EphemeralStorage.html`),
            ],
            docsUrl: `${ECS_GUIDE}/fargate-task-storage.html`,
        },
        {
            id: 'spot-safe-shutdown',
            title: 'Shut down cleanly within the Spot warning',
            points: 3,
            file: 'template',
            rules: ['CAP006'],
            scoring: 'proportional',
            hint: "When Fargate Spot reclaims a task, the two-minute warning is the SIGTERM itself (with a task state change event to EventBridge): the containers get SIGTERM at once and SIGKILL 'StopTimeout' seconds later (30 by default, at most 120). Set 'StopTimeout' on every container (for example 90) and start the app in exec form, so it receives SIGTERM and drains its connections in time.",
            praise: 'Containers get a deliberate grace period to finish their work when Spot reclaims them.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/fargate-capacity-providers.html`),
                awsDoc(`${ECS_API}/API_ContainerDefinition.html`),
                awsDoc('https://aws.amazon.com/blogs/containers/graceful-shutdowns-with-ecs/'),
            ],
            docsUrl: `${ECS_API}/API_ContainerDefinition.html`,
        },
    ],
}));

// EXTERNAL MODULE: ./graders/rules/ecr/model.ts
var ecr_model = __webpack_require__(1297);
;// CONCATENATED MODULE: ./graders/rubrics/05-ecr-registry.ts
// Lab 05: the learner edits `template.yaml` (an ECR repository, its KMS key, repository policy and replication)
// and `lifecycle-policy.json` (the repository's lifecycle policy). Thirty points over eight items.






const _05_ecr_registry_LAB_ID = '05-ecr-registry';
/**
 * The Region the lab's README tells learners the stack is deployed to ("Assume the stack is deployed to
 * us-east-1"). ECR008 cannot compare a literal destination with the deploy Region; this lab states it, so it does.
 */
const DEPLOY_REGION = 'us-east-1';
/** The replication item's own check: no literal destination may be the Region the lab deploys to. */
function replicationRegionCheck(ctx) {
    const doc = ctx.doc('template', 'cloudformation');
    if (!doc)
        return { fraction: 0 };
    const t = doc.template;
    const findings = [];
    for (const cfg of (0,cloudformation/* resources */.ES)(t, 'AWS::ECR::ReplicationConfiguration')) {
        const rc = cfg.props['ReplicationConfiguration'];
        const rules = (0,cloudformation/* isRecord */.u4)(rc) && Array.isArray(rc['Rules']) ? rc['Rules'] : [];
        rules.forEach((rule, i) => {
            const destinations = (0,cloudformation/* isRecord */.u4)(rule) && Array.isArray(rule['Destinations']) ? rule['Destinations'] : [];
            destinations.forEach((d, j) => {
                if (!(0,cloudformation/* isRecord */.u4)(d) || (0,cloudformation/* literalString */.dc)(t, d['Region']) !== DEPLOY_REGION)
                    return;
                findings.push({
                    file: doc.file,
                    ...doc.locate([
                        ...cfg.path,
                        'Properties',
                        'ReplicationConfiguration',
                        'Rules',
                        i,
                        'Destinations',
                        j,
                        'Region',
                    ]),
                    severity: 'error',
                    ruleId: `${_05_ecr_registry_LAB_ID}/replication-region`,
                    message: `Destination Region '${DEPLOY_REGION}' of '${cfg.name}' is the Region this lab deploys to (see the README), so it is not a second Region: a registry is not replicated into itself, and a same-Region copy shares the Region's outages. Name another Region, such as 'us-west-2'.`,
                });
            });
        });
    }
    return findings.length === 0
        ? { fraction: 1 }
        : {
            fraction: 0,
            feedback: `A replication destination is '${DEPLOY_REGION}', the Region the stack deploys to.`,
            findings,
        };
}
/** JSON with object keys sorted, so two policies compare equal whatever their key order or layout. */
function canonicalJson(v) {
    const sort = (x) => {
        if (Array.isArray(x))
            return x.map(sort);
        if ((0,cloudformation/* isRecord */.u4)(x))
            return Object.fromEntries(Object.keys(x)
                .sort()
                .map((k) => [k, sort(x[k])]));
        return x;
    };
    return JSON.stringify(sort(v));
}
/** The lifecycle-attached item: the repository carries the lifecycle policy, and it is the one in lifecycle-policy.json. */
function lifecycleAttachedCheck(ctx) {
    const doc = ctx.doc('template', 'cloudformation');
    if (!doc)
        return { fraction: 0 };
    const t = doc.template;
    const repos = (0,ecr_model/* repositories */.bN)(t);
    if (repos.length === 0)
        return {
            fraction: 0,
            feedback: "The template has no 'AWS::ECR::Repository' to attach the lifecycle policy to.",
        };
    const missing = repos.filter((r) => !(0,cloudformation/* isRecord */.u4)(r.props['LifecyclePolicy']) ||
        r.props['LifecyclePolicy']['LifecyclePolicyText'] === undefined);
    if (missing.length > 0) {
        const names = missing.map((r) => `'${(0,ecr_model/* repositoryName */.aR)(t, r) ?? r.name}'`).join(', ');
        return {
            fraction: 0,
            feedback: `${missing.length === 1 ? `Repository ${names} has` : `Repositories ${names} have`} no lifecycle policy attached, so Security Hub ECR.3 fails and lifecycle-policy.json is never applied. Paste the policy into ${missing.length === 1 ? "the repository's" : "each repository's"} ${/\.json$/i.test(doc.file)
                ? "'LifecyclePolicy': { 'LifecyclePolicyText': \"…\" } as one JSON string"
                : "'LifecyclePolicy: { LifecyclePolicyText: | … }'"}.`,
            findings: missing.map((r) => ({
                file: doc.file,
                ...doc.locate(r.path),
                severity: 'error',
                ruleId: `${_05_ecr_registry_LAB_ID}/lifecycle-attached`,
                message: `Repository '${(0,ecr_model/* repositoryName */.aR)(t, r) ?? r.name}' has no 'LifecyclePolicy', so ECR never expires its images (Security Hub ECR.3).`,
            })),
        };
    }
    const file = ctx.doc('lifecycle', 'json');
    const path = ctx.pathOf('lifecycle') ?? 'lifecycle-policy.json';
    if (!file) {
        return {
            fraction: 0,
            feedback: `'${path}' is missing or unreadable, so the grader cannot check that the template attaches the same policy.`,
        };
    }
    const differing = [];
    for (const r of repos) {
        const v = (0,ecr_model/* jsonProperty */.U)(t, r.props['LifecyclePolicy']['LifecyclePolicyText'], false);
        if (v.kind !== 'ok')
            continue; // ECR006 explains why the text cannot be read
        if (canonicalJson(v.value) !== canonicalJson(file.value)) {
            differing.push({
                file: doc.file,
                ...doc.locate([...r.path, 'Properties', 'LifecyclePolicy', 'LifecyclePolicyText']),
                severity: 'warning',
                ruleId: `${_05_ecr_registry_LAB_ID}/lifecycle-attached`,
                message: `The lifecycle policy attached to repository '${(0,ecr_model/* repositoryName */.aR)(t, r) ?? r.name}' is not the one in '${path}'. Keep one policy: paste the file's contents into 'LifecyclePolicyText'.`,
            });
        }
    }
    if (differing.length > 0) {
        return {
            fraction: 0,
            feedback: `The policy in the template differs from '${path}', so what you reviewed is not what ECR applies.`,
            findings: differing,
        };
    }
    return { fraction: 1 };
}
/* harmony default export */ const _05_ecr_registry = ((0,engine_define/* defineLab */.F)({
    id: _05_ecr_registry_LAB_ID,
    title: 'An Amazon ECR registry',
    part: '4 ECR (lifecycle, scanning, replication)',
    summary: 'Harden the private repository for the labs-web image: scan on push, immutable tags, a customer managed KMS key, a lifecycle policy that ECR accepts and that expires untagged images while keeping recent releases, a least-privilege repository policy, and replication to a second Region.',
    files: [TEMPLATE_FILE, { id: 'lifecycle', paths: ['lifecycle-policy.json'], kind: 'json', required: true }],
    sandbox: (0,sandbox/* deployable */.GP)({
        // Both ECR registry settings are one per registry and Region: a deploy replaces the account's settings.
        types: [
            'AWS::ECR::RegistryScanningConfiguration',
            'AWS::ECR::ReplicationConfiguration',
            'AWS::ECR::Repository',
            ...sandbox/* KMS_TYPES */.Mr,
        ],
        maxLoadBalancers: 0,
        maxNatGateways: 0,
    }),
    items: [
        {
            id: 'image-scanning',
            title: 'Scan images on push',
            points: 4,
            file: 'template',
            rules: ['ECR001'],
            scoring: 'proportional',
            hint: "Scan at the registry level: an 'AWS::ECR::RegistryScanningConfiguration' ('ScanType: BASIC', or 'ENHANCED' for Amazon Inspector) with a 'SCAN_ON_PUSH' rule whose 'WILDCARD' filter covers the repository. A filter without '*' matches every name that contains it ('web'); with '*' it must match the whole name ('*-web'). The repository-level 'ScanOnPush: true' still counts, but ECR is deprecating it.",
            praise: 'Every pushed image is scanned for known vulnerabilities.',
            evidence: [securityHub('ECR.1'), checkov('CKV_AWS_163'), awsDoc(`${ECR_GUIDE}/image-scanning.html`)],
            docsUrl: `${ECR_GUIDE}/image-scanning.html`,
        },
        {
            id: 'immutable-tags',
            title: 'Immutable image tags',
            points: 3,
            file: 'template',
            rules: ['ECR002'],
            scoring: 'proportional',
            hint: "With 'ImageTagMutability: IMMUTABLE', a tag such as '1.0.0' always means the same image, so a rollback redeploys exactly what ran before. Tag each build uniquely, for example with its commit SHA. If one tag such as 'latest' must move, 'IMMUTABLE_WITH_EXCLUSION' with 'ImageTagMutabilityExclusionFilters' naming just that tag keeps the rest fixed.",
            praise: 'A tag always means the same image.',
            evidence: [
                securityHub('ECR.2'),
                checkov('CKV_AWS_51'),
                awsDoc(`${ECR_GUIDE}/image-tag-mutability.html`),
            ],
            docsUrl: `${ECR_GUIDE}/image-tag-mutability.html`,
        },
        {
            id: 'kms-encryption',
            title: 'Encrypt with a customer managed KMS key',
            points: 4,
            file: 'template',
            rules: ['ECR003'],
            scoring: 'proportional',
            hint: "Create an 'AWS::KMS::Key' (with 'EnableKeyRotation: true') and set the repository's 'EncryptionConfiguration: { EncryptionType: KMS, KmsKey: !GetAtt ImageKey.Arn }'. Encryption settings are fixed when the repository is created.",
            praise: 'Images are encrypted under a key you control.',
            evidence: [
                securityHub('ECR.5'),
                checkov('CKV_AWS_136'),
                awsDoc(`${ECR_GUIDE}/encryption-at-rest.html`),
            ],
            docsUrl: `${ECR_GUIDE}/encryption-at-rest.html`,
        },
        {
            id: 'lifecycle-valid',
            title: 'A lifecycle policy ECR accepts',
            points: 5,
            file: 'lifecycle',
            rules: ['ECR004'],
            scoring: 'proportional',
            hint: "Give every rule a unique 'rulePriority'; give a 'tagStatus: any' rule the highest number; name a 'tagPrefixList' or 'tagPatternList' on 'tagged' rules and neither on 'untagged' ones; add '\"countUnit\": \"days\"' to age-based rules and leave it out of 'imageCountMoreThan' ones; use a 'countNumber' of 1 or more and '\"action\": { \"type\": \"expire\" }'.",
            praise: 'ECR would accept this lifecycle policy as written.',
            evidence: [
                securityHub('ECR.3'),
                awsDoc(`${ECR_GUIDE}/lifecycle_policy_parameters.html`),
                awsDoc(`${ECR_GUIDE}/LifecyclePolicies.html`),
            ],
            docsUrl: `${ECR_GUIDE}/lifecycle_policy_parameters.html`,
        },
        {
            id: 'lifecycle-retention',
            title: 'Expire untagged images and keep the last N releases',
            points: 4,
            file: 'lifecycle',
            rules: ['ECR005'],
            scoring: 'proportional',
            hint: "Add a rule that expires untagged images (for example 'sinceImagePushed' 1 day) and a rule that keeps only the newest tagged releases ('tagStatus: tagged', a 'tagPatternList' such as '[\"v*\"]', 'countType: imageCountMoreThan', 'countNumber: 20').",
            praise: 'The repository keeps the releases you can roll back to, and nothing else.',
            evidence: [
                awsDoc(`${ECR_GUIDE}/lifecycle_policy_examples.html`),
                awsDoc('https://docs.aws.amazon.com/wellarchitected/latest/container-build-lens/cost-effective-resources.html'),
            ],
            docsUrl: `${ECR_GUIDE}/lifecycle_policy_examples.html`,
        },
        {
            id: 'lifecycle-attached',
            title: 'Attach the same lifecycle policy to the repository',
            points: 2,
            file: 'template',
            rules: ['ECR006'],
            check: lifecycleAttachedCheck,
            hint: "Copy the contents of lifecycle-policy.json into the repository's 'LifecyclePolicy.LifecyclePolicyText' as text (the property takes a string, not an object), so CloudFormation applies exactly the policy you wrote.",
            praise: 'The repository carries the lifecycle policy you wrote.',
            evidence: [
                securityHub('ECR.3'),
                cfnLint('E3033'),
                awsDoc('https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecr-repository-lifecyclepolicy.html'),
            ],
            docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecr-repository-lifecyclepolicy.html',
        },
        {
            id: 'repository-policy',
            title: 'A least-privilege repository policy',
            points: 4,
            file: 'template',
            rules: ['ECR007'],
            cfnLint: ['E3513'],
            hint: "Add 'RepositoryPolicyText' with one statement that lets the pipeline role push ('ecr:PutImage', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:BatchCheckLayerAvailability') and one that lets the task execution role pull ('ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'). Name the roles' ARNs as principals; never '*', never 'ecr:*'.",
            praise: 'Only the pipeline can push and only the service can pull.',
            evidence: [
                cdkNag('AwsSolutions-ECR1'),
                checkov('CKV_AWS_32'),
                cfnLint('E3513'),
                awsDoc(`${ECR_GUIDE}/repository-policies.html`),
                awsDoc(`${ECR_GUIDE}/repository-policy-examples.html`),
            ],
            docsUrl: `${ECR_GUIDE}/repository-policy-examples.html`,
        },
        {
            id: 'replication',
            title: 'Replicate images to a second Region',
            points: 4,
            file: 'template',
            rules: ['ECR008'],
            check: replicationRegionCheck,
            hint: "Add an 'AWS::ECR::ReplicationConfiguration' with a rule whose 'Destinations' include '{ Region: us-west-2, RegistryId: !Ref AWS::AccountId }': a literal Region other than us-east-1, where this lab deploys. If you add 'RepositoryFilters', a 'PREFIX_MATCH' filter must be the start of the repository's name whatever the stack is called, such as '!Sub \"${AWS::StackName}-\"'.",
            praise: 'Every image also exists in a second Region.',
            evidence: [
                awsDoc(`${ECR_GUIDE}/replication.html`),
                awsDoc('https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecr-replicationconfiguration.html'),
            ],
            docsUrl: `${ECR_GUIDE}/replication.html`,
        },
    ],
}));

// EXTERNAL MODULE: ./graders/rules/vpc/util/network.ts
var network = __webpack_require__(1844);
;// CONCATENATED MODULE: ./graders/rubrics/06-vpc-networking.ts
// Lab 06: the learner builds the network for the Lab 03 service in one CloudFormation template: a two-zone VPC
// with public and private subnets, a way out for private tasks (NAT gateway or VPC endpoints), tight security
// groups and flow logs. Thirty points over eight items; the service-security-group rule is Lab 03's (SVC007).






/* harmony default export */ const _06_vpc_networking = ((0,engine_define/* defineLab */.F)({
    id: '06-vpc-networking',
    title: 'VPC networking for an ECS service',
    part: '5 VPC integration, security groups, NACLs',
    summary: 'Build the network under the Lab 03 service: a VPC across two Availability Zones with public and private subnets, a NAT gateway or VPC endpoints so private tasks can pull images and write logs, security groups that admit the internet only to the load balancer, and VPC flow logs.',
    files: [TEMPLATE_FILE],
    // One NAT gateway per Availability Zone is the highly available pattern this lab teaches.
    sandbox: (0,sandbox/* deployable */.GP)({
        types: [
            'AWS::EC2::FlowLog',
            'AWS::EC2::NetworkAcl',
            'AWS::EC2::NetworkAclEntry',
            'AWS::EC2::SubnetNetworkAclAssociation',
            'AWS::EC2::VPCEndpoint',
        ],
        maxLoadBalancers: 1,
        maxNatGateways: 2,
    }),
    items: [
        {
            id: 'two-availability-zones',
            title: 'Spread valid, non-overlapping subnets over two Availability Zones',
            points: 3,
            file: 'template',
            rules: ['VPC001'],
            cfnLint: ['E3059', 'E3060'],
            hint: "Put the second subnet of each tier in a second zone ('AvailabilityZone: !Select [1, !GetAZs \"\"]'), and keep every subnet's 'CidrBlock' inside the VPC's and apart from the others (for example 10.0.0.0/24, 10.0.1.0/24 public; 10.0.10.0/24, 10.0.11.0/24 private).",
            praise: 'The network spans two zones with a clean address plan.',
            evidence: [
                wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
                cfnLint('E3059'),
                cfnLint('E3060'),
                awsDoc(`${VPC_GUIDE}/configure-subnets.html`),
            ],
            docsUrl: `${VPC_GUIDE}/configure-subnets.html`,
        },
        {
            id: 'no-hard-coded-zones',
            title: 'Look up Availability Zones with !GetAZs instead of naming them',
            points: 3,
            file: 'template',
            rules: ['VPC007'],
            cfnLint: ['W3010'],
            hint: "Replace literal zones such as 'us-east-1a' with '!Select [0, !GetAZs \"\"]' (and index 1 for the second zone), so the template deploys in any Region and any account.",
            praise: 'The template works in any Region.',
            evidence: [
                cfnLint('W3010'),
                awsDoc('https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-getavailabilityzones.html'),
            ],
            docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-getavailabilityzones.html',
        },
        {
            id: 'public-and-private-subnets',
            title: 'Build a public and a private subnet in each zone',
            points: 5,
            file: 'template',
            rules: ['VPC002'],
            scoring: 'proportional',
            hint: "What makes a subnet public is its route table, not its name: only the public tier's table sends '0.0.0.0/0' to the internet gateway. Build two of each tier, one per zone; each of the four earns a share of the points.",
            praise: 'The load balancer has a public tier and the tasks a private one in both zones.',
            evidence: [
                wellArchitected('SEC05-BP01', 'sec_network_protection_create_layers.html'),
                awsDoc(`${VPC_GUIDE}/vpc-example-private-subnets-nat.html`),
            ],
            docsUrl: `${VPC_GUIDE}/vpc-example-private-subnets-nat.html`,
        },
        {
            id: 'private-egress',
            title: 'Let private tasks reach ECR, S3 and CloudWatch Logs (NAT gateway or VPC endpoints)',
            points: 5,
            file: 'template',
            rules: ['VPC003'],
            scoring: 'proportional',
            hint: "Either route the private subnets' '0.0.0.0/0' to a public NAT gateway (in a public subnet with an Elastic IP, or a regional one with 'AvailabilityMode: regional'; a 'ConnectivityType: private' gateway never reaches the internet), or add VPC endpoints: interface endpoints for 'ecr.api', 'ecr.dkr' and 'logs' ('VpcEndpointType: Interface', 'PrivateDnsEnabled: true', in the private subnets) and an S3 gateway endpoint on the private route table. Each endpoint earns a share of the points.",
            praise: 'Tasks in the private subnets can pull their image and ship their logs.',
            evidence: [
                awsDoc('https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html'),
                awsDoc('https://docs.aws.amazon.com/AmazonECS/latest/developerguide/vpc-endpoints.html'),
                awsDoc(`${VPC_GUIDE}/vpc-nat-gateway.html`),
                awsDoc(`${VPC_GUIDE}/nat-gateways-regional.html`),
            ],
            docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html',
        },
        {
            id: 'no-open-ingress',
            title: "Admit the internet only to the load balancer's ports 80 and 443",
            points: 4,
            file: 'template',
            rules: ['VPC004'],
            check: requires((t) => (0,network/* loadBalancerGroups */.p5)(t).size > 0, 'There is no load balancer with a security group yet, so there is no front door to keep the rest closed behind. Add the ALB and its security group.'),
            hint: "Only the load balancer's security group may use 'CidrIp: 0.0.0.0/0' (or '::/0'), and only for TCP 80 and 443 with 'FromPort' equal to 'ToPort'. Every other group admits other security groups ('SourceSecurityGroupId').",
            praise: 'The internet can reach the load balancer and nothing else.',
            evidence: [
                cdkNag('AwsSolutions-EC23'),
                checkov('CKV_AWS_260'),
                checkov('CKV_AWS_24'),
                checkov('CKV_AWS_25'),
                awsDoc(`${VPC_GUIDE}/security-group-rules.html`),
            ],
            docsUrl: `${VPC_GUIDE}/security-group-rules.html`,
        },
        {
            id: 'no-ssh-or-rdp',
            title: 'Open no SSH (22) or RDP (3389) to the internet',
            points: 3,
            file: 'template',
            rules: ['VPC005'],
            check: requires((t) => (0,cloudformation/* resources */.ES)(t, network/* SECURITY_GROUP */.hH).length > 0, 'The template has no security group yet; create the load balancer and service security groups first.'),
            hint: "Delete any ingress rule that reaches port 22 or 3389 (including protocol '-1' or a wide port range) from 0.0.0.0/0 or ::/0. Fargate tasks run no SSH server; use ECS Exec ('aws ecs execute-command') for a shell.",
            praise: 'No remote-administration port faces the internet.',
            evidence: [
                checkov('CKV_AWS_24'),
                checkov('CKV_AWS_25'),
                securityHub('EC2.13'),
                awsDoc('https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html'),
            ],
            docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html',
        },
        {
            id: 'flow-logs',
            title: 'Record VPC flow logs',
            points: 3,
            file: 'template',
            rules: ['VPC006'],
            hint: "Record the whole VPC, accepted and rejected traffic alike, so you can tell afterwards which connections happened. Deliver to a log group with a retention period, through a role that 'vpc-flow-logs.amazonaws.com' can assume ('DeliverLogsPermissionArn'), or to S3.",
            praise: 'Every accepted and rejected connection in the VPC is on record.',
            evidence: [cdkNag('AwsSolutions-VPC7'), securityHub('EC2.6'), awsDoc(`${VPC_GUIDE}/flow-logs.html`)],
            docsUrl: `${VPC_GUIDE}/flow-logs.html`,
        },
        {
            id: 'service-security-group',
            title: "Let only the load balancer's security group reach the tasks",
            points: 4,
            file: 'template',
            rules: ['SVC007'],
            hint: "The service's security group admits the container port only with 'SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId'; no 'CidrIp', not even the VPC's own range.",
            praise: 'Traffic reaches the tasks only through the load balancer.',
            evidence: [
                wellArchitected('SEC05-BP02', 'sec05-bp02.html'),
                cdkNag('AwsSolutions-EC23'),
                awsDoc(`${VPC_GUIDE}/security-group-rules.html#security-group-referencing`),
            ],
            docsUrl: `${VPC_GUIDE}/security-group-rules.html#security-group-referencing`,
        },
    ],
}));

;// CONCATENATED MODULE: ./graders/rubrics/07-service-connect.ts
// Lab 07: the learner writes a CloudFormation template with a front-end and a back-end service on Fargate that talk
// through ECS Service Connect. Thirty points over seven items. Cloud Map DNS discovery is the accepted alternative:
// half credit on the back-end and front-end items, none on the two items that are Service Connect itself (17/30 in
// all). App Mesh earns nothing and costs nothing: SCN011 explains its end of support on the all-or-nothing
// `service-connect` item, where its neutral outcome cannot change the score (see labs/07-service-connect/README.md).




const APP_MESH_MIGRATION = 'https://aws.amazon.com/blogs/containers/migrating-from-aws-app-mesh-to-amazon-ecs-service-connect/';
/* harmony default export */ const _07_service_connect = ((0,engine_define/* defineLab */.F)({
    id: '07-service-connect',
    title: 'Service-to-service calls with ECS Service Connect',
    part: '5 Service discovery and service mesh',
    summary: 'Connect a front-end and a back-end Fargate service with ECS Service Connect: one Cloud Map namespace, the back end as a client-server with a named port and a client alias, the front end as a client that calls the alias, health checks, and proxy logs in CloudWatch. App Mesh reached end of support on 2026-09-30 and earns no points.',
    files: [TEMPLATE_FILE],
    sandbox: (0,sandbox/* service */.eu)([
        'AWS::ServiceDiscovery::HttpNamespace',
        'AWS::ServiceDiscovery::PrivateDnsNamespace',
        'AWS::ServiceDiscovery::Service',
    ]),
    items: [
        {
            id: 'fargate-services',
            title: 'Run a front-end and a back-end service on Fargate',
            points: 4,
            file: 'template',
            rules: ['SCN001'],
            cfnLint: ['E3047', 'E3048', 'E3052', 'E3054'],
            scoring: 'proportional',
            hint: "Declare two 'AWS::ECS::Service' resources with 'LaunchType: FARGATE', each with 'TaskDefinition: !Ref' its own task definition (a valid Fargate Cpu/Memory pair, 'NetworkMode: awsvpc', 'RequiresCompatibilities: [FARGATE]'), 'Cluster: !Ref Cluster', and a 'NetworkConfiguration' with private subnets and a security group.",
            praise: 'Two Fargate services, each with its own task definition, in the stack’s cluster.',
            evidence: [
                cfnLint('E3047'),
                cfnLint('E3048'),
                cfnLint('E3052'),
                cfnLint('E3054'),
                awsDoc(`${CFN_REFERENCE}/aws-resource-ecs-service.html`),
            ],
            docsUrl: `${CFN_REFERENCE}/aws-resource-ecs-service.html`,
        },
        {
            id: 'namespace',
            title: 'Put both services in one Cloud Map namespace',
            points: 4,
            file: 'template',
            rules: ['SCN002'],
            scoring: 'proportional',
            hint: "Declare an 'AWS::ServiceDiscovery::HttpNamespace' (Service Connect needs no DNS zone) and set the cluster's 'ServiceConnectDefaults: { Namespace: !GetAtt Namespace.Arn }' (or each service's 'ServiceConnectConfiguration.Namespace'). Use the ARN: '!Ref' of a namespace returns its ID, which ECS does not accept here.",
            praise: 'Both services meet in one namespace the stack owns.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/service-connect-concepts.html`),
                awsDoc(`${ECS_API}/API_ClusterServiceConnectDefaultsRequest.html`),
                awsDoc(`${CFN_REFERENCE}/aws-resource-servicediscovery-httpnamespace.html`),
            ],
            docsUrl: `${ECS_GUIDE}/service-connect-concepts.html`,
        },
        {
            id: 'service-connect',
            title: 'Turn Service Connect on in both services (not App Mesh)',
            points: 4,
            file: 'template',
            rules: ['SCN003', 'SCN011'],
            // Both or nothing: a back end outside Service Connect cannot be called through an alias, and a front end
            // outside it cannot resolve one. All-or-nothing also keeps SCN011 (App Mesh) neutral: it never fails.
            scoring: 'all',
            hint: "Give both services 'ServiceConnectConfiguration' with 'Enabled: true' — the front end too, although it publishes nothing: only tasks of Service Connect services get the proxy that resolves client aliases. Cloud Map DNS discovery ('ServiceRegistries') is not Service Connect and earns nothing here. AWS App Mesh reached end of support on 2026-09-30: remove any 'AWS::AppMesh::*' resources and Envoy sidecars; they neither earn nor cost points.",
            praise: 'Both services are in Service Connect.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/service-connect.html`),
                awsDoc(`${ECS_GUIDE}/service-connect-concepts-deploy.html`),
                awsDoc(APP_MESH_MIGRATION),
                awsDoc('https://docs.aws.amazon.com/app-mesh/latest/userguide/what-is-app-mesh.html'),
                cfnLint('W3696'),
            ],
            docsUrl: `${ECS_GUIDE}/service-connect.html`,
        },
        {
            id: 'backend-server',
            title: 'Publish the back end as a client-server with a named port and a client alias',
            points: 7,
            file: 'template',
            rules: ['SCN004', 'SCN005', 'SCN006'],
            scoring: 'proportional',
            hint: "In the back end's task definition, name the container port mapping and state its protocol ('Name: api', 'AppProtocol: http'). In the back-end service add 'Services: [{ PortName: api, DiscoveryName: backend, ClientAliases: [{ DnsName: backend, Port: 8080 }] }]': the PortName must exist in the task definition that service runs, and the alias is the name and port clients call.",
            praise: 'The back end publishes a named HTTP port under a clear client alias.',
            evidence: [
                awsDoc(`${ECS_API}/API_ServiceConnectService.html`),
                awsDoc(`${ECS_API}/API_ServiceConnectClientAlias.html`),
                awsDoc(`${ECS_API}/API_PortMapping.html`),
            ],
            docsUrl: `${ECS_GUIDE}/service-connect-concepts-deploy.html`,
        },
        {
            id: 'frontend-client',
            title: 'Call the back end from the front end through the alias',
            points: 5,
            file: 'template',
            rules: ['SCN007', 'SCN008'],
            scoring: 'proportional',
            // No literal URL here: the hint shows beside a wrongPort finding, and the right URL depends on the alias's port,
            // which the finding already spells out.
            hint: "Give the front-end container an environment variable such as 'BACKEND_URL' whose value is 'http://' followed by the back end's client alias exactly as published, its 'DnsName', a colon and its 'Port' (the port the proxy listens on in every client task, whatever the container port is), keep Service Connect on in the front-end service, and add 'DependsOn: BackendService' so its tasks start after the back end's endpoint exists.",
            praise: 'The front end calls the back end by its alias, and starts after it.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/service-connect-concepts.html`),
                awsDoc(`${ECS_GUIDE}/service-connect-concepts-deploy.html`),
                awsDoc(`${ECS_API}/API_ServiceConnectClientAlias.html`),
            ],
            docsUrl: `${ECS_GUIDE}/service-connect-concepts-deploy.html`,
        },
        {
            id: 'health-checks',
            title: 'Health-check both services',
            points: 3,
            file: 'template',
            rules: ['SCN009'],
            scoring: 'proportional',
            hint: "Give the essential container of both task definitions a 'HealthCheck' that asks the app's own '/health' on the port it listens on, with a tool the image has (the Alpine-based image has 'wget', not 'curl'); ECS accepts Interval 5–300, Timeout 2–60, Retries 1–10 and StartPeriod 0–300 seconds. A service behind a load balancer may rely on its target group's 'HealthCheckPath' instead.",
            praise: 'ECS can replace a task of either service that stops answering.',
            evidence: [
                awsDoc(`${ECS_API}/API_HealthCheck.html`),
                { kind: 'checkov', id: 'CKV_AWS_261', url: 'https://www.checkov.io/5.Policy%20Index/terraform.html' },
            ],
            docsUrl: `${ECS_API}/API_HealthCheck.html`,
        },
        {
            id: 'service-connect-logs',
            title: 'Keep the Service Connect proxy logs in CloudWatch Logs',
            points: 3,
            file: 'template',
            rules: ['SCN010'],
            scoring: 'proportional',
            hint: "In both services' 'ServiceConnectConfiguration' add 'LogConfiguration: { LogDriver: awslogs, Options: { awslogs-group: !Ref LogGroup, awslogs-region: !Ref AWS::Region, awslogs-stream-prefix: api-proxy } }'. Cloud Map discovery has no proxy, so it earns nothing here.",
            praise: 'When a call between the services fails, the proxy’s side of the story is in CloudWatch Logs.',
            evidence: [
                awsDoc(`${ECS_API}/API_ServiceConnectConfiguration.html`),
                awsDoc(`${ECS_GUIDE}/configure-service-connect-proxy-container.html`),
                cfnLint('E3046'),
            ],
            docsUrl: `${ECS_API}/API_ServiceConnectConfiguration.html`,
        },
    ],
}));

;// CONCATENATED MODULE: ./graders/rubrics/08-iam-security.ts
// Lab 08: the learner locks down the labs-web service on Fargate: a task role and an execution role that each hold
// only what they use, named actions on named resources, trust policies tied to this account, the database password
// in Secrets Manager under the stack's KMS key, no AWS keys anywhere in the lab folder, hardened containers, ECS
// Exec only with audited and encrypted sessions, and GuardDuty Runtime Monitoring. Thirty points over nine items.




const IAM_GUIDE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide';
const SAR = 'https://docs.aws.amazon.com/service-authorization/latest/reference';
/** Every text file of the lab folder, for the credential scan: a key can sit in any of them. */
const LAB_FILES = { id: 'lab-files', paths: ['**'], kind: 'files', required: false };
/* harmony default export */ const _08_iam_security = ((0,engine_define/* defineLab */.F)({
    id: '08-iam-security',
    title: 'IAM and container security',
    part: '6 Security and compliance',
    summary: 'Lock down the labs-web service: separate task and execution roles with named actions on named resources, trust policies tied to this account, the database password in Secrets Manager under your KMS key, no AWS keys in the lab folder, read-only non-root containers without capabilities, ECS Exec only with audited and encrypted sessions, and GuardDuty Runtime Monitoring.',
    files: [TEMPLATE_FILE, LAB_FILES],
    sandbox: (0,sandbox/* notDeployed */._k)('The template creates an AWS::GuardDuty::Detector, which is account-wide (one per account and Region) and would outlive the stack’s purpose, so the sandbox never deploys this lab; the static checks grade all of it.'),
    items: [
        {
            id: 'role-separation',
            title: 'Give the application its own task role, apart from the execution role',
            points: 4,
            file: 'template',
            rules: ['IAM001'],
            hint: "ECS uses the execution role ('ExecutionRoleArn') to pull the image, write awslogs output and read the task's secrets; your code gets the task role ('TaskRoleArn'). Create two 'AWS::IAM::Role' resources: the execution role with only those start-up permissions, and the task role with only the calls the app makes (the uploads bucket, and the ECS Exec channels).",
            praise: 'ECS and the application each use their own role, with only their own permissions.',
            evidence: [
                checkov('CKV_AWS_249', 'terraform'),
                cdkNag('AwsSolutions-IAM4'),
                awsDoc(`${ECS_GUIDE}/task-iam-roles.html`),
                awsDoc(`${ECS_GUIDE}/task_execution_IAM_role.html`),
            ],
            docsUrl: `${ECS_GUIDE}/task-iam-roles.html`,
        },
        {
            id: 'least-privilege-actions',
            title: 'Allow named actions, never wildcards',
            points: 4,
            file: 'template',
            rules: ['IAM002'],
            hint: "List each action the role uses ('s3:GetObject', 's3:PutObject', 's3:ListBucket' for the app), in every policy the role gets: inline 'Policies', 'AWS::IAM::Policy' and 'AWS::IAM::ManagedPolicy' alike. Wildcards built with '!Sub' or '!Join' count too, and 'NotAction' grants everything not listed. AWS managed '…FullAccess' policies are wildcards as well.",
            praise: 'Every statement lists the actions it allows by name.',
            evidence: [
                securityHub('IAM.21'),
                cdkNag('AwsSolutions-IAM5'),
                checkov('CKV_AWS_63'),
                checkov('CKV_AWS_62'),
                awsDoc(`${IAM_GUIDE}/best-practices.html#grant-least-privilege`),
            ],
            docsUrl: `${IAM_GUIDE}/best-practices.html#grant-least-privilege`,
        },
        {
            id: 'scoped-resources',
            title: 'Scope every statement to the resources it needs',
            points: 4,
            file: 'template',
            rules: ['IAM003'],
            hint: "Point each statement at this stack's resources: \"!Sub '${UploadsBucket.Arn}/*'\" for objects, '!GetAtt UploadsBucket.Arn' for listing, '!GetAtt LogGroup.Arn' for logs. Keep 'Resource: \"*\"' for the few actions that support no resource-level permissions, such as 'ecr:GetAuthorizationToken' and the 'ssmmessages' channels; the Service Authorization Reference lists which those are. Never use 'NotResource' in an Allow.",
            praise: 'Each statement applies only to the resources it names.',
            evidence: [
                cdkNag('AwsSolutions-IAM5'),
                checkov('CKV_AWS_111'),
                checkov('CKV_AWS_108'),
                awsDoc(`${IAM_GUIDE}/reference_policies_elements_resource.html`),
                awsDoc(`${SAR}/reference_policies_actions-resources-contextkeys.html`),
            ],
            docsUrl: `${IAM_GUIDE}/reference_policies_elements_resource.html`,
        },
        {
            id: 'trust-policies',
            title: 'Trust ECS on behalf of this account only',
            points: 3,
            file: 'template',
            rules: ['IAM004'],
            hint: "Each role's 'AssumeRolePolicyDocument' allows 'Service: ecs-tasks.amazonaws.com' to call 'sts:AssumeRole', with a condition that names this account: \"StringEquals: { 'aws:SourceAccount': !Ref AWS::AccountId }\", or \"ArnLike: { 'aws:SourceArn': !Sub 'arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:*' }\". Never trust '*', and never a whole account without a condition.",
            praise: 'Only ECS may assume the roles, and only for this account’s tasks.',
            evidence: [
                checkov('CKV_AWS_60'),
                checkov('CKV_AWS_61'),
                awsDoc(`${ECS_GUIDE}/task-iam-roles.html`),
                awsDoc(`${IAM_GUIDE}/confused-deputy.html`),
            ],
            docsUrl: `${IAM_GUIDE}/confused-deputy.html`,
        },
        {
            id: 'task-secrets',
            title: 'Keep the database password in Secrets Manager, readable only by this task',
            points: 3,
            file: 'template',
            rules: ['IAM005'],
            hint: "Create an 'AWS::SecretsManager::Secret' with 'KmsKeyId' set to an 'AWS::KMS::Key' of the stack, and pass it to the container under 'Secrets' (\"ValueFrom: !Ref DbSecret\") instead of 'Environment'. The execution role then needs 'secretsmanager:GetSecretValue' on that secret only and 'kms:Decrypt' on that key only.",
            praise: 'The password lives in Secrets Manager under your key, and only this task can read it.',
            evidence: [
                securityHub('ECS.8'),
                checkov('CKV_AWS_149'),
                cfnLint('W1011'),
                cdkNag('AwsSolutions-ECS2'),
                awsDoc(`${ECS_GUIDE}/secrets-envvar-secrets-manager.html`),
            ],
            docsUrl: `${ECS_GUIDE}/secrets-envvar-secrets-manager.html`,
        },
        {
            id: 'no-hard-coded-credentials',
            title: 'Keep AWS access keys out of every file of the lab',
            points: 4,
            file: 'lab-files',
            rules: ['IAM006'],
            check: needsTemplate("Not graded yet: the lab's template is missing or could not be read, so there is no work in this folder to check for access keys. Fix the template first (see its finding)."),
            hint: "The container gets short-lived credentials from its task role, so no file needs an access key: not the template's 'Environment', not a '.env', not an app's config file. If a key was ever committed, deactivate it in the IAM console first (Git history keeps it), then delete it from the files.",
            praise: 'No AWS access key appears anywhere in the lab folder.',
            evidence: [
                securityHub('ECS.8'),
                controlTower('CT.ECS.PR.12'),
                awsDoc(`${IAM_GUIDE}/best-practices.html#bp-workloads-use-roles`),
                awsDoc(`${IAM_GUIDE}/id_credentials_access-keys.html`),
            ],
            docsUrl: `${IAM_GUIDE}/best-practices.html#bp-workloads-use-roles`,
        },
        {
            id: 'container-hardening',
            title: 'Run containers read-only, unprivileged, as a non-root user, with no capabilities',
            points: 4,
            file: 'template',
            rules: ['IAM007'],
            hint: "In each container definition set 'ReadonlyRootFilesystem: true' (mount a volume at '/tmp' if the app writes there), 'User' to a non-root user or UID such as '1000', and 'LinuxParameters: { Capabilities: { Drop: [ALL] } }'; leave out 'Privileged'.",
            praise: 'The containers run read-only, as a non-root user, with no privileges or capabilities.',
            evidence: [
                securityHub('ECS.4'),
                securityHub('ECS.5'),
                securityHub('ECS.20'),
                controlTower('CT.ECS.PR.11'),
                controlTower('CT.ECS.PR.6'),
                controlTower('CT.ECS.PR.3'),
                checkov('CKV_AWS_336'),
            ],
            docsUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html',
        },
        {
            id: 'ecs-exec-audit',
            title: 'Turn on ECS Exec only with audited, encrypted sessions',
            points: 2,
            file: 'template',
            rules: ['IAM008'],
            hint: "A service with 'EnableExecuteCommand: true' needs its cluster's 'Configuration.ExecuteCommandConfiguration' with 'Logging: OVERRIDE', a 'LogConfiguration' naming a log group ('CloudWatchLogGroupName: !Ref ExecLogGroup') and 'KmsKeyId', and a task role allowing the four 'ssmmessages' channel actions. If nobody needs a shell in the tasks, turning ECS Exec off is just as good.",
            praise: 'ECS Exec sessions are logged and encrypted, or ECS Exec is off.',
            evidence: [
                checkov('CKV_AWS_223', 'terraform'),
                checkov('CKV_AWS_224', 'terraform'),
                awsDoc(`${ECS_GUIDE}/ecs-exec.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-ecs-cluster-executecommandconfiguration.html`),
            ],
            docsUrl: `${ECS_GUIDE}/ecs-exec.html`,
        },
        {
            id: 'guardduty-runtime-monitoring',
            title: 'Watch the Fargate tasks with GuardDuty Runtime Monitoring',
            points: 2,
            file: 'template',
            rules: ['IAM009'],
            hint: "Add an 'AWS::GuardDuty::Detector' with 'Enable: true' and a 'Features' entry 'RUNTIME_MONITORING' with 'Status: ENABLED' and the additional configuration 'ECS_FARGATE_AGENT_MANAGEMENT' enabled, so GuardDuty adds its security agent to each Fargate task.",
            praise: 'GuardDuty watches what runs inside the Fargate tasks.',
            evidence: [
                awsDoc('https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html'),
                awsDoc('https://docs.aws.amazon.com/guardduty/latest/ug/how-runtime-monitoring-works-ecs-fargate.html'),
                awsDoc(`${CFN_REFERENCE}/aws-resource-guardduty-detector.html`),
                awsDoc(`${ECS_GUIDE}/ecs-guard-configure-automatic.html`),
            ],
            docsUrl: 'https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html',
        },
    ],
}));

// EXTERNAL MODULE: ./graders/rules/auto-scaling/model.ts
var auto_scaling_model = __webpack_require__(2408);
;// CONCATENATED MODULE: ./graders/rubrics/09-auto-scaling.ts
// Lab 09: the learner adds Application Auto Scaling to the labs-web service of a CloudFormation template: a scalable
// target with a floor of two tasks and a chosen ceiling, target tracking on CPU and on ALB requests per target,
// cooldowns, a step-scaling policy driven by a CloudWatch alarm on this service, and a DesiredCount that does not
// fight the scaler. Thirty points over seven items; the network is taken as typed parameters, as in labs 04 and 07.





const AAS_GUIDE = 'https://docs.aws.amazon.com/autoscaling/application/userguide';
const AAS_API = 'https://docs.aws.amazon.com/autoscaling/application/APIReference';
const NO_TARGET = "The template has no Application Auto Scaling scalable target for the service yet, so there is nothing to judge here: add the 'AWS::ApplicationAutoScaling::ScalableTarget' first (task 1).";
/* harmony default export */ const _09_auto_scaling = ((0,engine_define/* defineLab */.F)({
    id: '09-auto-scaling',
    title: 'Auto scaling an ECS service',
    part: '7 Auto scaling',
    summary: 'Let Application Auto Scaling own the labs-web task count: a scalable target with at least two tasks and a deliberate ceiling, target tracking on CPU and on ALB requests per target, cooldowns that scale out faster than in, a step-scaling policy driven by a CloudWatch alarm on this service, and no DesiredCount fighting the scaler.',
    files: [TEMPLATE_FILE],
    sandbox: (0,sandbox/* service */.eu)([...sandbox/* AUTO_SCALING_TYPES */.wM, 'AWS::CloudWatch::Alarm']),
    items: [
        {
            id: 'scalable-target',
            title: "Register the service as a scalable target of this stack's cluster",
            points: 5,
            file: 'template',
            rules: ['SCL001'],
            hint: "A scalable target names the service it scales by \"ResourceId: !Sub 'service/${Cluster}/${Service.Name}'\", together with 'ServiceNamespace: ecs' and 'ScalableDimension: ecs:service:DesiredCount'. '!Ref Cluster' gives the cluster's name, but '!Ref Service' returns an ARN, so the service's name comes from its 'Name' attribute.",
            praise: 'Application Auto Scaling manages the task count of this stack’s own service.',
            evidence: [
                awsDoc(`${AAS_GUIDE}/services-that-can-integrate-ecs.html`),
                awsDoc(`${AAS_API}/API_RegisterScalableTarget.html`),
                awsDoc(`${ECS_GUIDE}/service-auto-scaling.html`),
                wellArchitected('REL07-BP01', 'rel_adapt_to_changes_autoscale_adapt.html'),
            ],
            docsUrl: `${AAS_GUIDE}/services-that-can-integrate-ecs.html`,
        },
        {
            id: 'capacity-bounds',
            title: 'Keep at least two tasks and a deliberate ceiling',
            points: 4,
            file: 'template',
            rules: ['SCL002'],
            check: requires(auto_scaling_model/* hasEcsScalableTarget */.My, NO_TARGET),
            hint: "'MinCapacity' is what scale-in can never go below, so it is your availability floor: two tasks, one in each Availability Zone. 'MaxCapacity' is your cost ceiling: the peak the load test needs plus some headroom (4 for this lab, which is also the sandbox's default limit per service).",
            praise: 'Scale-in keeps two tasks across two zones, and a chosen ceiling bounds the cost.',
            evidence: [
                awsDoc(`${AAS_API}/API_RegisterScalableTarget.html`),
                awsDoc(`${ECS_GUIDE}/capacity-availability-best-practice.html`),
                wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
                wellArchitected('REL07-BP03', 'rel_adapt_to_changes_proactive_adapt_auto.html'),
            ],
            docsUrl: `${AAS_API}/API_RegisterScalableTarget.html`,
        },
        {
            id: 'cpu-target-tracking',
            title: 'Track average CPU with a target-tracking policy',
            points: 5,
            file: 'template',
            rules: ['SCL003'],
            hint: "Add an 'AWS::ApplicationAutoScaling::ScalingPolicy' with 'PolicyType: TargetTrackingScaling', 'ScalingTargetId: !Ref ScalableTarget' and a 'TargetTrackingScalingPolicyConfiguration' whose 'PredefinedMetricSpecification' is 'ECSServiceAverageCPUUtilization', with a 'TargetValue' such as 60 (percent). Application Auto Scaling then creates and manages the CloudWatch alarms for you.",
            praise: 'The service adds and removes tasks to keep its average CPU near the target.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/service-autoscaling-targettracking.html`),
                awsDoc(`${AAS_GUIDE}/application-auto-scaling-target-tracking.html`),
                awsDoc(`${AAS_API}/API_PredefinedMetricSpecification.html`),
                wellArchitected('REL07-BP03', 'rel_adapt_to_changes_proactive_adapt_auto.html'),
            ],
            docsUrl: `${ECS_GUIDE}/service-autoscaling-targettracking.html`,
        },
        {
            id: 'request-count-tracking',
            title: 'Track ALB requests per target, labelled with this stack’s load balancer and target group',
            points: 5,
            file: 'template',
            rules: ['SCL004'],
            hint: "Add a second target-tracking policy with 'PredefinedMetricType: ALBRequestCountPerTarget' and \"ResourceLabel: !Join ['/', [!GetAtt LoadBalancer.LoadBalancerFullName, !GetAtt TargetGroup.TargetGroupFullName]]\", which builds 'app/<name>/<id>/targetgroup/<name>/<id>' from the ids CloudFormation generated. 'TargetValue' is requests per task per minute: take it from the load test in the README.",
            praise: 'The service scales on the requests each task actually serves.',
            evidence: [
                awsDoc(`${AAS_API}/API_PredefinedMetricSpecification.html`),
                awsDoc(`${ECS_GUIDE}/service-autoscaling-targettracking.html`),
                awsDoc(`${CFN_REFERENCE}/aws-resource-elasticloadbalancingv2-targetgroup.html`),
                wellArchitected('REL07-BP03', 'rel_adapt_to_changes_proactive_adapt_auto.html'),
            ],
            docsUrl: `${AAS_API}/API_PredefinedMetricSpecification.html`,
        },
        {
            id: 'cooldowns',
            title: 'Scale out faster than you scale in',
            points: 3,
            file: 'template',
            rules: ['SCL005'],
            hint: "In each target-tracking configuration set 'ScaleOutCooldown' (such as 60) and 'ScaleInCooldown' (such as 300): adding capacity late drops requests, while removing it late only costs a few task-minutes.",
            praise: 'Both policies add tasks quickly and remove them carefully.',
            evidence: [
                awsDoc(`${AAS_API}/API_TargetTrackingScalingPolicyConfiguration.html`),
                awsDoc(`${AAS_GUIDE}/application-auto-scaling-target-tracking.html`),
            ],
            docsUrl: `${AAS_API}/API_TargetTrackingScalingPolicyConfiguration.html`,
        },
        {
            id: 'step-scaling-alarm',
            title: 'Drive a step-scaling policy from a CloudWatch alarm on this service',
            points: 5,
            file: 'template',
            rules: ['SCL006'],
            hint: "Add a 'StepScaling' policy ('AdjustmentType: ChangeInCapacity', 'StepAdjustments' that add 1 task just above the threshold and 2 further above) and an 'AWS::CloudWatch::Alarm' on AWS/ECS 'CPUUtilization' with 'Dimensions' 'ClusterName: !Ref Cluster' and 'ServiceName: !GetAtt Service.Name', and \"AlarmActions: [!Ref StepScaleOutPolicy]\".",
            praise: 'A CloudWatch alarm on this service adds tasks in steps when a spike breaches it.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/service-autoscaling-stepscaling.html`),
                awsDoc(`${AAS_GUIDE}/application-auto-scaling-step-scaling-policies.html`),
                awsDoc(`${ECS_GUIDE}/available-metrics.html`),
                wellArchitected('REL07-BP03', 'rel_adapt_to_changes_proactive_adapt_auto.html'),
                awsDoc(`${CFN_REFERENCE}/aws-resource-cloudwatch-alarm.html`),
            ],
            docsUrl: `${ECS_GUIDE}/service-autoscaling-stepscaling.html`,
        },
        {
            id: 'desired-count',
            title: 'Leave the task count to the scaler',
            points: 3,
            file: 'template',
            rules: ['SCL007'],
            check: requires(auto_scaling_model/* hasEcsScalableTarget */.My, NO_TARGET),
            hint: "Once a scalable target owns the count, remove 'DesiredCount' from the service: a new service starts with one task and registering the target moves it into range, and stack updates then keep whatever count the scaler chose. If you keep it, keep it within MinCapacity and MaxCapacity.",
            praise: 'The template and the scaler agree on who sets the task count.',
            evidence: [
                awsDoc(`${CFN_REFERENCE}/aws-resource-ecs-service.html#cfn-ecs-service-desiredcount`),
                awsDoc(`${AAS_API}/API_RegisterScalableTarget.html`),
                awsDoc(`${ECS_GUIDE}/service-auto-scaling.html`),
            ],
            docsUrl: `${CFN_REFERENCE}/aws-resource-ecs-service.html#cfn-ecs-service-desiredcount`,
        },
    ],
}));

;// CONCATENATED MODULE: ./graders/rules/deployment/appspec.ts


/** The lifecycle events an ECS AppSpec file may hook, in the order CodeDeploy runs them. */
const ECS_HOOKS = [
    'BeforeInstall',
    'AfterInstall',
    'AfterAllowTestTraffic',
    'BeforeAllowTraffic',
    'AfterAllowTraffic',
];
const TEST_HOOK = 'AfterAllowTestTraffic';
/** Makes findings located in the appspec file, under one rule id. */
function reporter(doc, ruleId) {
    const out = [];
    return {
        out,
        add(path, message, severity = 'error') {
            out.push({ file: doc.file, ...doc.locate(path), severity, ruleId, message });
        },
    };
}
/** The one target service of the file: its key (usually 'TargetService'), its value and path. */
function targetService(value) {
    const list = value['Resources'];
    if (!Array.isArray(list) || !(0,cloudformation/* isRecord */.u4)(list[0]))
        return undefined;
    const keys = Object.keys(list[0]);
    if (keys.length !== 1)
        return undefined;
    return { name: keys[0], body: list[0][keys[0]], path: ['Resources', 0, keys[0]] };
}
/** The container definitions of a task definition of the template: name and literal container ports. */
function containersOf(t, td) {
    const list = td.props['ContainerDefinitions'];
    if (!Array.isArray(list))
        return [];
    return list.flatMap((c) => {
        if (!(0,cloudformation/* isRecord */.u4)(c))
            return [];
        const name = (0,cloudformation/* literalString */.dc)(t, c['Name']);
        if (name === undefined)
            return [];
        const mappings = Array.isArray(c['PortMappings']) ? c['PortMappings'] : [];
        const ports = mappings.flatMap((m) => {
            const p = (0,cloudformation/* isRecord */.u4)(m) ? (0,cloudformation/* literalNumber */.TB)(t, m['ContainerPort']) : undefined;
            return p === undefined ? [] : [p];
        });
        return [{ name, ports }];
    });
}
/**
 * Why the appspec file is not a valid ECS AppSpec file matching the template's service, as findings in the appspec
 * file; empty when it is.
 */
function judgeAppspec(t, svc, doc, ruleId) {
    const r = reporter(doc, ruleId);
    const value = doc.value;
    if (!(0,cloudformation/* isRecord */.u4)(value)) {
        r.add([], `'${doc.file}' is not a YAML mapping, so CodeDeploy cannot read it. Start it with 'version: 0.0' and a 'Resources' list.`);
        return r.out;
    }
    const version = value['version'];
    // YAML reads 'version: 0.0' as the number 0; quoted, it is the text '0.0'. Both are what CodeDeploy expects.
    if (version !== 0 && version !== '0.0')
        r.add(version === undefined ? [] : ['version'], `The AppSpec 'version' is ${version === undefined ? 'missing' : `'${String(version)}'`}; CodeDeploy accepts only '0.0' and refuses the revision otherwise. Write 'version: 0.0' on the first line.`);
    const target = targetService(value);
    if (!target) {
        r.add(value['Resources'] === undefined ? [] : ['Resources'], "The AppSpec file has no target service: 'Resources' must be a list whose first entry is one named service, such as '- TargetService: { Type: AWS::ECS::Service, Properties: … }'.");
        return r.out;
    }
    const body = (0,cloudformation/* isRecord */.u4)(target.body) ? target.body : {};
    if (body['Type'] !== 'AWS::ECS::Service')
        r.add([...target.path, ...(body['Type'] === undefined ? [] : ['Type'])], `Target service '${target.name}' has 'Type' ${body['Type'] === undefined ? 'missing' : `'${String(body['Type'])}'`}; an ECS deployment's AppSpec names 'Type: AWS::ECS::Service'.`);
    const props = (0,cloudformation/* isRecord */.u4)(body['Properties']) ? body['Properties'] : undefined;
    const propsPath = [...target.path, 'Properties'];
    if (!props) {
        r.add(target.path, `Target service '${target.name}' has no 'Properties', so it names no task definition and no container for the load balancer. Add 'TaskDefinition' and 'LoadBalancerInfo: { ContainerName, ContainerPort }'.`);
        return r.out;
    }
    const td = props['TaskDefinition'];
    if (typeof td !== 'string' || td.trim() === '')
        r.add(td === undefined ? propsPath : [...propsPath, 'TaskDefinition'], "The AppSpec file names no 'TaskDefinition', so CodeDeploy does not know which revision to deploy. Set it to the task definition's ARN (or the '<TASK_DEFINITION>' placeholder a pipeline fills in).");
    const lb = (0,cloudformation/* isRecord */.u4)(props['LoadBalancerInfo']) ? props['LoadBalancerInfo'] : undefined;
    const lbPath = [...propsPath, 'LoadBalancerInfo'];
    const name = lb?.['ContainerName'];
    const port = lb?.['ContainerPort'];
    if (typeof name !== 'string' || typeof port !== 'number') {
        r.add(lb ? lbPath : propsPath, "The AppSpec file's 'LoadBalancerInfo' needs 'ContainerName' (text) and 'ContainerPort' (a number): they tell CodeDeploy which container of the green task set to register in the target group.");
        return r.out;
    }
    const definition = (0,service/* taskDefinitionOf */.Ib)(t, svc);
    if (!definition)
        return r.out;
    const containers = containersOf(t, definition);
    const container = containers.find((c) => c.name === name);
    if (!container) {
        r.add([...lbPath, 'ContainerName'], `The AppSpec file sends traffic to container '${name}', but task definition '${definition.name}' has ${containers.length ? containers.map((c) => `'${c.name}'`).join(', ') : 'no named container'}, so the deployment fails when the green task set is registered. Set 'ContainerName' to the container that serves the app.`);
        return r.out;
    }
    if (!container.ports.includes(port))
        r.add([...lbPath, 'ContainerPort'], `The AppSpec file sends traffic to port ${port} of container '${name}', which maps ${container.ports.length ? container.ports.map((p) => `'${p}'`).join(', ') : 'no port'} in task definition '${definition.name}', so the deployment fails. Set 'ContainerPort' to the container port the app listens on.`);
    return r.out;
}
/** Problems with the file's 'Hooks' list: unknown event names, and entries that are not one event and one function. */
function judgeHooks(doc, ruleId) {
    const r = reporter(doc, ruleId);
    const value = (0,cloudformation/* isRecord */.u4)(doc.value) ? doc.value : {};
    const hooks = value['Hooks'];
    if (hooks === undefined)
        return r.out;
    if (!Array.isArray(hooks)) {
        r.add(['Hooks'], "'Hooks' must be a list of one-entry mappings, such as '- AfterAllowTestTraffic: <function name>'.");
        return r.out;
    }
    hooks.forEach((h, i) => {
        const keys = (0,cloudformation/* isRecord */.u4)(h) ? Object.keys(h) : [];
        const key = keys[0];
        if (keys.length !== 1 || key === undefined || typeof h[key] !== 'string') {
            r.add(['Hooks', i], `Hook ${i + 1} is not one lifecycle event naming one Lambda function, such as '- AfterAllowTestTraffic: <function name>'.`);
            return;
        }
        if (!ECS_HOOKS.includes(key))
            r.add(['Hooks', i, key], `'${key}' is not a lifecycle event of an ECS deployment, so CodeDeploy rejects the file. The events are ${ECS_HOOKS.map((e) => `'${e}'`).join(', ')}.`);
    });
    return r.out;
}
/** Whether the file hooks a Lambda function to 'AfterAllowTestTraffic'. */
function hasTestHook(doc) {
    const hooks = (0,cloudformation/* isRecord */.u4)(doc.value) ? doc.value['Hooks'] : undefined;
    return (Array.isArray(hooks) &&
        hooks.some((h) => (0,cloudformation/* isRecord */.u4)(h) && typeof h[TEST_HOOK] === 'string' && h[TEST_HOOK].trim() !== ''));
}

// EXTERNAL MODULE: ./graders/rules/deployment/bake-time.ts
var bake_time = __webpack_require__(788);
// EXTERNAL MODULE: ./graders/rules/deployment/model.ts
var deployment_model = __webpack_require__(872);
;// CONCATENATED MODULE: ./graders/rubrics/10-blue-green.ts
// Lab 10: the learner turns the labs-web service's rolling update into a blue/green deployment that rolls itself
// back. Two designs earn full marks: ECS's own deployment strategies (Strategy BLUE_GREEN, LINEAR or CANARY, with
// an alternate target group, listener rules, bake time, deployment alarms and a Lambda lifecycle hook), which AWS
// recommends for new work, or CodeDeploy (a deployment group with a target group pair, traffic routes, automatic
// rollback on alarms, and an appspec.yaml). Every item is graded in whichever design the template uses, and the
// design item says which one it recognised. Thirty points over seven items.







const _10_blue_green_LAB_ID = '10-blue-green';
const CODEDEPLOY_GUIDE = 'https://docs.aws.amazon.com/codedeploy/latest/userguide';
/** The CodeDeploy AppSpec file, needed only by the CodeDeploy design. */
const APPSPEC_FILE = {
    id: 'appspec',
    paths: ['appspec.yaml', 'appspec.yml', 'appspec.json'],
    kind: 'yaml',
    required: false,
};
/** The service the lab deploys, and the design it is read in. */
function subject(ctx) {
    const doc = ctx.doc('template', 'cloudformation');
    if (!doc)
        return undefined;
    const svc = (0,deployment_model/* loadBalancedServices */.ly)(doc.template)[0];
    return svc ? { t: doc.template, svc } : undefined;
}
/** The design item: says which design was recognised, so the learner knows how the other items read the work. */
function recognisedDesign(ctx) {
    const s = subject(ctx);
    if (!s)
        return { fraction: 0 };
    const { t, svc } = s;
    if ((0,deployment_model/* designOf */.et)(t, svc) === 'codedeploy') {
        const group = (0,deployment_model/* deploymentGroupsOf */.hT)(t, svc)[0];
        return {
            fraction: 1,
            feedback: `Recognised: CodeDeploy blue/green${group ? ` (deployment group '${group.name}')` : ''}; the other items read the deployment group and appspec.yaml.`,
        };
    }
    const strategy = (0,deployment_model/* strategyOf */.xS)(t, svc);
    if (!deployment_model/* SHIFTING_STRATEGIES */.x7.includes(strategy))
        return {
            fraction: 0,
            feedback: `No blue/green design recognised: service '${svc.name}' deploys with ${strategy}.`,
        };
    return {
        fraction: 1,
        feedback: `Recognised: ECS ${strategy === 'BLUE_GREEN' ? 'blue/green' : strategy.toLowerCase()} deployment strategy ('Strategy: ${strategy}'); the other items read the service's deployment configuration.`,
    };
}
/** Whether the appspec is needed: the CodeDeploy design reads it, the ECS design has none. */
function appspecFor(ctx) {
    const s = subject(ctx);
    if (!s)
        return { fraction: 0 };
    if ((0,deployment_model/* designOf */.et)(s.t, s.svc) !== 'codedeploy')
        return {
            fraction: 1,
            feedback: 'Not applicable: ECS deploys this service itself, so there is no CodeDeploy revision and no appspec.yaml to check.',
        };
    return { ...s, missing: ctx.pathOf('appspec') ?? `labs/${_10_blue_green_LAB_ID}/appspec.yaml` };
}
/** The appspec item: in the CodeDeploy design, the file is a valid ECS AppSpec file that matches the template. */
function appspecCheck(ctx) {
    const s = appspecFor(ctx);
    if ('fraction' in s)
        return s;
    const doc = ctx.doc('appspec', 'yaml');
    if (!doc)
        return {
            fraction: 0,
            feedback: `The service is deployed by CodeDeploy, but '${s.missing}' is missing or is not valid YAML, so CodeDeploy has no revision to deploy.`,
        };
    const findings = [
        ...judgeAppspec(s.t, s.svc, doc, `${_10_blue_green_LAB_ID}/appspec`),
        ...judgeHooks(doc, `${_10_blue_green_LAB_ID}/appspec`),
    ];
    return findings.length === 0
        ? { fraction: 1 }
        : {
            fraction: 0,
            feedback: `CodeDeploy would refuse '${doc.file}' or deploy the wrong container: ${findings.length === 1 ? 'one problem, listed here' : 'the problems are listed here'}.`,
            findings,
        };
}
/** The test-hook item's CodeDeploy half: an AfterAllowTestTraffic hook in the appspec (BGD006 judges the ECS half). */
function appspecHookCheck(ctx) {
    const s = appspecFor(ctx);
    if ('fraction' in s)
        return { fraction: 1 };
    const doc = ctx.doc('appspec', 'yaml');
    if (!doc)
        return {
            fraction: 0,
            feedback: `In the CodeDeploy design the test hook lives in '${s.missing}', which is missing or is not valid YAML.`,
        };
    if (hasTestHook(doc))
        return { fraction: 1 };
    return {
        fraction: 0,
        feedback: `'${doc.file}' hooks no Lambda function to '${TEST_HOOK}', so nothing tests green before production traffic moves.`,
        findings: [
            {
                file: doc.file,
                ...doc.locate(['Hooks']),
                severity: 'error',
                ruleId: `${_10_blue_green_LAB_ID}/test-hook`,
                message: `No '${TEST_HOOK}' hook: CodeDeploy shifts production traffic to green without a test having run. Add "Hooks: [{ ${TEST_HOOK}: <function name> }]".`,
            },
        ],
    };
}
/* harmony default export */ const _10_blue_green = ((0,engine_define/* defineLab */.F)({
    id: _10_blue_green_LAB_ID,
    title: 'Blue/green deployments that roll themselves back',
    part: '7 Blue/green deployments',
    summary: 'Replace the labs-web rolling update with a blue/green deployment, by ECS itself (the recommended deployment strategies) or by CodeDeploy: two target groups that check /health, production and test routes, a bake time, automatic rollback on CloudWatch alarms that watch this stack, a hook that tests green before users reach it, and, for CodeDeploy, a valid appspec.yaml.',
    files: [TEMPLATE_FILE, APPSPEC_FILE],
    sandbox: (0,sandbox/* service */.eu)([
        'AWS::CloudWatch::Alarm',
        'AWS::CodeDeploy::Application',
        'AWS::CodeDeploy::DeploymentGroup',
        'AWS::Lambda::Function',
    ]),
    items: [
        {
            id: 'deployment-strategy',
            title: 'Deploy blue/green, with an ECS strategy or with CodeDeploy',
            points: 5,
            file: 'template',
            rules: ['BGD001'],
            check: recognisedDesign,
            hint: "In the ECS design, add 'Strategy: BLUE_GREEN' (or LINEAR or CANARY) to the service's 'DeploymentConfiguration' and keep the default ECS controller. In the CodeDeploy design, set \"DeploymentController: { Type: CODE_DEPLOY }\", add an 'AWS::CodeDeploy::Application' with 'ComputePlatform: ECS', and a deployment group whose 'ECSServices' names '!Ref Cluster' and '!GetAtt Service.Name'.",
            praise: 'New revisions start beside the old one, and traffic moves only when they are ready.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/deployment-type-blue-green.html`),
                awsDoc(`${ECS_GUIDE}/deployment-type-bluegreen.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-ecs-service-deploymentconfiguration.html`),
                awsDoc(`${CFN_REFERENCE}/aws-resource-codedeploy-deploymentgroup.html`),
                wellArchitected('REL08-BP04', 'rel_tracking_change_management_immutable_infrastructure.html'),
            ],
            docsUrl: `${ECS_GUIDE}/deployment-type-blue-green.html`,
        },
        {
            id: 'target-groups',
            title: 'Give blue and green each a target group that checks /health',
            points: 5,
            file: 'template',
            rules: ['BGD002'],
            hint: "Copy the service's target group into a second one (same 'TargetType: ip', protocol, port and 'HealthCheckPath: /health'). ECS design: name it in 'AdvancedConfiguration.AlternateTargetGroupArn'. CodeDeploy design: list both under the deployment group's 'TargetGroupPairInfoList' by '!GetAtt <group>.TargetGroupName'.",
            praise: 'Blue and green each have a target group that judges the app by its own health endpoint.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/alb-resources-for-blue-green.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-ecs-service-advancedconfiguration.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-codedeploy-deploymentgroup-targetgrouppairinfo.html`),
            ],
            docsUrl: `${ECS_GUIDE}/alb-resources-for-blue-green.html`,
        },
        {
            id: 'traffic-routes',
            title: 'Route production and test traffic separately, with a role that may move them',
            points: 5,
            file: 'template',
            rules: ['BGD003'],
            hint: "ECS design: two 'AWS::ElasticLoadBalancingV2::ListenerRule's that forward to both target groups (weights 100 and 0), production matching '/*' and test matching a header such as 'X-Labs-Route: test' (or on a second listener), named in 'ProductionListenerRule' and 'TestListenerRule', and a 'RoleArn' for a role 'ecs.amazonaws.com' may assume with 'AmazonECSInfrastructureRolePolicyForLoadBalancers'. CodeDeploy design: a production and a test listener in 'ProdTrafficRoute' and 'TestTrafficRoute', and a 'ServiceRoleArn' with 'AWSCodeDeployRoleForECS'.",
            praise: 'Users and testers reach blue and green through separate routes, and the deployment may move them.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/alb-resources-for-blue-green.html`),
                awsDoc(`${ECS_GUIDE}/migrate-codedeploy-to-ecs-bluegreen.html`),
                awsDoc(`${ECS_GUIDE}/AmazonECSInfrastructureRolePolicyForLoadBalancers.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-codedeploy-deploymentgroup-trafficroute.html`),
                awsDoc('https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCodeDeployRoleForECS.html'),
            ],
            docsUrl: `${ECS_GUIDE}/alb-resources-for-blue-green.html`,
        },
        {
            id: 'bake-time',
            title: `Keep blue for at least ${bake_time/* MIN_BAKE_MINUTES */.p} minutes after the shift`,
            points: 4,
            file: 'template',
            rules: ['BGD004'],
            hint: `Rolling back is instant only while blue still runs. ECS design: 'BakeTimeInMinutes: ${bake_time/* MIN_BAKE_MINUTES */.p}' (or more) in 'DeploymentConfiguration'. CodeDeploy design: a 'BlueGreenDeploymentConfiguration' with 'TerminationWaitTimeInMinutes: ${bake_time/* MIN_BAKE_MINUTES */.p}' under 'TerminateBlueInstancesOnDeploymentSuccess' and a 'DeploymentReadyOption'.`,
            praise: 'Blue stays up long enough for the alarms to judge green under real traffic.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/deployment-type-blue-green.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-ecs-service-deploymentconfiguration.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-codedeploy-deploymentgroup-bluegreendeploymentconfiguration.html`),
            ],
            docsUrl: `${ECS_GUIDE}/deployment-type-blue-green.html`,
        },
        {
            id: 'alarm-rollback',
            title: 'Roll back automatically on alarms that watch this stack',
            points: 6,
            file: 'template',
            rules: ['BGD005'],
            hint: "Add an 'AWS::CloudWatch::Alarm' on 'HTTPCode_Target_5XX_Count' in 'AWS/ApplicationELB' with the dimensions 'LoadBalancer: !GetAtt LoadBalancer.LoadBalancerFullName' and 'TargetGroup: !GetAtt BlueTargetGroup.TargetGroupFullName' (one per target group). ECS design: list them in 'DeploymentConfiguration.Alarms' with 'Enable: true' and 'Rollback: true'. CodeDeploy design: an 'AlarmConfiguration' and an 'AutoRollbackConfiguration' with both failure events.",
            praise: 'A release that starts serving errors is rolled back without anyone being paged.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/deployment-alarm-failure.html`),
                awsDoc(`${ECS_GUIDE}/deployment-failure-detection.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-codedeploy-deploymentgroup-autorollbackconfiguration.html`),
                awsDoc(`${ELB_GUIDE}/load-balancer-cloudwatch-metrics.html`),
                wellArchitected('OPS06-BP04', 'ops_mit_deploy_risks_auto_testing_and_rollback.html'),
            ],
            docsUrl: `${ECS_GUIDE}/deployment-alarm-failure.html`,
        },
        {
            id: 'test-hook',
            title: 'Test green with a hook before users reach it',
            points: 3,
            file: 'template',
            rules: ['BGD006'],
            check: appspecHookCheck,
            hint: "ECS design: add a 'LifecycleHooks' entry with 'LifecycleStages: [POST_TEST_TRAFFIC_SHIFT]', 'HookTargetArn: !GetAtt HookFunction.Arn' and a 'RoleArn' that 'ecs.amazonaws.com' may assume, allowed 'lambda:InvokeFunction'; the function answers '{ \"hookStatus\": \"SUCCEEDED\" }' or FAILED. CodeDeploy design: name the function under 'AfterAllowTestTraffic' in the appspec's 'Hooks'.",
            praise: 'A test runs against green through the test route before any user reaches it.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/deployment-lifecycle-hooks.html`),
                awsDoc(`${ECS_GUIDE}/blue-green-permissions.html`),
                awsDoc(`${CODEDEPLOY_GUIDE}/reference-appspec-file-structure-hooks.html`),
            ],
            docsUrl: `${ECS_GUIDE}/deployment-lifecycle-hooks.html`,
        },
        {
            id: 'appspec',
            title: 'CodeDeploy only: a valid appspec.yaml that matches the task definition',
            points: 2,
            file: 'template',
            check: appspecCheck,
            hint: "Start 'appspec.yaml' with 'version: 0.0', then 'Resources' holding one 'TargetService' of 'Type: AWS::ECS::Service' whose 'Properties' give the 'TaskDefinition' and 'LoadBalancerInfo' with the 'ContainerName' and 'ContainerPort' of the task definition's web container (the ones the service's 'LoadBalancers' entry uses).",
            praise: 'CodeDeploy gets a valid revision that matches the task definition, or the design needs none.',
            evidence: [
                awsDoc(`${CODEDEPLOY_GUIDE}/reference-appspec-file-structure-resources.html`),
                awsDoc(`${CODEDEPLOY_GUIDE}/reference-appspec-file-structure-hooks.html`),
                awsDoc(`${CODEDEPLOY_GUIDE}/reference-appspec-file-example.html`),
            ],
            docsUrl: `${CODEDEPLOY_GUIDE}/reference-appspec-file-structure-resources.html`,
        },
    ],
}));

;// CONCATENATED MODULE: ./graders/rubrics/11-observability.ts
// Lab 11: the learner makes the labs-web service operable: enhanced Container Insights, log groups with a retention
// period and a customer managed KMS key that CloudWatch Logs may use, containers that log to them, an ADOT collector
// (or X-Ray daemon) sidecar with the task role permissions it needs, alarms on CPU, memory, 5xx and unhealthy
// targets that notify an SNS topic, a dashboard, and configuration read from Parameter Store. Thirty points over
// eight items; the network is taken as typed parameters, as in labs 04, 07 and 09.




const CW_GUIDE = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring';
const LOGS_GUIDE = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs';
const XRAY_GUIDE = 'https://docs.aws.amazon.com/xray/latest/devguide';
const MANAGED_POLICY = 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference';
/* harmony default export */ const _11_observability = ((0,engine_define/* defineLab */.F)({
    id: '11-observability',
    title: 'Observability: logs, traces, alarms and dashboards',
    part: 'Monitoring and operations (CloudWatch, X-Ray, SSM)',
    summary: 'Make the labs-web service one a team can operate: enhanced Container Insights, encrypted log groups with a retention period that every container writes to, an ADOT collector sidecar for traces, alarms on CPU, memory, 5xx and unhealthy targets that notify an SNS topic, a dashboard of the service and its load balancer, and configuration read from Parameter Store.',
    files: [TEMPLATE_FILE],
    sandbox: (0,sandbox/* service */.eu)([
        ...sandbox/* KMS_TYPES */.Mr,
        'AWS::CloudWatch::Alarm',
        'AWS::CloudWatch::Dashboard',
        'AWS::SNS::Subscription',
        'AWS::SNS::Topic',
        'AWS::SSM::Parameter',
    ]),
    items: [
        {
            id: 'container-insights',
            title: 'Turn on Container Insights with enhanced observability',
            points: 3,
            file: 'template',
            rules: ['OBS001'],
            hint: "In the cluster's 'ClusterSettings', set 'containerInsights' to 'enhanced' (not just 'enabled'): CloudWatch then collects task- and container-level CPU, memory, network and restart metrics, and the curated Container Insights views can drill down from the cluster to the one task that misbehaves.",
            praise: 'Container Insights collects task- and container-level metrics for the cluster.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/cloudwatch-container-insights.html`),
                awsDoc(`${CW_GUIDE}/deploy-container-insights-ECS-cluster.html`),
                securityHub('ECS.12'),
                checkov('CKV_AWS_65'),
                cdkNag('AwsSolutions-ECS4'),
            ],
            docsUrl: `${ECS_GUIDE}/cloudwatch-container-insights.html`,
        },
        {
            id: 'log-retention-encryption',
            title: 'Keep logs for a set period, encrypted with a key CloudWatch Logs may use',
            points: 5,
            file: 'template',
            rules: ['OBS002', 'OBS003'],
            hint: "Give the log group 'RetentionInDays' (such as 30) and 'KmsKeyId: !GetAtt LogKey.Arn'. The key's policy must let the principal \"!Sub 'logs.${AWS::Region}.amazonaws.com'\" use it ('kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'), with a Condition on 'kms:EncryptionContext:aws:logs:arn' that names this stack's log groups: the key is created before the log group, so write the ARN with Sub rather than GetAtt.",
            praise: "The logs expire on schedule and only this stack's log groups can use the key that encrypts them.",
            evidence: [
                awsDoc(`${LOGS_GUIDE}/encrypt-log-data-kms.html`),
                awsDoc(`${CFN_REFERENCE}/aws-resource-logs-loggroup.html`),
                checkov('CKV_AWS_66'),
                checkov('CKV_AWS_158'),
                wellArchitected('SEC08-BP02', 'sec_protect_data_rest_encrypt.html'),
            ],
            docsUrl: `${LOGS_GUIDE}/encrypt-log-data-kms.html`,
        },
        {
            id: 'container-logging',
            title: "Send every container's logs to this stack's log group, with an explicit delivery mode",
            points: 4,
            file: 'template',
            rules: ['OBS004'],
            hint: "With awslogs, set 'awslogs-group: !Ref LogGroup', 'awslogs-region: !Ref AWS::Region', 'awslogs-stream-prefix' and 'mode': 'non-blocking' with a 'max-buffer-size' such as '25m' keeps the application running when CloudWatch Logs is slow, at the risk of dropping lines from a burst; 'blocking' keeps every line but can stall the application. With FireLens, a Fluent Bit container with 'FirelensConfiguration' routes the others' logs ('LogDriver: awsfirelens', options 'Name: cloudwatch_logs' and 'log_group_name: !Ref LogGroup').",
            praise: "Every container writes to this stack's log group, and the log delivery mode is a written decision.",
            evidence: [
                awsDoc(`${ECS_GUIDE}/using_awslogs.html`),
                awsDoc(`${ECS_GUIDE}/using_firelens.html`),
                awsDoc(`${ECS_GUIDE}/ecs-account-settings.html`),
                securityHub('ECS.9'),
                cdkNag('AwsSolutions-ECS7'),
            ],
            docsUrl: `${ECS_GUIDE}/using_awslogs.html`,
        },
        {
            id: 'tracing-sidecar',
            title: 'Run an ADOT collector or X-Ray daemon sidecar with the task role permissions it needs',
            points: 5,
            file: 'template',
            rules: ['OBS005'],
            hint: "Add a second container running 'public.ecr.aws/aws-observability/aws-otel-collector' (pinned to a release tag, with 'Command: [--config=/etc/ecs/ecs-default-config.yaml]') and point the application's OpenTelemetry exporter at 'localhost:4317'. The collector uses the TASK role's credentials, so that role needs 'xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets', and for the EMF metrics 'logs:PutLogEvents' and 'logs:CreateLogStream'; the managed 'CloudWatchAgentServerPolicy' grants all of them.",
            praise: 'A collector next to the application sends its traces, with exactly the role permissions it needs.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/trace-data.html`),
                awsDoc(`${XRAY_GUIDE}/xray-daemon-ecs.html`),
                awsDoc(`${MANAGED_POLICY}/AWSXRayDaemonWriteAccess.html`),
                awsDoc(`${MANAGED_POLICY}/CloudWatchAgentServerPolicy.html`),
                wellArchitected('OPS01-BP04', 'ops01-bp04.html'),
            ],
            docsUrl: `${ECS_GUIDE}/trace-data.html`,
        },
        {
            id: 'alarms',
            title: "Alarm on CPU, memory, 5xx responses and unhealthy targets of this stack's resources",
            points: 5,
            file: 'template',
            rules: ['OBS006'],
            hint: "Four 'AWS::CloudWatch::Alarm' resources: AWS/ECS 'CPUUtilization' and 'MemoryUtilization' with 'ClusterName: !Ref Cluster' and 'ServiceName: !GetAtt Service.Name'; AWS/ApplicationELB 'HTTPCode_Target_5XX_Count' with 'LoadBalancer: !GetAtt LoadBalancer.LoadBalancerFullName'; and 'UnHealthyHostCount' with both 'TargetGroup: !GetAtt TargetGroup.TargetGroupFullName' and 'LoadBalancer'. Those full names include ids CloudFormation generates, so they cannot be typed by hand.",
            praise: "Alarms watch the service's CPU and memory, its 5xx responses and its unhealthy targets.",
            evidence: [
                awsDoc(`${CW_GUIDE}/Best_Practice_Recommended_Alarms_AWS_Services.html`),
                awsDoc(`${ECS_GUIDE}/available-metrics.html`),
                awsDoc('https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html'),
                wellArchitected('OPS06-BP01', 'ops06-bp01.html'),
            ],
            docsUrl: `${CW_GUIDE}/Best_Practice_Recommended_Alarms_AWS_Services.html`,
        },
        {
            id: 'alarm-notifications',
            title: 'Notify an SNS topic of this stack from every alarm',
            points: 3,
            file: 'template',
            rules: ['OBS007'],
            hint: "Add an 'AWS::SNS::Topic' (and a subscription, such as an email address from a parameter) and give each alarm \"AlarmActions: [!Ref AlarmTopic]\"; 'OKActions' with the same topic tells people when it is over.",
            praise: 'Every alarm tells the team through an SNS topic of this stack.',
            evidence: [
                awsDoc(`${CW_GUIDE}/Notify_Users_Alarm_Changes.html`),
                awsDoc(`${CFN_REFERENCE}/aws-resource-cloudwatch-alarm.html`),
                securityHub('CloudWatch.15'),
                wellArchitected('OPS06-BP01', 'ops06-bp01.html'),
            ],
            docsUrl: `${CW_GUIDE}/Notify_Users_Alarm_Changes.html`,
        },
        {
            id: 'dashboard',
            title: "Show this stack's service and load balancer on a dashboard",
            points: 2,
            file: 'template',
            rules: ['OBS008'],
            hint: "Write 'DashboardBody' as a '!Sub' JSON string, so references such as \"${Cluster}\", \"${Service.Name}\" and \"${LoadBalancer.LoadBalancerFullName}\" become this stack's names, with one metric widget for the service's CPU and memory and one for the load balancer's requests and 5xx responses.",
            praise: 'One dashboard shows the service and its load balancer side by side.',
            evidence: [
                awsDoc('https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html'),
                awsDoc(`${CFN_REFERENCE}/aws-resource-cloudwatch-dashboard.html`),
            ],
            docsUrl: `${CW_GUIDE}/CloudWatch_Dashboards.html`,
        },
        {
            id: 'parameter-store-config',
            title: 'Read configuration from Parameter Store, with the execution role allowed that parameter only',
            points: 3,
            file: 'template',
            rules: ['OBS009'],
            hint: "Add an 'AWS::SSM::Parameter' and a container 'Secrets' entry whose 'ValueFrom' is its ARN, \"!Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${LogLevelParameter}'\" ('!Ref' of a parameter returns its name, which starts with '/'). The ECS agent fetches it with the EXECUTION role before the container starts, so that role needs 'ssm:GetParameters' on exactly that ARN.",
            praise: 'Configuration lives in Parameter Store, and the task may read only its own parameter.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/secrets-envvar-ssm-paramstore.html`),
                awsDoc(`${ECS_GUIDE}/task_execution_IAM_role.html`),
                securityHub('IAM.21'),
                wellArchitected('SEC03-BP02', 'sec_permissions_least_privileges.html'),
            ],
            docsUrl: `${ECS_GUIDE}/secrets-envvar-ssm-paramstore.html`,
        },
    ],
}));

// EXTERNAL MODULE: ./graders/engine/run-rule.ts
var run_rule = __webpack_require__(3900);
// EXTERNAL MODULE: ./graders/rules/eks/cfn-cluster-access.ts
var cfn_cluster_access = __webpack_require__(7472);
// EXTERNAL MODULE: ./graders/rules/eks/cfn-cluster-audit.ts
var cfn_cluster_audit = __webpack_require__(4387);
// EXTERNAL MODULE: ./graders/rules/eks/cluster.ts
var eks_cluster = __webpack_require__(7637);
// EXTERNAL MODULE: ./graders/rules/eks/eksctl-cluster-access.ts
var eksctl_cluster_access = __webpack_require__(9889);
// EXTERNAL MODULE: ./graders/rules/eks/eksctl-cluster-audit.ts
var eksctl_cluster_audit = __webpack_require__(1144);
// EXTERNAL MODULE: ./graders/rules/eks/model.ts
var eks_model = __webpack_require__(406);
// EXTERNAL MODULE: ./graders/rules/eks/service-account.ts
var service_account = __webpack_require__(9946);
;// CONCATENATED MODULE: ./graders/rubrics/12-eks-workload.ts
// Lab 12: the learner deploys the labs-web application to Amazon EKS: Kubernetes manifests in k8s/ (any number of
// files, any number of documents each, read as one set so selectors and references resolve across them) and the
// cluster they run on, as an eksctl ClusterConfig (cluster.yaml) or a CloudFormation AWS::EKS::Cluster
// (template.yaml). The manifests must be schema-valid and run a hardened, probed, autoscaled Deployment from ECR
// behind a Service, with a disruption budget, a network policy, a restricted Pod Security namespace and a service
// account with an IAM role (EKS Pod Identity or IRSA); the cluster must restrict its endpoint, grant access with
// access entries, log its control plane and encrypt Secrets. EKS Auto Mode, Karpenter and managed node groups are
// all accepted for compute. Thirty points over eleven items. Nothing is deployed: moto emulates no EKS workloads.












const _12_eks_workload_LAB_ID = '12-eks-workload';
const EKS_GUIDE = 'https://docs.aws.amazon.com/eks/latest/userguide';
const EKS_BP = 'https://docs.aws.amazon.com/eks/latest/best-practices';
const EKSCTL_GUIDE = 'https://docs.aws.amazon.com/eks/latest/eksctl';
/** The manifests: every .yaml and .yml file under k8s/, read as one set. */
const MANIFESTS_FILE = {
    id: 'manifests',
    paths: ['k8s/'],
    kind: 'kubernetes',
    required: true,
};
/** The cluster as an eksctl ClusterConfig. */
const CLUSTER_FILE = {
    id: 'cluster',
    paths: ['cluster.yaml', 'cluster.yml'],
    kind: 'yaml',
    required: false,
};
/** The cluster as a CloudFormation template (the other accepted form), linted by cfn-lint. */
const CLUSTER_TEMPLATE_FILE = {
    id: 'template',
    paths: ['template.yaml', 'template.yml', 'template.json'],
    kind: 'cloudformation',
    required: false,
    cfnLint: true,
};
/** The IRSA annotation on a ServiceAccount, and the role ARN it must hold. */
const IRSA_ANNOTATION = 'eks.amazonaws.com/role-arn';
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
/**
 * The cluster definition graded: a template that defines an AWS::EKS::Cluster (a learner adds one only on
 * purpose), else cluster.yaml when it is a ClusterConfig. The starter's cluster.yaml stays in the folder of a
 * learner who chose CloudFormation, so the template wins.
 */
function clusterSource(ctx) {
    const template = ctx.doc('template', 'cloudformation');
    if (template && (0,cloudformation/* resources */.ES)(template.template, eks_cluster/* CLUSTER_TYPE */.WR).length > 0)
        return { kind: 'cloudformation', doc: template };
    const cluster = ctx.doc('cluster', 'yaml');
    if (cluster)
        return { kind: 'eksctl', doc: cluster };
    return undefined;
}
const NO_CLUSTER = `No cluster definition to grade: write 'labs/${_12_eks_workload_LAB_ID}/cluster.yaml' (an eksctl ClusterConfig) or 'labs/${_12_eks_workload_LAB_ID}/template.yaml' with an AWS::EKS::Cluster.`;
/** An item check that runs the cluster rule of whichever form the learner chose. */
function clusterCheck(eksctlRule, cfnRule) {
    return (ctx) => {
        const src = clusterSource(ctx);
        if (!src)
            return { fraction: 0, feedback: NO_CLUSTER };
        const outcome = src.kind === 'eksctl' ? (0,run_rule/* runRule */.OA)(eksctlRule, src.doc) : (0,run_rule/* runRule */.OA)(cfnRule, src.doc);
        // A crashing rule is the grader's fault: throwing makes the item a grader-error, never a zero.
        if (outcome.crash)
            throw new Error(`rule ${outcome.ruleId} failed: ${outcome.crash.message}`);
        const form = src.kind === 'eksctl' ? `the eksctl ClusterConfig '${src.doc.file}'` : `'${src.doc.file}'`;
        return outcome.findings.length === 0
            ? { fraction: 1, feedback: `Graded ${form}.` }
            : { fraction: 0, findings: outcome.findings, feedback: `Graded ${form}.` };
    };
}
/** Whether the cluster runs the EKS Pod Identity agent: Auto Mode has it built in; otherwise it is an add-on. */
function hasPodIdentityAgent(src) {
    if (src.kind === 'eksctl') {
        const v = (0,eks_model/* rec */.D9)(src.doc.value);
        if ((0,eks_model/* rec */.D9)(v['autoModeConfig'])['enabled'] === true)
            return true;
        return Array.isArray(v['addons']) && v['addons'].some((a) => (0,eks_model/* rec */.D9)(a)['name'] === 'eks-pod-identity-agent');
    }
    const t = src.doc.template;
    if ((0,cloudformation/* resources */.ES)(t, eks_cluster/* CLUSTER_TYPE */.WR).some((c) => (0,eks_model/* rec */.D9)(c.props['ComputeConfig'])['Enabled'] === true))
        return true;
    return (0,cloudformation/* resources */.ES)(t, 'AWS::EKS::Addon').some((a) => a.props['AddonName'] === 'eks-pod-identity-agent');
}
/**
 * The workload-identity item's own check: every ServiceAccount a Deployment runs as gets an IAM role, by an EKS Pod
 * Identity association in the cluster definition (with the Pod Identity agent running), or by an IRSA annotation
 * with a role ARN (with the cluster's IAM OIDC provider). EKS012 judges that the account exists and is used.
 */
function workloadIdentityCheck(ctx) {
    const set = ctx.doc('manifests', 'kubernetes');
    if (!set)
        return { fraction: 0 };
    const used = (0,service_account/* usedServiceAccounts */.L)(set);
    if (used.length === 0)
        return {
            fraction: 0,
            feedback: 'No Deployment runs under a ServiceAccount of its own, so there is no account to give an IAM role.',
        };
    const src = clusterSource(ctx);
    const associations = !src
        ? []
        : src.kind === 'eksctl'
            ? (0,eks_cluster/* eksctlPodIdentities */._o)(src.doc)
            : (0,eks_cluster/* cfnPodIdentities */.fe)(src.doc);
    const oidc = !src ? false : src.kind === 'eksctl' ? (0,eks_cluster/* eksctlHasOidc */.yK)(src.doc) : (0,eks_cluster/* cfnHasOidc */.HI)(src.doc);
    const findings = [];
    const finding = (doc, path, message) => findings.push({
        ...(doc ? (0,eks_model.at)(doc, path) : { file: set.files[0] ?? set.file, line: 1, column: 1 }),
        severity: 'error',
        ruleId: `${_12_eks_workload_LAB_ID}/workload-identity`,
        message,
    });
    const accounts = (0,eks_model/* ofKind */.CZ)((0,eks_model/* objects */.JD)(set), 'ServiceAccount');
    for (const { namespace, name } of used) {
        const sa = accounts.find((a) => a.name === name && (0,eks_model/* namespaceOf */.N6)(a) === namespace);
        const who = `ServiceAccount '${namespace}/${name}'`;
        if (associations.some((a) => a.namespace === namespace && a.serviceAccount === name)) {
            if (src && !hasPodIdentityAgent(src))
                finding(sa?.doc, ['metadata'], `${who} has an EKS Pod Identity association, but the cluster runs no Pod Identity agent, so its pods get no credentials. Turn on EKS Auto Mode (which includes the agent) or add the 'eks-pod-identity-agent' add-on.`);
            continue;
        }
        const annotations = (0,eks_model/* rec */.D9)((0,eks_model/* rec */.D9)(sa?.value['metadata'])['annotations']);
        const arn = (0,eks_model/* str */.gx)(annotations[IRSA_ANNOTATION]);
        if (arn !== undefined) {
            if (!ROLE_ARN.test(arn.trim()))
                finding(sa?.doc, ['metadata', 'annotations', IRSA_ANNOTATION], `${who} has the IRSA annotation '${IRSA_ANNOTATION}: ${arn}', which is not an IAM role ARN ('arn:aws:iam::<account>:role/<name>'), so no role is assumed.`);
            else if (!oidc)
                finding(sa?.doc, ['metadata', 'annotations', IRSA_ANNOTATION], `${who} asks for role '${arn}' through IRSA, but the cluster definition creates no IAM OIDC provider, so STS cannot trust the pod's token. Set 'iam.withOIDC: true' (eksctl) or add an 'AWS::IAM::OIDCProvider' for the cluster's 'OpenIdConnectIssuerUrl', or use an EKS Pod Identity association instead.`);
            continue;
        }
        finding(sa?.doc, ['metadata'], `${who} gets no IAM role: the cluster definition has no EKS Pod Identity association for it${src ? '' : ' (there is no cluster definition)'} and it has no '${IRSA_ANNOTATION}' annotation, so the application falls back to the node's role or has no AWS credentials. Add an association (eksctl 'iam.podIdentityAssociations' with 'namespace: ${namespace}' and 'serviceAccountName: ${name}', or 'AWS::EKS::PodIdentityAssociation').`);
    }
    return findings.length === 0 ? { fraction: 1 } : { fraction: 0, findings };
}
/* harmony default export */ const _12_eks_workload = ((0,engine_define/* defineLab */.F)({
    id: _12_eks_workload_LAB_ID,
    title: 'A hardened workload on Amazon EKS',
    part: 'Compute layer: Amazon EKS',
    summary: 'Run labs-web on Amazon EKS: schema-valid manifests for a Deployment from ECR with two or more replicas, requests and limits, /health probes and a restricted security context, a Service, an autoscaling/v2 HorizontalPodAutoscaler, a PodDisruptionBudget, a NetworkPolicy, a restricted Pod Security namespace and a ServiceAccount with an IAM role (Pod Identity or IRSA); and a cluster (eksctl or CloudFormation) with a restricted endpoint, access entries, control-plane logs and KMS-encrypted Secrets.',
    files: [MANIFESTS_FILE, CLUSTER_FILE, CLUSTER_TEMPLATE_FILE],
    sandbox: (0,sandbox/* notDeployed */._k)('The sandbox runs on moto, which emulates no EKS control plane or Kubernetes workloads, so this lab is graded statically only: the manifests and the cluster definition are read, nothing is created.'),
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
            praise: 'Kubernetes sends traffic only to pods whose /health answers, and restarts those that stop answering.',
            evidence: [
                checkov('CKV_K8S_8', 'kubernetes'),
                checkov('CKV_K8S_9', 'kubernetes'),
                awsDoc(`${EKS_BP}/application.html`),
            ],
            docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
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
            title: 'Scale with an autoscaling/v2 HorizontalPodAutoscaler and protect the pods with a PodDisruptionBudget',
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
            check: clusterCheck(eksctl_cluster_access/* default */.A, cfn_cluster_access/* default */.A),
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
            check: clusterCheck(eksctl_cluster_audit/* default */.A, cfn_cluster_audit/* default */.A),
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
}));

// EXTERNAL MODULE: ./graders/rules/express-mode/model.ts
var express_mode_model = __webpack_require__(9235);
;// CONCATENATED MODULE: ./graders/rubrics/13-express-mode.ts
// Lab 13: the learner deploys labs-web with Amazon ECS Express Mode, the service AWS points new work to since App
// Runner stopped taking new customers (2026-04-30): an 'AWS::ECS::ExpressGatewayService' with the app's port, a
// valid task size, a pinned image from this account's ECR, separate execution, infrastructure and task roles, a
// health check on /health, bounded scaling, private networking and a log group the stack keeps. An existing
// 'AWS::AppRunner::Service' is still graded, item by item, in its own terms (access and instance roles, instance
// size, HTTP health check, an auto scaling configuration, a VPC connector, a KMS key), and the first item says
// which design was recognised. Thirty points over eight items.






const _13_express_mode_LAB_ID = '13-express-mode';
const APP_RUNNER_GUIDE = 'https://docs.aws.amazon.com/apprunner/latest/dg';
const APP_RUNNER_API = 'https://docs.aws.amazon.com/apprunner/latest/api';
const _13_express_mode_MANAGED_POLICY = 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference';
/** The design item: says which design was recognised, so the learner knows how the other items read the work. */
function _13_express_mode_recognisedDesign(ctx) {
    const doc = ctx.doc('template', 'cloudformation');
    const s = doc ? (0,express_mode_model/* subjectOf */.et)(doc.template) : undefined;
    if (!doc || !s)
        return { fraction: 0 };
    if (s.design === 'apprunner')
        return {
            fraction: 1,
            feedback: `Recognised: AWS App Runner (service '${s.svc.name}'); every item reads it in App Runner's terms. App Runner takes no new customers, so new services belong in ECS Express Mode (see the README's mapping table).`,
        };
    const alsoRunner = (0,cloudformation/* resources */.ES)(doc.template, express_mode_model/* APP_RUNNER_SERVICE */.Jb).length > 0;
    return {
        fraction: 1,
        feedback: `Recognised: Amazon ECS Express Mode (service '${s.svc.name}'); every item reads its properties.${alsoRunner ? ' The template also keeps an App Runner service, which is not graded while an Express service exists.' : ''}`,
    };
}
/* harmony default export */ const _13_express_mode = ((0,engine_define/* defineLab */.F)({
    id: _13_express_mode_LAB_ID,
    title: 'ECS Express Mode, the successor to App Runner',
    part: 'Compute layer: AWS App Runner and its successor',
    summary: 'Deploy labs-web as an Amazon ECS Express Mode service: the app’s port, a valid task size, a pinned image from this account’s ECR, separate execution, infrastructure and task roles, a health check on /health, scaling between two tasks and a ceiling, private subnets and closed security groups, and a log group the stack keeps. An existing App Runner service is graded in its own terms.',
    files: [TEMPLATE_FILE],
    sandbox: (0,sandbox/* notDeployed */._k)('moto, the sandbox AWS emulator, does not emulate ECS Express Mode or App Runner, so this lab is graded from the template alone.'),
    items: [
        {
            id: 'service',
            title: 'Run the image as an Express service, on the port the app listens on',
            points: 3,
            file: 'template',
            rules: ['EXP001'],
            check: _13_express_mode_recognisedDesign,
            hint: "In 'PrimaryContainer', 'ContainerPort' is where the load balancer sends requests. The labs-web server reads PORT from its environment and listens on 3000 without it: keep 3000, or set PORT in 'Environment' and use the same number. (App Runner: 'ImageConfiguration.Port', which defaults to 8080.)",
            praise: 'The service runs the image, and requests reach the port the app listens on.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/express-service-work.html`),
                awsDoc(`${CFN_REFERENCE}/aws-resource-ecs-expressgatewayservice.html`),
                awsDoc(`${APP_RUNNER_GUIDE}/apprunner-availability-change.html`),
            ],
            docsUrl: `${CFN_REFERENCE}/aws-resource-ecs-expressgatewayservice.html`,
        },
        {
            id: 'task-size',
            title: 'Size the service with a CPU and memory pair the platform offers',
            points: 3,
            file: 'template',
            rules: ['EXP002'],
            hint: "Express Mode runs on Fargate: write 'Cpu' as CPU units and 'Memory' in MiB, as strings, and pick a Fargate pair such as '512' with '1024', or '1024' with '2048' (Express Mode's default). App Runner has fewer sizes, such as '1 vCPU' with '2 GB'.",
            praise: 'The service asks for a task size the platform offers.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/task-cpu-memory-error.html`),
                awsDoc(`${ECS_GUIDE}/express-service-work.html`),
                awsDoc(`${APP_RUNNER_API}/API_InstanceConfiguration.html`),
            ],
            docsUrl: `${ECS_GUIDE}/task-cpu-memory-error.html`,
        },
        {
            id: 'ecr-image',
            title: 'Run a pinned image from this account’s Amazon ECR',
            points: 4,
            file: 'template',
            rules: ['EXP003'],
            hint: "Build the image URI from the stack's own account and Region, \"!Sub '${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/labs-web:1.0.0'\" (or from a repository's 'RepositoryUri'), and pin a version tag or a digest. App Runner: also 'ImageRepositoryType: ECR'.",
            praise: "The service runs a pinned image from this account's private registry.",
            evidence: [
                awsDoc('https://docs.aws.amazon.com/AmazonECR/latest/userguide/docker-pull-ecr-image.html'),
                awsDoc(`${ECS_API}/API_ExpressGatewayContainer.html`),
                wellArchitected('SEC11-BP06', 'sec_appsec_deploy_software_programmatically.html'),
            ],
            docsUrl: `${ECS_API}/API_ExpressGatewayContainer.html`,
        },
        {
            id: 'separate-roles',
            title: 'Keep the execution, infrastructure and task roles apart',
            points: 6,
            file: 'template',
            rules: ['EXP004'],
            hint: "Three roles, three jobs. Execution role: 'ecs-tasks.amazonaws.com' may assume it, with 'AmazonECSTaskExecutionRolePolicy'. Infrastructure role: 'ecs.amazonaws.com' may assume it, with 'service-role/AmazonECSInfrastructureRoleforExpressGatewayServices'. Task role: 'ecs-tasks.amazonaws.com' again, holding only what the app's code calls. App Runner: an access role for 'build.apprunner.amazonaws.com' with 'AWSAppRunnerServicePolicyForECRAccess', and an instance role for 'tasks.apprunner.amazonaws.com'.",
            praise: 'The platform and the app each act with their own role, trusted by the right service.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/infrastructure_IAM_role.html`),
                awsDoc(`${_13_express_mode_MANAGED_POLICY}/AmazonECSInfrastructureRoleforExpressGatewayServices.html`),
                awsDoc(`${ECS_GUIDE}/task_execution_IAM_role.html`),
                awsDoc(`${APP_RUNNER_GUIDE}/security_iam_service-with-iam.html`),
                checkov('CKV_AWS_249'),
            ],
            docsUrl: `${ECS_GUIDE}/infrastructure_IAM_role.html`,
        },
        {
            id: 'health-check',
            title: 'Health-check the app at /health',
            points: 3,
            file: 'template',
            rules: ['EXP005'],
            hint: "The app reports whether it can serve at '/health' and nowhere else, and compares the whole URL, so write exactly 'HealthCheckPath: /health'. App Runner: 'HealthCheckConfiguration' with 'Protocol: HTTP' and 'Path: /health'.",
            praise: 'The platform asks the app itself whether it can serve.',
            evidence: [
                awsDoc(`${CFN_REFERENCE}/aws-resource-ecs-expressgatewayservice.html`),
                awsDoc(`${ECS_GUIDE}/express-service-troubleshooting.html`),
                awsDoc(`${APP_RUNNER_GUIDE}/manage-configure-healthcheck.html`),
            ],
            docsUrl: `${CFN_REFERENCE}/aws-resource-ecs-expressgatewayservice.html`,
        },
        {
            id: 'scaling',
            title: 'Scale between at least two tasks and a ceiling you chose',
            points: 4,
            file: 'template',
            rules: ['EXP006'],
            hint: "In 'ScalingTarget', 'MinTaskCount: 2' keeps a task in each of two Availability Zones, 'MaxTaskCount' a little above your expected peak caps the bill, and 'AutoScalingMetric: AVERAGE_CPU' with 'AutoScalingTargetValue: 60' leaves headroom while new tasks start. App Runner: an 'AWS::AppRunner::AutoScalingConfiguration' with 'MinSize: 2' and a 'MaxSize'.",
            praise: 'The service survives a task or zone failure, grows under load, and its cost has a ceiling.',
            evidence: [
                awsDoc(`${ECS_API}/API_ExpressGatewayScalingTarget.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-ecs-expressgatewayservice-expressgatewayscalingtarget.html`),
                awsDoc(`${APP_RUNNER_GUIDE}/manage-autoscaling.html`),
                wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
            ],
            docsUrl: `${ECS_API}/API_ExpressGatewayScalingTarget.html`,
        },
        {
            id: 'private-network',
            title: 'Place the service in private subnets, behind security groups closed to the internet',
            points: 5,
            file: 'template',
            rules: ['EXP007'],
            hint: "Take the private subnets of Lab 06 as a parameter ('PrivateSubnetIds' of type 'List<AWS::EC2::Subnet::Id>'), add an 'AWS::EC2::SecurityGroup' for the tasks that admits nothing from '0.0.0.0/0' or '::/0', and list both in 'NetworkConfiguration'. App Runner: an 'AWS::AppRunner::VpcConnector' on those subnets and that group, used with 'EgressType: VPC'.",
            praise: 'The tasks sit in private subnets, and only the load balancer can reach them.',
            evidence: [
                awsDoc(`${ECS_API}/API_ExpressGatewayServiceNetworkConfiguration.html`),
                awsDoc(`${ECS_GUIDE}/express-service-work.html`),
                awsDoc(`${CFN_REFERENCE}/aws-resource-apprunner-vpcconnector.html`),
                checkov('CKV_AWS_260'),
                wellArchitected('SEC05-BP01', 'sec_network_protection_create_layers.html'),
            ],
            docsUrl: `${ECS_API}/API_ExpressGatewayServiceNetworkConfiguration.html`,
        },
        {
            id: 'owned-data',
            title: 'Keep the service’s logs (App Runner: its encryption key) under the stack’s control',
            points: 2,
            file: 'template',
            rules: ['EXP008'],
            hint: "Add an 'AWS::Logs::LogGroup' with 'RetentionInDays' (such as 30) and point the container at it with 'AwsLogsConfiguration: { LogGroup: !Ref LogGroup, LogStreamPrefix: web }'. App Runner: a customer managed 'AWS::KMS::Key' in 'EncryptionConfiguration.KmsKey'.",
            praise: 'The logs are kept as long as the team decided, and go when the stack goes.',
            evidence: [
                awsDoc(`${CFN_REFERENCE}/aws-properties-ecs-expressgatewayservice-expressgatewaycontainer.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-apprunner-service-encryptionconfiguration.html`),
                checkov('CKV_AWS_66'),
            ],
            docsUrl: `${CFN_REFERENCE}/aws-properties-ecs-expressgatewayservice-expressgatewaycontainer.html`,
        },
    ],
}));

// EXTERNAL MODULE: ./graders/rules/multi-region/model.ts
var multi_region_model = __webpack_require__(4635);
;// CONCATENATED MODULE: ./graders/rules/multi-region/cross-file.ts


/** Findings of one check, all under one rule id. */
class Findings {
    ruleId;
    out = [];
    constructor(ruleId) {
        this.ruleId = ruleId;
    }
    inFile(f, path, message) {
        const at = f.json ? f.json.locate(path) : { line: 1, column: 1 };
        this.out.push({ file: f.file, ...at, severity: 'error', ruleId: this.ruleId, message });
    }
    inYaml(doc, path, message) {
        this.out.push({ file: doc.file, ...doc.locate(path), severity: 'error', ruleId: this.ruleId, message });
    }
}
/** The files CloudFormation could use: named after a Region and readable in one of the two formats. */
function usableFiles(files) {
    return files.filter((f) => f.region !== undefined && f.json !== undefined && f.format !== undefined);
}
/** AWS-specific parameter types whose values are ids of one Region, with the shape CloudFormation checks. */
const REGIONAL_IDS = {
    'AWS::EC2::VPC::Id': /^vpc-[0-9a-f]{8,17}$/,
    'AWS::EC2::Subnet::Id': /^subnet-[0-9a-f]{8,17}$/,
    'AWS::EC2::SecurityGroup::Id': /^sg-[0-9a-f]{8,17}$/,
    'AWS::EC2::Image::Id': /^ami-[0-9a-f]{8,17}$/,
};
/** Global ids: the same value is right in every Region. */
const GLOBAL_IDS = {
    'AWS::Route53::HostedZone::Id': /^Z[A-Z0-9]{1,32}$/,
};
/** An ARN and its Region field. */
const ARN_REGION = /arn:aws[a-z-]*:[a-z0-9-]+:([a-z0-9-]*):/g;
/** A learner-written AllowedPattern with a quantified group inside a quantified group can take forever to run. */
const NESTED_QUANTIFIER = /\([^)]*[+*}][^)]*\)[+*{]/;
function str(v) {
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}
/**
 * Why a parameter file does not fit the template: unknown keys, required parameters missing, values outside the
 * parameter's constraints or type, and Region-bound values (ARNs, VPC, subnet and security group ids) that belong
 * to another Region or repeat another Region's file.
 */
function judgeParameterFiles(t, files, ruleId) {
    const r = new Findings(ruleId);
    const params = (0,cloudformation/* isRecord */.u4)(t.Parameters) ? t.Parameters : {};
    const usable = usableFiles(files);
    for (const f of usable) {
        for (const [key, e] of f.entries) {
            const decl = params[key];
            if (!(0,cloudformation/* isRecord */.u4)(decl)) {
                r.inFile(f, e.keyPath, `'${key}' in '${f.file}' is not a parameter of the template, and CloudFormation refuses to create a stack given a parameter the template does not declare. Remove it or declare it under 'Parameters'.`);
                continue;
            }
            const value = str(e.value);
            if (value === undefined)
                continue; // MRG005 reports a value that is not a string
            for (const why of valueProblems(key, decl, value, f.region))
                r.inFile(f, e.path, `'${key}' in '${f.file}' is '${value}', ${why}`);
        }
        for (const [name, decl] of Object.entries(params)) {
            if (!(0,cloudformation/* isRecord */.u4)(decl) || decl['Default'] !== undefined || f.entries.has(name))
                continue;
            r.inFile(f, [], `'${f.file}' gives no value for '${name}', which has no 'Default', so CloudFormation refuses to create the stack in ${f.region}. Add '${name}' with this Region's value.`);
        }
    }
    // Region-bound ids cannot be the same in two Regions: a copied file deploys against the wrong network.
    for (const [name, decl] of Object.entries(params)) {
        if (!(0,cloudformation/* isRecord */.u4)(decl))
            continue;
        const type = (0,cloudformation/* parameterValueType */.t8)(str(decl['Type']));
        if (!type.awsType || !REGIONAL_IDS[type.awsType] || type.ssm)
            continue;
        const seen = new Map();
        for (const f of usable) {
            const e = f.entries.get(name);
            const v = str(e?.value);
            if (!e || v === undefined)
                continue;
            const first = seen.get(v);
            if (first)
                r.inFile(f, e.path, `'${name}' has the same value '${v}' in '${first.file}' and '${f.file}'; ${type.awsType} ids belong to one Region, so one of the two stacks would not find it. Give each Region its own.`);
            else
                seen.set(v, f);
        }
    }
    return r.out;
}
/** Why one value does not fit its declaration (each a sentence ending with the fix); empty when it fits. */
function valueProblems(key, decl, value, region) {
    const out = [];
    const type = (0,cloudformation/* parameterValueType */.t8)(str(decl['Type']));
    const items = type.list ? value.split(',').map((s) => s.trim()) : [value];
    const allowed = Array.isArray(decl['AllowedValues'])
        ? decl['AllowedValues'].map((a) => String(a))
        : undefined;
    if (allowed && !type.list && !allowed.includes(value))
        out.push(`not one of its 'AllowedValues' (${allowed.map((a) => `'${a}'`).join(', ')}), so CloudFormation refuses it. Use one of them.`);
    const pattern = str(decl['AllowedPattern']);
    if (pattern !== undefined &&
        pattern.length <= 500 &&
        !NESTED_QUANTIFIER.test(pattern) &&
        value.length <= 4096) {
        let re;
        try {
            re = new RegExp(`^(?:${pattern})$`);
        }
        catch {
            re = undefined; // cfn-lint reports a pattern that is not a regular expression
        }
        if (re && !items.every((i) => re.test(i)))
            out.push(`which does not match its 'AllowedPattern' '${pattern}', so CloudFormation refuses it.`);
    }
    const min = Number(decl['MinLength']);
    const max = Number(decl['MaxLength']);
    if (decl['MinLength'] !== undefined && Number.isFinite(min) && value.length < min)
        out.push(`shorter than its 'MinLength' of ${min}, so CloudFormation refuses it.`);
    if (decl['MaxLength'] !== undefined && Number.isFinite(max) && value.length > max)
        out.push(`longer than its 'MaxLength' of ${max}, so CloudFormation refuses it.`);
    const numeric = str(decl['Type']) === 'Number' || str(decl['Type']) === 'List<Number>';
    if (numeric) {
        const nums = items.map((i) => (i === '' ? NaN : Number(i)));
        if (nums.some((n) => !Number.isFinite(n)))
            out.push(`which is not ${type.list ? 'a list of numbers' : 'a number'}, as its type '${str(decl['Type'])}' requires.`);
        const lo = Number(decl['MinValue']);
        const hi = Number(decl['MaxValue']);
        if (decl['MinValue'] !== undefined && nums.some((n) => n < lo))
            out.push(`below its 'MinValue' of ${lo}.`);
        if (decl['MaxValue'] !== undefined && nums.some((n) => n > hi))
            out.push(`above its 'MaxValue' of ${hi}.`);
    }
    if (type.awsType && !type.ssm) {
        const shape = REGIONAL_IDS[type.awsType] ?? GLOBAL_IDS[type.awsType];
        if (shape && !items.every((i) => shape.test(i)))
            out.push(`which is not ${type.list ? 'a comma-separated list of ids' : 'an id'} of type '${type.awsType}' (such as '${example(type.awsType)}'), so CloudFormation refuses it.`);
        if (type.awsType === 'AWS::EC2::AvailabilityZone::Name' &&
            !items.every((i) => i.startsWith(region) && i.length === region.length + 1))
            out.push(`but the zones of this file must be zones of ${region}, such as '${region}a'.`);
    }
    for (const m of value.matchAll(ARN_REGION)) {
        const r = m[1];
        if (r !== '' && r !== region && multi_region_model/* REGIONS */.ij.includes(r)) {
            out.push(`an ARN in ${r}, but this file deploys to ${region}: ${key === 'CertificateArn' || m[0].includes(':acm:') ? 'ACM certificates are regional, and a load balancer can use only a certificate of its own Region' : 'the resource must be in the Region that uses it'}. Use the ARN of the ${region} copy.`);
            break;
        }
    }
    return out;
}
function example(type) {
    return ({
        'AWS::EC2::VPC::Id': 'vpc-0a1b2c3d4e5f60718',
        'AWS::EC2::Subnet::Id': 'subnet-0a1b2c3d4e5f60718',
        'AWS::EC2::SecurityGroup::Id': 'sg-0a1b2c3d4e5f60718',
        'AWS::EC2::Image::Id': 'ami-0a1b2c3d4e5f60718',
        'AWS::Route53::HostedZone::Id': 'Z0123456789ABCDEFGHIJ',
    }[type] ?? '');
}
/** What a file (or the parameter's Default) sets a parameter to. */
function valueIn(t, f, name) {
    const e = f.entries.get(name);
    if (e)
        return { value: str(e.value), path: e.path };
    const d = (0,cloudformation/* isRecord */.u4)(t.Parameters?.[name]) ? t.Parameters[name]['Default'] : undefined;
    return { value: str(d), path: [] };
}
/**
 * The replica Region parameters: each Region's file must name another Region, or the template's Rules must
 * assert that the parameter differs from AWS::Region.
 */
function judgeReplicaParameters(t, files, ruleId) {
    const r = new Findings(ruleId);
    const usable = usableFiles(files);
    const params = [
        ...new Set((0,multi_region_model/* replicationDestinations */.i0)(t).flatMap((d) => (d.kind === 'parameter' ? [d.parameter] : []))),
    ];
    const unproven = [];
    for (const p of params) {
        for (const f of usable) {
            const { value, path } = valueIn(t, f, p);
            if (value === f.region)
                r.inFile(f, path, `'${f.file}' sets the replica Region '${p}' to '${value}', the Region this file deploys to, so ECR would replicate the registry into itself, which it refuses. Set it to the other Region.`);
            else if (value !== undefined && !(0,multi_region_model/* isRegion */.Dp)(value))
                r.inFile(f, path, `'${f.file}' sets the replica Region '${p}' to '${value}', which is not a Region code such as 'eu-west-1'.`);
        }
        if (usable.length === 0 && !(0,multi_region_model/* assertsOtherRegion */.Yy)(t, p))
            unproven.push(p);
    }
    return unproven.length
        ? {
            findings: r.out,
            unproven: `Nothing shows that ${unproven.map((p) => `'${p}'`).join(', ')} is another Region than the stack's: add the parameter files (each sets it to the other Region), or a template 'Rules' assertion "Fn::Not [Fn::Equals [!Ref ${unproven[0]}, !Ref AWS::Region]]".`,
        }
        : { findings: r.out };
}
/** Failover roles from a parameter: across the Regions' files, exactly one PRIMARY and at least one SECONDARY. */
function judgeFailoverRoles(t, files, ruleId) {
    const r = new Findings(ruleId);
    const usable = usableFiles(files);
    const params = [
        ...new Set((0,multi_region_model/* routingRecords */.xA)(t).flatMap((rec) => {
            const v = rec.props['Failover'];
            return rec.policy === 'failover' &&
                (0,cloudformation/* isRecord */.u4)(v) &&
                typeof v['Ref'] === 'string' &&
                (0,cloudformation/* isRecord */.u4)(t.Parameters?.[v['Ref']])
                ? [v['Ref']]
                : [];
        })),
    ];
    for (const p of params) {
        if (usable.length === 0)
            return {
                findings: r.out,
                unproven: `The failover role comes from '${p}', and there are no parameter files to show which Region is PRIMARY.`,
            };
        const roles = usable.map((f) => ({ f, ...valueIn(t, f, p) }));
        const primaries = roles.filter((x) => x.value === 'PRIMARY');
        const secondaries = roles.filter((x) => x.value === 'SECONDARY');
        if (primaries.length !== 1 || secondaries.length === 0) {
            const at = primaries[1] ?? roles.find((x) => x.value !== 'SECONDARY') ?? roles[0];
            r.inFile(at.f, at.path, `Across the parameter files '${p}' is ${roles.map((x) => `'${x.value ?? 'unset'}' in ${x.f.region}`).join(', ')}; failover needs exactly one Region with 'PRIMARY' and the others 'SECONDARY', or Route 53 has ${primaries.length === 0 ? 'no Region to prefer' : secondaries.length === 0 ? 'nowhere to fail over to' : 'two answers for the primary record'}.`);
        }
    }
    return { findings: r.out };
}
/** Whether the template and the parameter files back what recovery.yaml claims. */
function judgeRecoveryClaims(t, files, doc, ruleId) {
    const r = new Findings(ruleId);
    const v = (0,cloudformation/* isRecord */.u4)(doc.value) ? doc.value : {};
    const policies = new Set((0,multi_region_model/* routingRecords */.xA)(t).map((rec) => rec.policy));
    const traffic = v['traffic'];
    if (typeof traffic === 'string' && ['failover', 'latency', 'weighted'].includes(traffic)) {
        const needed = (0,multi_region_model/* policiesFor */.Ov)(traffic);
        if (!needed.some((p) => policies.has(p)))
            r.inYaml(doc, ['traffic'], `'traffic' is '${traffic}', but the template has no ${traffic} record ('${traffic === 'failover' ? 'Failover' : traffic === 'latency' ? 'Region' : 'Weight'}' on an 'AWS::Route53::RecordSet'), so the plan is not what would happen. Make the file and the template agree.`);
    }
    if (v['images'] === 'replicated' && (0,multi_region_model/* replicationDestinations */.i0)(t).length === 0)
        r.inYaml(doc, ['images'], "'images' is 'replicated', but the template has no ECR replication destination, so the second Region would have no image to start. Add the 'AWS::ECR::ReplicationConfiguration' or change the claim.");
    const regions = Array.isArray(v['regions'])
        ? v['regions'].filter((x) => typeof x === 'string')
        : undefined;
    if (regions) {
        const fileRegions = usableFiles(files).map((f) => f.region);
        const noFile = regions.filter((x) => multi_region_model/* COMMERCIAL_REGIONS */.vD.includes(x) && !fileRegions.includes(x));
        const unlisted = fileRegions.filter((x) => !regions.includes(x));
        if (noFile.length)
            r.inYaml(doc, ['regions'], `'regions' lists ${noFile.map((x) => `'${x}'`).join(', ')} without a parameter file, so nothing says how to deploy there. Add 'parameters/${noFile[0]}.json'.`);
        if (unlisted.length)
            r.inYaml(doc, ['regions'], `There are parameter files for ${unlisted.map((x) => `'${x}'`).join(', ')}, which 'regions' does not list. List every Region the stack is deployed to.`);
    }
    return r.out;
}

;// CONCATENATED MODULE: ./graders/rubrics/14-multi-region.ts
// Lab 14: the learner makes the labs-web stack deployable to two Regions from one template: no Region, zone,
// account or partition written into resources; images replicated to the other Region; Route 53 records that move
// users by health; one parameter file per Region that CloudFormation accepts; and a recovery.yaml that states the
// RTO, RPO and strategy and that the template backs. Thirty points over six items. Three checks need two files
// at once (a parameter file against the template, recovery.yaml against both); they live in
// rules/multi-region/cross-file.ts and run as the items' checks. Never deployed: it needs two Regions.






const _14_multi_region_LAB_ID = '14-multi-region';
const CFN_GUIDE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide';
const R53_GUIDE = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide';
const DR_WHITEPAPER = 'https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws';
/** Every file of the lab's parameters folder, one per Region. */
const PARAMETERS_FILE = {
    id: 'parameters',
    paths: ['parameters/'],
    kind: 'files',
    required: false,
};
/** The recovery objectives. */
const RECOVERY_FILE = {
    id: 'recovery',
    paths: ['recovery.yaml', 'recovery.yml'],
    kind: 'yaml',
    required: false,
};
function filesOf(ctx) {
    return (0,multi_region_model/* parameterFiles */.bY)(ctx.doc('parameters', 'files')?.files ?? []);
}
function verdict(findings, failed, unproven) {
    if (unproven)
        return { fraction: 0, feedback: unproven, findings };
    return findings.length === 0 ? { fraction: 1 } : { fraction: 0, feedback: failed, findings };
}
/** The replication item: a replica Region from a parameter is another Region in every Region's file. */
function replicaRegionCheck(ctx) {
    const doc = ctx.doc('template', 'cloudformation');
    if (!doc)
        return { fraction: 0 };
    const r = judgeReplicaParameters(doc.template, filesOf(ctx), `${_14_multi_region_LAB_ID}/replica-region`);
    return verdict(r.findings, 'A parameter file makes a Region replicate into itself.', r.unproven);
}
/** The routing item: failover roles from a parameter give exactly one Region PRIMARY. */
function failoverRolesCheck(ctx) {
    const doc = ctx.doc('template', 'cloudformation');
    if (!doc)
        return { fraction: 0 };
    const r = judgeFailoverRoles(doc.template, filesOf(ctx), `${_14_multi_region_LAB_ID}/failover-roles`);
    return verdict(r.findings, 'The parameter files do not give the failover roles one PRIMARY Region.', r.unproven);
}
/** The parameter files item: every file fits the template's Parameters. */
function parameterFilesCheck(ctx) {
    const doc = ctx.doc('template', 'cloudformation');
    if (!doc)
        return {
            fraction: 0,
            feedback: 'The template is missing or unreadable, so the parameter files cannot be checked against it.',
        };
    const findings = judgeParameterFiles(doc.template, filesOf(ctx), `${_14_multi_region_LAB_ID}/parameter-values`);
    return verdict(findings, "CloudFormation would refuse to create the stack with some of these parameter files, or create it with another Region's values.");
}
/** The recovery item: what recovery.yaml claims, the template and the parameter files do. */
function recoveryClaimsCheck(ctx) {
    const doc = ctx.doc('template', 'cloudformation');
    const recovery = ctx.doc('recovery', 'yaml');
    if (!doc || !recovery)
        return { fraction: 0 };
    const findings = judgeRecoveryClaims(doc.template, filesOf(ctx), recovery, `${_14_multi_region_LAB_ID}/recovery-claims`);
    return verdict(findings, "The template does not do what 'recovery.yaml' says it does.");
}
/* harmony default export */ const _14_multi_region = ((0,engine_define/* defineLab */.F)({
    id: _14_multi_region_LAB_ID,
    title: 'Multi-Region: one template, two Regions, and a plan for the bad day',
    part: '8 Multi-region architecture',
    summary: 'Make the labs-web stack deployable unchanged to two Regions: no Region, zone, account or partition written into resources; images replicated to the other Region; Route 53 failover or latency records decided by health checks of /health; one parameter file per Region that CloudFormation accepts; and a recovery.yaml stating the RTO, RPO and disaster recovery strategy the design meets.',
    files: [TEMPLATE_FILE, PARAMETERS_FILE, RECOVERY_FILE],
    sandbox: (0,sandbox/* notDeployed */._k)('This lab deploys one template to two Regions and creates Route 53 records in a hosted zone you own; the sandbox deploys one stack to one emulated Region, so it grades the files statically only.'),
    items: [
        {
            id: 'region-agnostic',
            title: 'Write no Region, zone, account or partition into resources and outputs',
            points: 6,
            file: 'template',
            rules: ['MRG001'],
            hint: "Replace every literal: '${AWS::Region}' for 'us-east-1' (in awslogs-region, endpoints and ARNs), '!Select [0, !GetAZs \"\"]' for 'us-east-1a', '${AWS::AccountId}' for the 12-digit account, and '${AWS::Partition}' for the 'aws' in 'arn:aws:' (AWS managed policies too: \"!Sub 'arn:${AWS::Partition}:iam::aws:policy/…'\"). What differs by Region belongs in a parameter, set in each 'parameters/<region>.json'.",
            praise: 'The template names no Region, zone, account or partition: it deploys unchanged anywhere.',
            evidence: [
                awsDoc(`${CFN_REFERENCE}/pseudo-parameter-reference.html`),
                awsDoc(`${CFN_REFERENCE}/intrinsic-function-reference-getavailabilityzones.html`),
                cfnLint('I3042'),
                cfnLint('W3010'),
                wellArchitected('REL13-BP04', 'rel_planning_for_recovery_config_drift.html'),
            ],
            docsUrl: `${CFN_REFERENCE}/pseudo-parameter-reference.html`,
        },
        {
            id: 'image-replication',
            title: "Replicate images to the other Region, never the stack's own",
            points: 4,
            file: 'template',
            rules: ['MRG002'],
            check: replicaRegionCheck,
            hint: "Give the template an 'AWS::ECR::ReplicationConfiguration' rule with one destination: its 'Region' from a String parameter such as 'ReplicaRegion', its 'RegistryId' from 'AWS::AccountId'. Each parameter file sets that parameter to the OTHER Region (eu-west-1 in us-east-1.json and the reverse). 'AWS::Region' is the stack's own Region, which ECR refuses as a destination. A template 'Rules' assertion that 'ReplicaRegion' differs from 'AWS::Region' makes CloudFormation refuse a wrong file.",
            praise: 'Every image pushed in one Region is copied to the other, ready to run there.',
            evidence: [
                awsDoc(`${ECR_GUIDE}/replication.html`),
                awsDoc(`${CFN_REFERENCE}/aws-resource-ecr-replicationconfiguration.html`),
                awsDoc(`${CFN_GUIDE}/rules-section-structure.html`),
                wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
            ],
            docsUrl: `${ECR_GUIDE}/replication.html`,
        },
        {
            id: 'dns-routing',
            title: 'Route users with failover or latency records that health decides',
            points: 5,
            file: 'template',
            rules: ['MRG003'],
            check: failoverRolesCheck,
            hint: "Add an 'AWS::Route53::RecordSet' for the application's name with 'SetIdentifier: !Ref AWS::Region' and either 'Failover: !Ref FailoverRole' (the us-east-1 file says PRIMARY, the eu-west-1 file SECONDARY) or latency routing ('Region: !Ref AWS::Region'). Give it 'HealthCheckId: !Ref HealthCheck', or make it an alias to '!GetAtt LoadBalancer.DNSName' (with 'HostedZoneId: !GetAtt LoadBalancer.CanonicalHostedZoneID') and 'EvaluateTargetHealth: true'.",
            praise: 'Route 53 sends users to a healthy Region, and each Region writes its own record.',
            evidence: [
                awsDoc(`${R53_GUIDE}/dns-failover-configuring.html`),
                awsDoc(`${R53_GUIDE}/routing-policy-failover.html`),
                awsDoc(`${R53_GUIDE}/routing-policy-latency.html`),
                awsDoc(`${CFN_REFERENCE}/aws-resource-route53-recordset.html`),
                wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
            ],
            docsUrl: `${R53_GUIDE}/dns-failover-configuring.html`,
        },
        {
            id: 'health-checks',
            title: "Probe the app's /health over HTTPS on this Region's endpoint",
            points: 4,
            file: 'template',
            rules: ['MRG004'],
            hint: "Add an 'AWS::Route53::HealthCheck' with 'HealthCheckConfig: { Type: HTTPS, Port: 443, ResourcePath: /health, FullyQualifiedDomainName: !GetAtt LoadBalancer.DNSName, EnableSNI: true, RequestInterval: 30, FailureThreshold: 3 }', so Route 53 asks the application itself, in this Region, whether it is well.",
            praise: "Route 53 decides each Region's health by asking the application's /health endpoint there.",
            evidence: [
                awsDoc(`${R53_GUIDE}/health-checks-creating-values.html`),
                awsDoc(`${R53_GUIDE}/dns-failover-determining-health-of-endpoints.html`),
                awsDoc(`${CFN_REFERENCE}/aws-resource-route53-healthcheck.html`),
                wellArchitected('REL11-BP01', 'rel_withstand_component_failures_monitoring_health.html'),
            ],
            docsUrl: `${R53_GUIDE}/health-checks-creating-values.html`,
        },
        {
            id: 'parameter-files',
            title: 'Keep one parameter file per Region that CloudFormation accepts',
            points: 6,
            file: 'parameters',
            rules: ['MRG005'],
            check: parameterFilesCheck,
            hint: 'Write \'parameters/<region>.json\' for each Region (at least two), as \'[{"ParameterKey": "…", "ParameterValue": "…"}]\' or \'{"Parameters": {"…": "…"}}\'. Give every parameter without a \'Default\', nothing the template does not declare, values within \'AllowedValues\', \'AllowedPattern\' and the length and value bounds, and each Region its own VPC, subnets and certificate: an ACM certificate is regional, so each file names the one in its own Region.',
            praise: 'Each Region has a parameter file CloudFormation accepts, with its own Regional values.',
            evidence: [
                awsDoc('https://docs.aws.amazon.com/cli/latest/reference/cloudformation/create-stack.html'),
                awsDoc(`${CFN_GUIDE}/continuous-delivery-codepipeline-cfn-artifacts.html`),
                awsDoc(`${CFN_GUIDE}/parameters-section-structure.html`),
                awsDoc('https://docs.aws.amazon.com/acm/latest/userguide/acm-regions.html'),
                wellArchitected('REL13-BP04', 'rel_planning_for_recovery_config_drift.html'),
            ],
            docsUrl: `${CFN_GUIDE}/parameters-section-structure.html`,
        },
        {
            id: 'recovery-objectives',
            title: 'State the RTO, RPO and strategy in recovery.yaml, and make the design meet them',
            points: 5,
            file: 'recovery',
            rules: ['MRG006'],
            check: recoveryClaimsCheck,
            hint: "Fill in 'recovery.yaml': 'strategy' (backup-and-restore, pilot-light, warm-standby or multi-site-active-active), 'rto' and 'rpo' as ISO 8601 durations ('PT15M'), 'regions' (one per parameter file), 'traffic' (failover for the first three strategies, latency or weighted for active/active, matching the template's records), 'images: replicated' (with the replication configuration) and 'how', a sentence or more on how the design meets the objectives.",
            praise: 'The recovery objectives are written down, and the template does what they need.',
            evidence: [
                awsDoc(`${DR_WHITEPAPER}/disaster-recovery-options-in-the-cloud.html`),
                awsDoc(`${DR_WHITEPAPER}/disaster-recovery-workloads-on-aws.html`),
                wellArchitected('REL13-BP01', 'rel_planning_for_recovery_objective_defined_recovery.html'),
                wellArchitected('REL13-BP02', 'rel_planning_for_recovery_disaster_recovery.html'),
            ],
            docsUrl: `${DR_WHITEPAPER}/disaster-recovery-options-in-the-cloud.html`,
        },
    ],
}));

// EXTERNAL MODULE: ./graders/rules/cdk/nag-pack-applied.ts
var nag_pack_applied = __webpack_require__(8912);
;// CONCATENATED MODULE: ./graders/rubrics/15-cdk-capstone.ts
// Lab 15: the capstone. The learner writes the labs-web production stack as a CDK app in TypeScript: a two-zone
// VPC, a cluster with Container Insights, a Fargate service in the private subnets behind an internet-facing ALB
// that serves HTTPS, the ECR repository its image comes from, target-tracking auto scaling, alarms on this stack's
// resources, and least-privilege roles; cdk-nag's AWS Solutions checks run on every synth, with every acknowledged
// finding reasoned; and unit tests assert on the synthesized template. The grader synthesizes the app (cdk.json) and
// grades the template with the very rules of labs 03, 05, 06, 08, 09 and 11; the app's own text shows the nag pack
// and the tests. Thirty points over twelve items.






const CDK_GUIDE = 'https://docs.aws.amazon.com/cdk/v2/guide';
const CDK_API = 'https://docs.aws.amazon.com/cdk/api/v2/docs';
const _15_cdk_capstone_AAS_GUIDE = 'https://docs.aws.amazon.com/autoscaling/application/userguide';
const _15_cdk_capstone_CW_GUIDE = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring';
const _15_cdk_capstone_IAM_GUIDE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide';
const CDK_NAG_README = 'https://github.com/cdklabs/cdk-nag#readme';
/** The template the app synthesizes: lab 15 is solved in CDK only, so a hand-written template is never read. */
const SYNTHESIZED = { ...TEMPLATE_FILE, paths: ['template.json'], cdk: 'only' };
/** Every text file of the app (cdk.json, bin/, lib/, test/), read as text: the nag pack and the unit tests. */
const APP_FILES = { id: 'app', paths: ['**'], kind: 'files', required: false };
/** Whether the template has an internet-facing Application Load Balancer (the HTTPS item's subject). */
function _15_cdk_capstone_hasInternetFacingAlb(t) {
    return (0,cloudformation/* resources */.ES)(t, 'AWS::ElasticLoadBalancingV2::LoadBalancer').some((lb) => {
        const type = (0,cloudformation/* literalString */.dc)(t, lb.props['Type'])?.toLowerCase() ?? 'application';
        const scheme = (0,cloudformation/* literalString */.dc)(t, lb.props['Scheme'])?.toLowerCase() ?? 'internet-facing';
        return type === 'application' && scheme !== 'internal';
    });
}
/**
 * The suppressions item judges reasons; a stack that never runs the pack has none to judge and has not shown that
 * it is clean, so it earns nothing here (CDK001 in the nag-pack item says what to add).
 */
function packApplied(ctx) {
    const app = ctx.doc('app', 'files');
    if (app && (0,nag_pack_applied/* appliesAwsSolutions */.iQ)(app))
        return { fraction: 1 };
    return {
        fraction: 0,
        feedback: "Not graded yet: the app does not run cdk-nag's AwsSolutionsChecks with 'writeSuppressionsToCloudFormation: true' (see the 'Run the AWS Solutions checks' item), so nothing shows the stack is clean or that its exceptions are reasoned.",
    };
}
/* harmony default export */ const _15_cdk_capstone = ((0,engine_define/* defineLab */.F)({
    id: '15-cdk-capstone',
    title: 'CDK capstone: the production stack in TypeScript',
    part: '8 Enterprise patterns and assessment',
    summary: 'Write the labs-web production stack as a CDK app: a two-zone VPC, a cluster with Container Insights, a Fargate service in private subnets behind an internet-facing ALB that serves HTTPS, its ECR repository, target-tracking auto scaling, alarms on its own resources, and least-privilege roles; run the cdk-nag AWS Solutions checks with every exception reasoned, and unit-test the stack with Template.fromStack.',
    files: [SYNTHESIZED, APP_FILES],
    sandbox: (0,sandbox/* notDeployed */._k)("The service's image comes from the stack's own new ECR repository, which holds no image until you push one, so in a sandbox the tasks could never start. The grader synthesizes the app and grades the template statically; deploy it to your own account with 'npx cdk deploy' when you want to see it run."),
    items: [
        {
            id: 'network',
            title: 'Build a two-zone VPC with public and private subnets and a way out for the tasks',
            points: 3,
            file: 'template',
            rules: ['VPC001', 'VPC002', 'VPC003'],
            cfnLint: ['E3059', 'E3060'],
            hint: "'new ec2.Vpc(this, 'Vpc', { maxAzs: 2, natGateways: 1 })' builds a public and a private subnet in each of two zones, with 'Fn::GetAZs' rather than zone names, and a NAT gateway for the private subnets. Name the tiers with 'subnetConfiguration' ('SubnetType.PUBLIC' and 'SubnetType.PRIVATE_WITH_EGRESS'); 'PRIVATE_ISOLATED' subnets need VPC endpoints for ECR, S3 and CloudWatch Logs instead.",
            praise: 'The network spans two zones, with a public tier for the load balancer and a private one for the tasks.',
            evidence: [
                wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
                wellArchitected('SEC05-BP01', 'sec_network_protection_create_layers.html'),
                cfnLint('E3059'),
                awsDoc(`${CDK_API}/aws-cdk-lib.aws_ec2.Vpc.html`),
                awsDoc(`${VPC_GUIDE}/vpc-example-private-subnets-nat.html`),
            ],
            docsUrl: `${CDK_API}/aws-cdk-lib.aws_ec2.Vpc.html`,
        },
        {
            id: 'container-insights',
            title: 'Turn on Container Insights for the cluster',
            points: 2,
            file: 'template',
            rules: ['SVC001'],
            hint: "Give the cluster 'containerInsightsV2: ecs.ContainerInsights.ENHANCED' (or 'ENABLED'), and pass that cluster to the service, so it does not land in the account's 'default' cluster.",
            praise: 'CloudWatch collects CPU, memory and task metrics for the cluster.',
            evidence: [
                securityHub('ECS.12'),
                checkov('CKV_AWS_65'),
                cdkNag('AwsSolutions-ECS4'),
                awsDoc(`${ECS_GUIDE}/cloudwatch-container-insights.html`),
            ],
            docsUrl: `${ECS_GUIDE}/cloudwatch-container-insights.html`,
        },
        {
            id: 'private-fargate-service',
            title: 'Run at least two Fargate tasks in the private subnets of two zones, without public IPs',
            points: 3,
            file: 'template',
            rules: ['SVC002', 'SVC003', 'SVC004', 'SVC011'],
            cfnLint: ['E3044', 'E3047', 'E3048'],
            hint: "A 'FargateService' (or 'ApplicationLoadBalancedFargateService') with 'desiredCount: 2', 'assignPublicIp: false' and 'vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }'. The tasks then reach ECR and CloudWatch Logs through the NAT gateway, and the internet cannot reach them directly.",
            praise: 'Two tasks run on Fargate in private subnets of two zones.',
            evidence: [
                securityHub('ECS.2'),
                checkov('CKV_AWS_333', 'terraform'),
                cfnLint('E3044'),
                cfnLint('E3047'),
                wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
                awsDoc(`${ECS_GUIDE}/fargate-task-networking.html`),
            ],
            docsUrl: `${ECS_GUIDE}/fargate-task-networking.html`,
        },
        {
            id: 'https-load-balancer',
            title: 'Serve HTTPS from an internet-facing ALB that checks /health and redirects HTTP',
            points: 3,
            file: 'template',
            rules: ['SVC005', 'SVC006', 'SVC013'],
            cfnLint: ['E3676'],
            check: requires(_15_cdk_capstone_hasInternetFacingAlb, 'The stack has no internet-facing Application Load Balancer yet, so nothing serves HTTPS: add the load balancer first (task 3).'),
            hint: "Take the certificate's ARN as a 'CfnParameter' and wrap it with 'acm.Certificate.fromCertificateArn' (or create an 'acm.Certificate' for your domain). Add an HTTPS listener on 443 with 'sslPolicy: elbv2.SslPolicy.TLS13_RES' whose target group checks 'healthCheck: { path: '/health' }', and 'loadBalancer.addRedirect()' for port 80. The ALB sits in the public subnets of both zones.",
            praise: 'Browsers reach the app only over TLS, plain HTTP is redirected, and only healthy tasks get traffic.',
            evidence: [
                securityHub('ELB.1'),
                securityHub('ELB.17'),
                cfnLint('E3676'),
                checkov('CKV_AWS_2'),
                awsDoc(`${ELB_GUIDE}/create-https-listener.html`),
                awsDoc(`${ELB_GUIDE}/target-group-health-checks.html`),
            ],
            docsUrl: `${ELB_GUIDE}/create-https-listener.html`,
        },
        {
            id: 'network-isolation',
            title: 'Open only the load balancer to the internet, and the tasks only to the load balancer',
            points: 2,
            file: 'template',
            rules: ['SVC007', 'VPC004'],
            hint: "Give the service its own security group and allow the app port from the load balancer's group only ('serviceSg.addIngressRule(albSg, ec2.Port.tcp(8080))', or 'service.connections.allowFrom(loadBalancer, ...)'); 'addTargets' on a listener does that for you. Only the load balancer's group admits 0.0.0.0/0, and only on 80 and 443.",
            praise: 'The internet reaches the load balancer, and the load balancer alone reaches the tasks.',
            evidence: [
                cdkNag('AwsSolutions-EC23'),
                checkov('CKV_AWS_260'),
                wellArchitected('SEC05-BP02', 'sec05-bp02.html'),
                awsDoc(`${VPC_GUIDE}/security-group-rules.html`),
            ],
            docsUrl: `${VPC_GUIDE}/security-group-rules.html`,
        },
        {
            id: 'ecr-repository',
            title: 'Keep the image in an ECR repository that scans on push and has immutable tags',
            points: 2,
            file: 'template',
            rules: ['ECR001', 'ECR002'],
            hint: "'new ecr.Repository(this, 'Repository', { imageScanOnPush: true, imageTagMutability: ecr.TagMutability.IMMUTABLE })', and run the container from it with 'ecs.ContainerImage.fromEcrRepository(repository, tag)', which also grants the execution role the pull actions on that repository only.",
            praise: 'Images are scanned when pushed, and a tag always means the same image.',
            evidence: [
                securityHub('ECR.1'),
                securityHub('ECR.2'),
                checkov('CKV_AWS_163'),
                checkov('CKV_AWS_51'),
                awsDoc(`${ECR_GUIDE}/image-scanning.html`),
                awsDoc(`${ECR_GUIDE}/image-tag-mutability.html`),
            ],
            docsUrl: `${ECR_GUIDE}/image-tag-mutability.html`,
        },
        {
            id: 'auto-scaling',
            title: 'Scale the service between at least two tasks and a ceiling, tracking CPU',
            points: 3,
            file: 'template',
            rules: ['SCL001', 'SCL002', 'SCL003'],
            hint: "'const scaling = service.autoScaleTaskCount({ minCapacity: 2, maxCapacity: 6 })' registers the service as a scalable target; 'scaling.scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: 60 })' adds the target-tracking policy. 'scaleOnRequestCount' with the target group tracks requests per task as well.",
            praise: 'Application Auto Scaling keeps average CPU near its target, never below two tasks.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/service-autoscaling-targettracking.html`),
                awsDoc(`${_15_cdk_capstone_AAS_GUIDE}/application-auto-scaling-target-tracking.html`),
                wellArchitected('REL07-BP01', 'rel_adapt_to_changes_autoscale_adapt.html'),
            ],
            docsUrl: `${ECS_GUIDE}/service-autoscaling-targettracking.html`,
        },
        {
            id: 'alarms',
            title: "Alarm on this stack's CPU, memory, 5xx responses and unhealthy targets, and notify SNS",
            points: 3,
            file: 'template',
            rules: ['OBS006', 'OBS007'],
            hint: "'service.metricCpuUtilization().createAlarm(...)' and 'service.metricMemoryUtilization()' watch this service; 'loadBalancer.metrics.httpCodeTarget(elbv2.HttpCodeTarget.TARGET_5XX_COUNT)' its 5xx responses; for unhealthy targets build a 'cloudwatch.Metric' of 'AWS/ApplicationELB' 'UnHealthyHostCount' with 'LoadBalancer: loadBalancer.loadBalancerFullName' and 'TargetGroup: targetGroup.targetGroupFullName'. Give each alarm 'addAlarmAction(new actions.SnsAction(topic))'.",
            praise: 'Alarms watch this service and its load balancer, and tell the team through SNS.',
            evidence: [
                awsDoc(`${_15_cdk_capstone_CW_GUIDE}/Best_Practice_Recommended_Alarms_AWS_Services.html`),
                awsDoc(`${ECS_GUIDE}/available-metrics.html`),
                securityHub('CloudWatch.15'),
                wellArchitected('OPS06-BP01', 'ops06-bp01.html'),
            ],
            docsUrl: `${_15_cdk_capstone_CW_GUIDE}/Best_Practice_Recommended_Alarms_AWS_Services.html`,
        },
        {
            id: 'least-privilege',
            title: 'Keep the task and execution roles apart, with named actions on named resources',
            points: 3,
            file: 'template',
            rules: ['IAM001', 'IAM002', 'IAM003'],
            hint: "Pass 'executionRole' and 'taskRole' (two 'iam.Role's assumed by 'ecs-tasks.amazonaws.com') to the task definition, and let the constructs grant what they need: 'fromEcrRepository' grants the pulls on that repository, 'awsLogs' the writes to that log group, 'bucket.grantRead(taskRole)' the reads of that bucket. Never 'actions: ['*']' or 'resources: ['*']' except for actions that support no resource, such as 'ecr:GetAuthorizationToken'.",
            praise: 'Each role holds only named actions on this stack’s resources.',
            evidence: [
                cdkNag('AwsSolutions-IAM5'),
                cdkNag('AwsSolutions-IAM4'),
                securityHub('IAM.21'),
                checkov('CKV_AWS_249', 'terraform'),
                awsDoc(`${_15_cdk_capstone_IAM_GUIDE}/best-practices.html#grant-least-privilege`),
            ],
            docsUrl: `${ECS_GUIDE}/task-iam-roles.html`,
        },
        {
            id: 'nag-pack',
            title: 'Run the AWS Solutions checks of cdk-nag on every synth',
            points: 2,
            file: 'app',
            rules: ['CDK001'],
            hint: "In 'bin/app.ts': \"Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }))\". Every 'cdk synth' then checks the stack and fails on an error you have neither fixed nor acknowledged; the option writes your acknowledgments into the template, where reviewers read them.",
            praise: 'Every synth checks the stack against the AWS Solutions rules.',
            evidence: [cdkNag('AwsSolutions'), awsDoc(`${CDK_GUIDE}/policy-validation-synthesis.html`)],
            docsUrl: `${CDK_GUIDE}/policy-validation-synthesis.html`,
        },
        {
            id: 'nag-suppressions',
            title: 'Give every acknowledged cdk-nag finding a reason',
            points: 2,
            file: 'template',
            rules: ['CDK002'],
            check: packApplied,
            hint: "Fix what you can; for a finding that is right for this stack, acknowledge it on the construct it is about with a sentence a reviewer can check: \"Validations.of(albSecurityGroup).acknowledge({ id: 'AwsSolutions-EC23', reason: 'The public load balancer must accept HTTPS from anywhere.' })\". Granular findings are acknowledged one by one ('AwsSolutions-IAM5[Resource::*]').",
            praise: 'The stack is clean, and every exception says why.',
            evidence: [
                cdkNag('AwsSolutions-IAM5'),
                cdkNag('AwsSolutions-EC23'),
                awsDoc(`${CDK_GUIDE}/policy-validation-synthesis.html`),
            ],
            docsUrl: CDK_NAG_README,
        },
        {
            id: 'unit-tests',
            title: 'Unit-test the stack with Template.fromStack',
            points: 2,
            file: 'app',
            rules: ['CDK003'],
            hint: "In 'test/capstone-stack.test.ts', build the stack in a new App, take \"const template = Template.fromStack(stack)\" (from 'aws-cdk-lib/assertions') and assert at least three things, among them the service (\"template.hasResourceProperties('AWS::ECS::Service', { LaunchType: 'FARGATE' })\") and the listeners (\"template.resourceCountIs('AWS::ElasticLoadBalancingV2::Listener', 2)\"). Run them with 'npx vitest run labs/15-cdk-capstone'.",
            praise: 'Tests pin down the service and the listeners, so a refactor that drops either fails before a deploy.',
            evidence: [
                awsDoc(`${CDK_GUIDE}/testing.html`),
                awsDoc(`${CDK_API}/aws-cdk-lib.assertions.Template.html`),
            ],
            docsUrl: `${CDK_GUIDE}/testing.html`,
        },
    ],
}));

;// CONCATENATED MODULE: ./graders/starters.generated.ts
// Generated by `npm run docs` (.github/scripts/gen-docs.ts) from the starter files in labs/: do not edit.
// sha256 of each graded starter file's text as the workspace reader returns it (UTF-8, LF line endings), by lab
// id and path in the lab folder. A lab whose graded files are all missing or equal to these is not started
// (graders/engine/starters.ts). test/meta/docs.test.ts fails when a starter changed and this was not regenerated.
const STARTERS = {
    '01-production-dockerfile': {
        '.dockerignore': '4ae38bdb137dee94d8573d1ff3ff1cf9c191440989e03d007a0e441d5ca19617',
        Dockerfile: '8e5e3cfc2905f36f718041e5740795df27c230d0091bfe120e012a9c9a66a39f',
    },
    '02-ecs-task-definition': {
        'task-definition.json': '30d2fd821c6a191e2e74bd6adfc9995377803432ffbdce9cbf3bf726fa999717',
    },
    '03-ecs-service-alb': {
        'template.yaml': '310152be108454738e838fbc5b88a92257547d0ed7f2e74f44e16f53a5f5e414',
    },
    '04-fargate-cost-capacity': {
        'template.yaml': 'cdfc116f080c9b01590feec8b4b8823607837bb69942f741ee4c060df41461b6',
    },
    '05-ecr-registry': {
        'lifecycle-policy.json': 'e1095bab5e6ca59b7c8d3fa2b164bfe7f831c9eb6c81a66bff22811276e35d99',
        'template.yaml': 'f499b80919a6ebac444c27259876037a48f899707d5374189f45296c5d1f4a53',
    },
    '06-vpc-networking': {
        'template.yaml': '76d6abddfb386c42cca28e89bf794fc56ea236f0b70e84ff48e5b99ee07346d7',
    },
    '07-service-connect': {
        'template.yaml': 'aa224b9c789a4c42823180d12bb2fa0f8b7d45169091c2373570d4b11c2872ac',
    },
    '08-iam-security': { 'template.yaml': '6ca8d58dc4c5b106e09de8cf71330a826fc81bf296cc571e62ee0d83517e1507' },
    '09-auto-scaling': { 'template.yaml': 'bda3eb508ca2e7d9847efa5f1a60f7844484d07bc5e20e18a97ff959aedeabfc' },
    '10-blue-green': { 'template.yaml': 'b3c062d56045f6aedb37a2bfe14e2c74fe5e8834e7822cdef031205916f09684' },
    '11-observability': { 'template.yaml': 'f73bcf856136259d90d16d55d7b837225263f9cc282080d3f8b9ab7a20dc3176' },
    '12-eks-workload': {
        'cluster.yaml': 'be5516592e4e36c034f4fa174e1366b78ee2248daadedace20f898c40493b444',
        'k8s/deployment.yaml': 'df49d3df93a873740088a20f4f5ab7cf9df47d5f253c2c987b99f6afe07d6657',
        'k8s/namespace.yaml': '5ae7854da5a45e61765478b6939ec41770f3b542dd5bb10b99bd578dc54a41fe',
        'k8s/service.yaml': 'e73d3df8db37cac339a5cc85110a35b526dd6c311ee5f17350716ca08704732e',
    },
    '13-express-mode': { 'template.yaml': 'dc89600c12de59016888bbb6cb7e13bff53612f519292a965780b528b596205b' },
    '14-multi-region': {
        'recovery.yaml': '81a47850c44f2e7fbe0600d9200378b7672e3829c0c445c7923eb04d74b3ebb6',
        'template.yaml': 'f6c4b9b8a3d91df6d552cfe87322ede7192a702605d000f23eaa90802617a917',
    },
    '15-cdk-capstone': {
        'bin/app.ts': '067f8a67b72c622e5968765a11decc5d82a078b5f006459d0ea5e84161fba8da',
        'cdk.json': '207ca124d7d0cf2316a20391aa01b60fc44b0cc5a621aa880192739b374edec3',
        'lib/capstone-stack.ts': '336e69fa389bfc5766660c21454446ae30580de807f65e3315119bc677213ddd',
        'test/capstone-stack.test.ts': '59a11a4ebadf7d0a67b7cfaa2b6525b07d9548a30be6fff784c4cb1a7f8021e1',
    },
};

;// CONCATENATED MODULE: ./graders/labs.ts
// The labs: every rubric, in the fixed order that keeps reports deterministic, with its starters' hashes. Apart
// from the rules (graders/index.ts) so that a run which grades nothing anew (every lab unchanged since the result
// cache kept it) does not load them: they are most of the grader's code.

















/** The labs as their rubrics declare them, without starters: what `npm run docs` hashes the starters for. */
const RUBRICS = [
    _01_production_dockerfile,
    _02_ecs_task_definition,
    _03_ecs_service_alb,
    _04_fargate_cost_capacity,
    _05_ecr_registry,
    _06_vpc_networking,
    _07_service_connect,
    _08_iam_security,
    _09_auto_scaling,
    _10_blue_green,
    _11_observability,
    _12_eks_workload,
    _13_express_mode,
    _14_multi_region,
    _15_cdk_capstone,
];
/**
 * The labs graded: each rubric with the hashes of its starter files (graders/starters.generated.ts), so a lab
 * whose files are all untouched starters is reported as not started and earns nothing. A test that imports a
 * rubric module directly grades without them, as if every file present were the learner's work.
 */
const LABS = (0,starters/* withStarters */.Re)(RUBRICS, STARTERS);
function findLab(id) {
    return LABS.find((l) => l.id === id);
}


/***/ }),

/***/ 2408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ capacityOf),
/* harmony export */   D7: () => (/* binding */ ECS_DIMENSION),
/* harmony export */   E5: () => (/* binding */ LOAD_BALANCER),
/* harmony export */   EP: () => (/* binding */ LISTENER_RULE),
/* harmony export */   KC: () => (/* binding */ ecsTargets),
/* harmony export */   My: () => (/* binding */ hasEcsScalableTarget),
/* harmony export */   Nk: () => (/* binding */ intendedService),
/* harmony export */   O1: () => (/* binding */ serviceNameForms),
/* harmony export */   OA: () => (/* binding */ partIs),
/* harmony export */   OJ: () => (/* binding */ ECS_NAMESPACE),
/* harmony export */   PS: () => (/* binding */ replicaServices),
/* harmony export */   QM: () => (/* binding */ SCALABLE_TARGET),
/* harmony export */   QR: () => (/* binding */ targetsOf),
/* harmony export */   R3: () => (/* binding */ policies),
/* harmony export */   Tt: () => (/* binding */ judgeResourceId),
/* harmony export */   WV: () => (/* binding */ scalingMessages),
/* harmony export */   YV: () => (/* binding */ SERVICE),
/* harmony export */   Z: () => (/* binding */ LISTENER),
/* harmony export */   _$: () => (/* binding */ ALARM),
/* harmony export */   _4: () => (/* binding */ TARGET_GROUP),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   j8: () => (/* binding */ REQUEST_METRIC),
/* harmony export */   jp: () => (/* binding */ clusterNameForms),
/* harmony export */   k1: () => (/* binding */ policyPath),
/* harmony export */   k8: () => (/* binding */ tokensOf),
/* harmony export */   lX: () => (/* binding */ renderTokens),
/* harmony export */   lb: () => (/* binding */ predefinedMetric),
/* harmony export */   m5: () => (/* binding */ judgeServiceDimensions),
/* harmony export */   mH: () => (/* binding */ CPU_METRIC),
/* harmony export */   n2: () => (/* binding */ targetTrackingConfig),
/* harmony export */   rk: () => (/* binding */ renderForm),
/* harmony export */   zH: () => (/* binding */ judgeServicePolicies)
/* harmony export */ });
/* unused harmony exports CLUSTER, SCALING_POLICY, splitTokens, intrinsicForm, isEcsTarget, policiesOf */
/* harmony import */ var _lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9325);
/* harmony import */ var _ecs_service_util_service_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7121);


const SERVICE = 'AWS::ECS::Service';
const CLUSTER = 'AWS::ECS::Cluster';
const SCALABLE_TARGET = 'AWS::ApplicationAutoScaling::ScalableTarget';
const SCALING_POLICY = 'AWS::ApplicationAutoScaling::ScalingPolicy';
const ALARM = 'AWS::CloudWatch::Alarm';
const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';
const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
const LISTENER_RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule';
const ECS_NAMESPACE = 'ecs';
/** Messages every rule of the set that needs a service shares. */
const scalingMessages = {
    noService: "The template defines no 'AWS::ECS::Service', so there is nothing to scale yet. Add the service first (see the lab README).",
};
const ECS_DIMENSION = 'ecs:service:DesiredCount';
const CPU_METRIC = 'ECSServiceAverageCPUUtilization';
const REQUEST_METRIC = 'ALBRequestCountPerTarget';
/**
 * The tokens a string value is built from, or undefined when part of it is decided by something the grader does
 * not follow (`ImportValue`, `If`, `Select`, a Join over a list parameter). Adjacent text is merged.
 */
function tokensOf(v) {
    const out = rawTokens(v, 0);
    return out === undefined ? undefined : merge(out);
}
function rawTokens(v, depth) {
    if (depth > 8)
        return undefined;
    if (typeof v === 'string')
        return [{ text: v }];
    if (typeof v === 'number')
        return [{ text: String(v) }];
    if (!(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isIntrinsic */ .I9)(v))
        return undefined;
    if (typeof v['Ref'] === 'string')
        return [{ ref: v['Ref'] }];
    const ga = v['Fn::GetAtt'];
    if (Array.isArray(ga) && typeof ga[0] === 'string' && typeof ga[1] === 'string')
        return [{ ref: ga[0], attr: ga[1] }];
    if (typeof ga === 'string' && ga.includes('.'))
        return [{ ref: ga.slice(0, ga.indexOf('.')), attr: ga.slice(ga.indexOf('.') + 1) }];
    const sub = v['Fn::Sub'];
    if (typeof sub === 'string')
        return subTokens(sub, {}, depth);
    if (Array.isArray(sub) && typeof sub[0] === 'string')
        return subTokens(sub[0], (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(sub[1]) ? sub[1] : {}, depth);
    const join = v['Fn::Join'];
    if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
        const out = [];
        for (const [i, part] of join[1].entries()) {
            if (i > 0 && join[0] !== '')
                out.push({ text: join[0] });
            const inner = rawTokens(part, depth + 1);
            if (inner === undefined)
                return undefined;
            out.push(...inner);
        }
        return out;
    }
    return undefined;
}
function subTokens(text, vars, depth) {
    const out = [];
    let last = 0;
    for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
        out.push({ text: text.slice(last, m.index) });
        last = m.index + m[0].length;
        const name = m[1].trim();
        // '${!Literal}' writes '${Literal}' itself.
        if (name.startsWith('!')) {
            out.push({ text: `\${${name.slice(1)}}` });
            continue;
        }
        if (name in vars) {
            const inner = rawTokens(vars[name], depth + 1);
            if (inner === undefined)
                return undefined;
            out.push(...inner);
        }
        else if (!name.startsWith('AWS::') && name.includes('.')) {
            out.push({ ref: name.slice(0, name.indexOf('.')), attr: name.slice(name.indexOf('.') + 1) });
        }
        else
            out.push({ ref: name });
    }
    out.push({ text: text.slice(last) });
    return out;
}
function merge(tokens) {
    const out = [];
    for (const t of tokens) {
        const prev = out[out.length - 1];
        if ('text' in t && prev && 'text' in prev)
            out[out.length - 1] = { text: prev.text + t.text };
        else if (!('text' in t) || t.text !== '')
            out.push(t);
    }
    return out;
}
/** Splits tokens at every '/' in their text: `service/${Cluster}/${Service.Name}` → three parts. */
function splitTokens(tokens) {
    const parts = [[]];
    for (const t of tokens) {
        if (!('text' in t)) {
            parts[parts.length - 1].push(t);
            continue;
        }
        t.text.split('/').forEach((piece, i) => {
            if (i > 0)
                parts.push([]);
            if (piece !== '')
                parts[parts.length - 1].push({ text: piece });
        });
    }
    return parts;
}
/** Tokens written back as a Sub string, to quote in a message: `service/${Cluster}/${Service}`. */
function renderTokens(tokens) {
    return tokens.map((t) => ('text' in t ? t.text : `\${${t.ref}${t.attr ? `.${t.attr}` : ''}}`)).join('');
}
/** How a message quotes a property value: as the string it builds where it can be read, else by its kind. */
function quote(v) {
    if (v === undefined)
        return 'missing';
    const tokens = tokensOf(v);
    if (tokens)
        return `'${renderTokens(tokens)}'`;
    if ((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isIntrinsic */ .I9)(v))
        return `a value computed with '${Object.keys(v)[0]}'`;
    return Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `'${String(v)}'`;
}
/**
 * The ways a template can write the name of a service's cluster: `Ref` of the cluster resource (or of the
 * parameter the service uses), the cluster's literal `ClusterName`, or 'default' when the service names none.
 */
function clusterNameForms(t, svc) {
    const v = svc.props['Cluster'];
    if (v === undefined)
        return [{ text: 'default' }];
    if (typeof v === 'string')
        return [{ text: v.replace(/^arn:[^:]+:ecs:[^:]*:[^:]*:cluster\//, '') }];
    const id = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(v);
    if (!id)
        return undefined;
    const forms = [{ ref: id }];
    const cluster = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resource */ .Zc)(t, id);
    if (cluster?.resource.Type === CLUSTER) {
        const name = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, cluster.props['ClusterName']);
        if (name !== undefined)
            forms.push({ text: name });
    }
    else if (!t.Parameters?.[id])
        return undefined;
    return forms;
}
/** The ways a template can write a service's name: `GetAtt Service.Name`, or its literal `ServiceName`. */
function serviceNameForms(t, svc) {
    const forms = [{ ref: svc.name, attr: 'Name' }];
    const name = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, svc.props['ServiceName']);
    if (name !== undefined)
        forms.push({ text: name });
    return forms;
}
/** Whether one path part (a list of tokens) is exactly one of the accepted forms. */
function partIs(part, forms) {
    if (part.length !== 1)
        return false;
    const t = part[0];
    return forms.some((f) => 'text' in f ? 'text' in t && t.text === f.text : 'ref' in t && t.ref === f.ref && t.attr === f.attr);
}
/** How a message names the spelling as YAML writes it: `!Ref Cluster`, `!GetAtt WebService.Name`, or the text. */
function intrinsicForm(f) {
    return 'text' in f ? f.text : f.attr ? `!GetAtt ${f.ref}.${f.attr}` : `!Ref ${f.ref}`;
}
/** How a message names the expected spelling inside a Sub string: `${Cluster}`, `${WebService.Name}`. */
function renderForm(f) {
    return 'text' in f ? f.text : `\${${f.ref}${f.attr ? `.${f.attr}` : ''}}`;
}
/** Judges a `ResourceId` against `service/<cluster name>/<service name>` of one service of this stack. */
function judgeResourceId(t, v, svc) {
    const tokens = tokensOf(v);
    if (!tokens)
        return { kind: 'unknown' };
    const got = renderTokens(tokens);
    const parts = splitTokens(tokens);
    if (parts.length !== 3 || !partIs(parts[0], [{ text: 'service' }]))
        return { kind: 'shape', got };
    const clusters = clusterNameForms(t, svc);
    if (clusters && !partIs(parts[1], clusters))
        return { kind: 'cluster', got: renderTokens(parts[1]), want: renderForm(clusters[0]) };
    const names = serviceNameForms(t, svc);
    if (!partIs(parts[2], names))
        return { kind: 'service', got: renderTokens(parts[2]), want: renderForm(names[0]) };
    return { kind: 'ok' };
}
/** ECS services of the template that run the REPLICA scheduler (the only ones Application Auto Scaling scales). */
function replicaServices(t) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, SERVICE).filter((s) => (0,_ecs_service_util_service_js__WEBPACK_IMPORTED_MODULE_1__/* .schedulingStrategy */ .w)(t, s) === 'REPLICA');
}
/**
 * The service a scaling resource's `ResourceId` is meant for: the one it refers to, or else the one whose
 * literal `ServiceName` is its last part. Undefined when it names no service of this stack.
 */
function intendedService(t, resourceId) {
    const services = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, SERVICE);
    const byRef = services.find((s) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .refersTo */ .zA)(resourceId, s.name));
    if (byRef)
        return byRef;
    const tokens = tokensOf(resourceId);
    const last = tokens ? splitTokens(tokens).at(-1) : undefined;
    if (!last)
        return undefined;
    return services.find((s) => partIs(last, serviceNameForms(t, s).filter((f) => 'text' in f)));
}
/** Whether a scalable target is meant for ECS: its namespace says so, or its ResourceId names a service of the stack. */
function isEcsTarget(t, target) {
    const ns = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, target.props['ServiceNamespace']);
    return ns === ECS_NAMESPACE || intendedService(t, target.props['ResourceId']) !== undefined;
}
function ecsTargets(t) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, SCALABLE_TARGET).filter((r) => isEcsTarget(t, r));
}
/** The ECS scalable targets meant for this service. */
function targetsOf(t, svc) {
    return ecsTargets(t).filter((r) => intendedService(t, r.props['ResourceId'])?.name === svc.name);
}
/** Whether the template has an ECS scalable target (the subject of the capacity and desired-count items). */
function hasEcsScalableTarget(t) {
    return ecsTargets(t).length > 0;
}
function capacityOf(t, target) {
    return {
        min: (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalNumber */ .TB)(t, target.props['MinCapacity']),
        max: (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalNumber */ .TB)(t, target.props['MaxCapacity']),
    };
}
function policies(t) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, SCALING_POLICY).map((r) => {
        const type = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, r.props['PolicyType']);
        const byId = r.props['ScalingTargetId'];
        let target;
        let service;
        if (byId !== undefined) {
            const st = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resource */ .Zc)(t, (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(byId) ?? '');
            if (st?.resource.Type === SCALABLE_TARGET) {
                target = st;
                service = intendedService(t, st.props['ResourceId']);
            }
        }
        else if (r.props['ResourceId'] !== undefined) {
            // The long form: the policy repeats the target's ResourceId, dimension and namespace instead.
            service = intendedService(t, r.props['ResourceId']);
            target = service ? targetsOf(t, service)[0] : undefined;
        }
        return { r, type, target, service };
    });
}
function policiesOf(t, svc) {
    return policies(t).filter((p) => p.service?.name === svc.name);
}
/** The predefined metric a target-tracking configuration tracks, if any. */
function predefinedMetric(t, p) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(p.r.props, [
        'TargetTrackingScalingPolicyConfiguration',
        'PredefinedMetricSpecification',
        'PredefinedMetricType',
    ]));
}
function targetTrackingConfig(p) {
    const c = p.r.props['TargetTrackingScalingPolicyConfiguration'];
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(c) ? c : undefined;
}
function policyPath(p, ...rest) {
    return [...p.r.path, 'Properties', ...rest];
}
/**
 * Judges `ClusterName` and `ServiceName` dimensions (a list of `{ Name, Value }`) against a service of this
 * stack: each must be present and resolve to the service's cluster and its name. Returns the problems found.
 */
function judgeServiceDimensions(t, dimensions, svc) {
    const list = Array.isArray(dimensions) ? dimensions.filter(_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4) : [];
    const valueOf = (name) => list.find((d) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, d['Name']) === name)?.['Value'];
    const problems = [];
    const checks = [
        ['ClusterName', clusterNameForms(t, svc)],
        ['ServiceName', serviceNameForms(t, svc)],
    ];
    for (const [name, forms] of checks) {
        const v = valueOf(name);
        const want = forms ? intrinsicForm(forms[0]) : 'the service’s cluster';
        if (v === undefined) {
            problems.push({ name, got: '(missing)', want });
            continue;
        }
        const tokens = tokensOf(v);
        if (forms && (!tokens || !partIs(tokens, forms)))
            problems.push({
                name,
                got: tokens
                    ? renderTokens(tokens)
                    : `(computed with ${Object.keys(v)[0] ?? 'an intrinsic'})`,
                want,
            });
    }
    return problems;
}
/**
 * The walk the policy rules share (SCL003, SCL004, SCL006). Each `selected` policy attached to no service of this
 * stack is reported as `detached`. Then each REPLICA service is judged by its own selected policies: one good
 * policy is enough, and when none is, the first one's problems are reported. `none` reports a service that has no
 * such policy, unless a detached one may have been meant for it. Tallies one instance per service.
 */
function judgeServicePolicies(ctx, t, selected, judge, none = (svc, anyDetached) => {
    if (!anyDetached)
        ctx.report('missing', { service: svc.name }, svc.path);
}) {
    const detached = selected.filter((p) => !p.service);
    for (const p of detached)
        ctx.report('detached', { policy: p.r.name, value: quote(p.r.props['ScalingTargetId']) }, policyPath(p));
    const services = replicaServices(t);
    let failures = 0;
    for (const svc of services) {
        const own = selected.filter((p) => p.service?.name === svc.name);
        if (own.length === 0) {
            failures++;
            none(svc, detached.length > 0);
            continue;
        }
        const problems = own.map((p) => judge(p, svc));
        if (problems.some((list) => list.length === 0))
            continue;
        failures++;
        for (const [id, data, at] of problems[0])
            ctx.report(id, data, at);
    }
    if (services.length === 0)
        ctx.notApplicable('no service uses the REPLICA scheduler');
    else
        ctx.tally(services.length, failures);
}


/***/ }),

/***/ 8912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   iQ: () => (/* binding */ appliesAwsSolutions)
/* harmony export */ });
/* unused harmony exports FAIL_SYNTH_CONTEXT, packUse */
/* harmony import */ var _engine_define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2793);
/* harmony import */ var _source_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2561);
// CDK001: the app runs cdk-nag's AWS Solutions checks at synth time and writes what it acknowledges into the
// template. Read from the app's source text; nothing is executed. cdk-nag 3 is a CDK policy-validation plugin,
// registered with `Validations.of(app).addPlugins(new AwsSolutionsChecks(app, …))`; with
// `writeSuppressionsToCloudFormation: true` every acknowledgment (rule id and reason) is copied into the Metadata
// of the resources it covers, which is the only place a reviewer of the template (or this grader) can read it.


const NEW_PACK = /\bnew\s+AwsSolutionsChecks\s*\(/;
const ADD_PLUGINS = /\bValidations\s*\.\s*of\s*\([^)]*\)\s*\.\s*addPlugins\s*\(/;
const AS_ASPECT = /\bAspects\s*\.\s*of\s*\([^)]*\)\s*\.\s*add\s*\(\s*new\s+AwsSolutionsChecks\b/;
const AUDIT_TRAIL = /\bwriteSuppressionsToCloudFormation\s*:\s*true\b/;
/** The context key that, set to false, lets a synth with validation errors succeed (aws-cdk-lib cx-api). */
const FAIL_SYNTH_CONTEXT = '@aws-cdk/core:failSynthOnValidationErrors';
/** How the app's sources use AwsSolutionsChecks: the first file that creates it, and how that file registers it. */
function packUse(doc) {
    for (const f of (0,_source_text_js__WEBPACK_IMPORTED_MODULE_0__/* .appSources */ .QG)(doc)) {
        const code = (0,_source_text_js__WEBPACK_IMPORTED_MODULE_0__/* .codeText */ .ph)(f);
        if (!NEW_PACK.test(code))
            continue;
        return {
            file: f,
            registered: ADD_PLUGINS.test(code),
            asAspect: AS_ASPECT.test(code),
            auditTrail: AUDIT_TRAIL.test(code),
        };
    }
    return { registered: false, asAspect: false, auditTrail: false };
}
/** Whether the app registers the AWS Solutions pack and writes its acknowledgments into the template. */
function appliesAwsSolutions(doc) {
    const use = packUse(doc);
    return use.file !== undefined && use.registered && use.auditTrail;
}
/** Where cdk.json turns off failing the synth on validation errors, if it does. */
function failSynthOff(doc) {
    const cdkJson = doc.files.find((f) => (0,_source_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inLab */ .Dd)(doc, f) === 'cdk.json');
    if (!cdkJson)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(cdkJson.text);
    }
    catch {
        return undefined; // an unreadable cdk.json stops the synth, which reports it
    }
    const context = parsed?.context;
    if (typeof context !== 'object' || context === null)
        return undefined;
    if (context[FAIL_SYNTH_CONTEXT] !== false)
        return undefined;
    const i = cdkJson.lines.findIndex((l) => l.includes(FAIL_SYNTH_CONTEXT));
    return { file: cdkJson, line: i + 1, column: Math.max(1, (cdkJson.lines[i] ?? '').indexOf('"') + 1) };
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_engine_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    meta: {
        id: 'CDK001',
        name: 'nag-pack-applied',
        target: 'files',
        severity: 'error',
        title: "Run cdk-nag's AWS Solutions checks and record acknowledgments in the template",
        description: "The app registers cdk-nag's AwsSolutionsChecks with 'Validations.of(app).addPlugins(...)' and 'writeSuppressionsToCloudFormation: true', and cdk.json does not turn off failing the synth on validation errors, so every synth checks the stack and every acknowledged finding is written into the template with its reason.",
        docsUrl: 'https://github.com/cdklabs/cdk-nag#usage',
        evidence: ['AwsSolutions'],
        messages: {
            noPack: "No source file of the app creates 'new AwsSolutionsChecks(app, ...)', so nothing checks the stack against the AWS Solutions rules when it is synthesized. In 'bin/app.ts' add \"Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }))\" (imports: 'Validations' from 'aws-cdk-lib', 'AwsSolutionsChecks' from 'cdk-nag').",
            asAspect: "'{{file}}' adds AwsSolutionsChecks with 'Aspects.of(...).add(...)', the cdk-nag 2 way. cdk-nag 3 packs are policy-validation plugins, not aspects, so this never checks anything. Register it with \"Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }))\".",
            notRegistered: "'{{file}}' creates AwsSolutionsChecks but never passes it to 'Validations.of(app).addPlugins(...)', so the pack never runs. Register it: \"Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }))\".",
            noAuditTrail: "'{{file}}' registers AwsSolutionsChecks without 'writeSuppressionsToCloudFormation: true', so your acknowledgments and their reasons stay inside the synth and never reach the template that reviewers (and this grader) read. Pass \"{ writeSuppressionsToCloudFormation: true }\" as the pack's second argument.",
            failSynthOff: "cdk.json sets '{{key}}' to false, so a synth with unacknowledged cdk-nag errors still succeeds and nobody notices them. Remove that context entry: fix each finding, or acknowledge it with a reason.",
        },
    },
    check(doc, ctx) {
        let failed = 0;
        const use = packUse(doc);
        if (!use.file) {
            failed++;
            const entry = (0,_source_text_js__WEBPACK_IMPORTED_MODULE_0__/* .appSources */ .QG)(doc).find((f) => (0,_source_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inLab */ .Dd)(doc, f).startsWith('bin/')) ?? (0,_source_text_js__WEBPACK_IMPORTED_MODULE_0__/* .appSources */ .QG)(doc)[0];
            ctx.report('noPack', {}, entry ? { file: entry.file, line: 1, column: 1 } : undefined);
        }
        else {
            const at = (0,_source_text_js__WEBPACK_IMPORTED_MODULE_0__/* .firstMatch */ .o4)(use.file, NEW_PACK) ?? { line: 1, column: 1 };
            const where = { file: use.file.file, ...at };
            const file = (0,_source_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inLab */ .Dd)(doc, use.file);
            if (use.asAspect) {
                failed++;
                ctx.report('asAspect', { file }, where);
            }
            else if (!use.registered) {
                failed++;
                ctx.report('notRegistered', { file }, where);
            }
            else if (!use.auditTrail) {
                failed++;
                ctx.report('noAuditTrail', { file }, where);
            }
        }
        const off = failSynthOff(doc);
        if (off) {
            failed++;
            ctx.report('failSynthOff', { key: FAIL_SYNTH_CONTEXT }, { file: off.file.file, line: off.line, column: off.column });
        }
        ctx.tally(2, failed);
    },
}));


/***/ }),

/***/ 2561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ inLab),
/* harmony export */   QG: () => (/* binding */ appSources),
/* harmony export */   o4: () => (/* binding */ firstMatch),
/* harmony export */   ph: () => (/* binding */ codeText),
/* harmony export */   us: () => (/* binding */ testFiles)
/* harmony export */ });
/* unused harmony export codeLines */
const SCRIPT = /\.(?:ts|mts|cts|js|mjs|cjs)$/;
/** Test files as vitest finds them by default: `*.test.ts` or `*.spec.ts` (or JavaScript) anywhere in the app. */
const TEST = /\.(?:test|spec)\.(?:ts|mts|cts|js|mjs|cjs)$/;
/** The path of a file inside its lab folder (`bin/app.ts`), given the folder the file set was read from. */
function inLab(doc, f) {
    return f.file.startsWith(`${doc.file}/`) ? f.file.slice(doc.file.length + 1) : f.file;
}
/** The app's own script files: everything but its tests and declaration files. */
function appSources(doc) {
    return doc.files.filter((f) => {
        const rel = inLab(doc, f);
        return SCRIPT.test(rel) && !TEST.test(rel) && !rel.endsWith('.d.ts');
    });
}
/** The app's unit tests (`test/stack.test.ts` and the like). */
function testFiles(doc) {
    return doc.files.filter((f) => TEST.test(inLab(doc, f)));
}
/**
 * The file's lines with `//` and `/* … *\/` comments replaced by spaces. Quotes are tracked so that a URL in a
 * string ('https://…') is not taken for a comment; template literals are treated as strings on one line.
 */
function codeLines(f) {
    const out = [];
    let inBlock = false;
    for (const line of f.lines) {
        let s = '';
        let quote;
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (inBlock) {
                if (c === '*' && line[i + 1] === '/') {
                    inBlock = false;
                    s += '  ';
                    i++;
                }
                else
                    s += ' ';
                continue;
            }
            if (quote) {
                s += c;
                if (c === '\\' && i + 1 < line.length)
                    s += line[++i];
                else if (c === quote)
                    quote = undefined;
                continue;
            }
            if (c === '"' || c === "'" || c === '`') {
                quote = c;
                s += c;
            }
            else if (c === '/' && line[i + 1] === '/') {
                s += ' '.repeat(line.length - i);
                break;
            }
            else if (c === '/' && line[i + 1] === '*') {
                inBlock = true;
                s += '  ';
                i++;
            }
            else
                s += c;
        }
        out.push(s);
    }
    return out;
}
/** Where a pattern first matches in a file's code (comments blanked), as a 1-based line and column. */
function firstMatch(f, re) {
    const lines = codeLines(f);
    for (let i = 0; i < lines.length; i++) {
        const m = re.exec(lines[i]);
        if (m)
            return { line: i + 1, column: m.index + 1 };
    }
    return undefined;
}
/** A file's code as one string (comments blanked), for patterns that may span lines. */
function codeText(f) {
    return codeLines(f).join('\n');
}


/***/ }),

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   p: () => (/* binding */ MIN_BAKE_MINUTES)
/* harmony export */ });
/* harmony import */ var _engine_define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2793);
/* harmony import */ var _lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9325);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(872);
// BGD004: after production traffic has moved to green, blue must stay up long enough for the rollback alarms to
// judge green under real load, because rolling back is instant only while blue still runs. ECS: an explicit
// DeploymentConfiguration.BakeTimeInMinutes of at least MIN_BAKE_MINUTES. CodeDeploy: the deployment group's
// BlueGreenDeploymentConfiguration keeps the blue task set at least MIN_BAKE_MINUTES
// (TerminateBlueInstancesOnDeploymentSuccess.TerminationWaitTimeInMinutes) and says what happens when green is
// ready (DeploymentReadyOption).



/**
 * The shortest bake the lab accepts: the README's rollback alarms fire after three one-minute periods, and blue must
 * outlive that with some margin.
 */
const MIN_BAKE_MINUTES = 5;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_engine_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    meta: {
        id: 'BGD004',
        name: 'bake-time',
        target: 'cloudformation',
        severity: 'error',
        title: 'Keep blue running while green bakes',
        description: `Every load-balanced ECS service keeps the old revision for at least ${MIN_BAKE_MINUTES} minutes after production traffic has shifted: ECS with DeploymentConfiguration.BakeTimeInMinutes, CodeDeploy with the deployment group's TerminationWaitTimeInMinutes and a DeploymentReadyOption.`,
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-blue-green.html',
        evidence: [
            'ECS DeploymentConfiguration.BakeTimeInMinutes',
            'CodeDeploy BlueGreenDeploymentConfiguration',
        ],
        messages: {
            ..._model_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentMessages */ .IY,
            noBake: "Service '{{service}}' sets no 'BakeTimeInMinutes', so you rely on a default you have not chosen for how long blue stays up after production moves to green. Set 'BakeTimeInMinutes' to at least {{min}}, longer than your rollback alarms take to fire.",
            shortBake: "Service '{{service}}' bakes for {{value}} minutes; blue is gone before an alarm that needs several minutes of data can fire, so the rollback has nothing to return to. Set 'BakeTimeInMinutes' to at least {{min}}.",
            noGroup: "Service '{{service}}' is deployed by CodeDeploy, but no deployment group names it, so nothing says how long the blue task set is kept. Add the deployment group (task 1) with a 'BlueGreenDeploymentConfiguration'.",
            noTermination: "Deployment group '{{group}}' does not say how long to keep the blue task set after traffic has shifted ('TerminateBlueInstancesOnDeploymentSuccess' {{value}}). Set \"{ Action: TERMINATE, TerminationWaitTimeInMinutes: {{min}} }\" or longer.",
            shortTermination: "Deployment group '{{group}}' keeps the blue task set for {{value}} minutes after the shift; that is too short for an alarm to catch a bad release while blue can still take the traffic back. Set 'TerminationWaitTimeInMinutes' to at least {{min}}.",
            noReadyOption: "Deployment group '{{group}}' has no 'DeploymentReadyOption', so it is not stated whether traffic shifts as soon as green is ready or waits for your approval. Set \"DeploymentReadyOption: { ActionOnTimeout: CONTINUE_DEPLOYMENT }\" (or STOP_DEPLOYMENT with a 'WaitTimeInMinutes').",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .readServices */ .JQ)(t, ctx);
        if (services.length === 0)
            return;
        const min = MIN_BAKE_MINUTES;
        let failures = 0;
        for (const svc of services) {
            if ((0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .designOf */ .et)(t, svc) === 'ecs') {
                const v = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(svc.props, ['DeploymentConfiguration', 'BakeTimeInMinutes']);
                const n = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalNumber */ .TB)(t, v);
                if (v === undefined) {
                    failures++;
                    ctx.report('noBake', { service: svc.name, min }, (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .existingPath */ .Jf)(svc, ['DeploymentConfiguration']));
                }
                else if (n !== undefined && n < min) {
                    failures++;
                    ctx.report('shortBake', { service: svc.name, value: n, min }, (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .servicePath */ .VF)(svc, 'DeploymentConfiguration', 'BakeTimeInMinutes'));
                }
                continue;
            }
            const group = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentGroupsOf */ .hT)(t, svc)[0];
            if (!group) {
                failures++;
                ctx.report('noGroup', { service: svc.name }, svc.path);
                continue;
            }
            const at = [...group.path, 'Properties', 'BlueGreenDeploymentConfiguration'];
            const config = group.props['BlueGreenDeploymentConfiguration'];
            const term = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(config, ['TerminateBlueInstancesOnDeploymentSuccess']);
            const wait = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(term, ['TerminationWaitTimeInMinutes']);
            const n = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalNumber */ .TB)(t, wait);
            const action = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(term, ['Action']));
            let bad = false;
            if (term === undefined || wait === undefined || action === 'KEEP_ALIVE') {
                bad = true;
                ctx.report('noTermination', { group: group.name, value: term === undefined ? 'missing' : (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .shown */ .SP)(t, action), min }, config === undefined ? [...group.path, 'Properties'] : at);
            }
            else if (n !== undefined && n < min) {
                bad = true;
                ctx.report('shortTermination', { group: group.name, value: n, min }, [
                    ...at,
                    'TerminateBlueInstancesOnDeploymentSuccess',
                    'TerminationWaitTimeInMinutes',
                ]);
            }
            if ((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(config, ['DeploymentReadyOption', 'ActionOnTimeout']) === undefined) {
                bad = true;
                ctx.report('noReadyOption', { group: group.name }, config === undefined ? [...group.path, 'Properties'] : at);
            }
            if (bad)
                failures++;
        }
        ctx.tally(services.length, failures);
    },
}));


/***/ }),

/***/ 872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ listenerOf),
/* harmony export */   CK: () => (/* binding */ judgeRole),
/* harmony export */   Ds: () => (/* binding */ forwardedGroups),
/* harmony export */   EP: () => (/* binding */ LISTENER_RULE),
/* harmony export */   GL: () => (/* binding */ LAMBDA),
/* harmony export */   IY: () => (/* binding */ deploymentMessages),
/* harmony export */   JQ: () => (/* binding */ readServices),
/* harmony export */   Jf: () => (/* binding */ existingPath),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   Tw: () => (/* binding */ serviceNamesFor),
/* harmony export */   VF: () => (/* binding */ servicePath),
/* harmony export */   Wc: () => (/* binding */ watchProblems),
/* harmony export */   Z: () => (/* binding */ LISTENER),
/* harmony export */   Zl: () => (/* binding */ primaryEntry),
/* harmony export */   cM: () => (/* binding */ namesService),
/* harmony export */   et: () => (/* binding */ designOf),
/* harmony export */   gw: () => (/* binding */ targetGroupOf),
/* harmony export */   hT: () => (/* binding */ deploymentGroupsOf),
/* harmony export */   hd: () => (/* binding */ advancedConfiguration),
/* harmony export */   lP: () => (/* binding */ targetGroupPair),
/* harmony export */   ly: () => (/* binding */ loadBalancedServices),
/* harmony export */   pR: () => (/* binding */ alarmOf),
/* harmony export */   tF: () => (/* binding */ CD_APPLICATION),
/* harmony export */   x7: () => (/* binding */ SHIFTING_STRATEGIES),
/* harmony export */   xS: () => (/* binding */ strategyOf)
/* harmony export */ });
/* unused harmony exports SERVICE, CLUSTER, TARGET_GROUP, LOAD_BALANCER, ALARM, ROLE, CD_GROUP, trusts */
/* harmony import */ var _lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9325);
/* harmony import */ var _lib_iam_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(492);
/* harmony import */ var _lib_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5327);
/* harmony import */ var _ecs_service_util_service_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7121);
/* harmony import */ var _auto_scaling_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2408);





const SERVICE = 'AWS::ECS::Service';
const CLUSTER = 'AWS::ECS::Cluster';
const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';
const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
const LISTENER_RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule';
const ALARM = 'AWS::CloudWatch::Alarm';
const ROLE = 'AWS::IAM::Role';
const LAMBDA = 'AWS::Lambda::Function';
const CD_APPLICATION = 'AWS::CodeDeploy::Application';
const CD_GROUP = 'AWS::CodeDeploy::DeploymentGroup';
/** The ECS deployment strategies that keep the old revision serving until the new one has proved itself. */
const SHIFTING_STRATEGIES = ['BLUE_GREEN', 'LINEAR', 'CANARY'];
const deploymentMessages = {
    noService: "The template defines no 'AWS::ECS::Service', so there is no deployment to judge yet. Keep the labs-web service from the starter (see the lab README).",
    notLoadBalanced: "Service '{{service}}' is attached to no load balancer ('LoadBalancers' is empty), so there is no traffic to shift between blue and green. Keep the starter's 'LoadBalancers' entry with its target group.",
};
/** DeploymentConfiguration.Strategy as written (upper case), or 'ROLLING', the default. */
function strategyOf(t, svc) {
    return ((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(svc.props, ['DeploymentConfiguration', 'Strategy']))?.toUpperCase() ?? 'ROLLING');
}
/** Whether an `ECSServices` entry of a deployment group names this service, in this service's cluster. */
function namesService(t, entry, svc) {
    if (!(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry))
        return false;
    const name = entry['ServiceName'];
    const tokens = (0,_auto_scaling_model_js__WEBPACK_IMPORTED_MODULE_3__/* .tokensOf */ .k8)(name);
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .refersTo */ .zA)(name, svc.name) || (tokens !== undefined && (0,_auto_scaling_model_js__WEBPACK_IMPORTED_MODULE_3__/* .partIs */ .OA)(tokens, (0,_auto_scaling_model_js__WEBPACK_IMPORTED_MODULE_3__/* .serviceNameForms */ .O1)(t, svc)));
}
/** The CodeDeploy deployment groups whose ECSServices name the service. */
function deploymentGroupsOf(t, svc) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, CD_GROUP).filter((g) => {
        const list = g.props['ECSServices'];
        return Array.isArray(list) && list.some((e) => namesService(t, e, svc));
    });
}
/** Which design a service is read in (see the module comment). */
function designOf(t, svc) {
    return (0,_ecs_service_util_service_js__WEBPACK_IMPORTED_MODULE_2__/* .deploymentController */ .Ye)(t, svc) === 'CODE_DEPLOY' || deploymentGroupsOf(t, svc).length > 0
        ? 'codedeploy'
        : 'ecs';
}
/** The services the lab deploys: every ECS service that sits behind a load balancer. */
function loadBalancedServices(t) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, SERVICE).filter((s) => (0,_ecs_service_util_service_js__WEBPACK_IMPORTED_MODULE_2__/* .loadBalancerEntries */ .TF)(s).length > 0);
}
/**
 * The load-balanced services every BGD rule judges, or an empty list after reporting why there are none: no
 * service at all, or services without a load balancer, where blue/green has no traffic to move.
 */
function readServices(t, ctx) {
    const all = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, SERVICE);
    if (all.length === 0)
        ctx.report('noService', {}, ['Resources']);
    const services = all.filter((s) => (0,_ecs_service_util_service_js__WEBPACK_IMPORTED_MODULE_2__/* .loadBalancerEntries */ .TF)(s).length > 0);
    if (services.length === 0)
        for (const s of all)
            ctx.report('notLoadBalanced', { service: s.name }, servicePath(s));
    return services;
}
function servicePath(svc, ...rest) {
    return [...svc.path, 'Properties', ...rest];
}
/** Where a report about a missing property goes: the deepest part of the path that exists. */
function existingPath(svc, keys) {
    let at = servicePath(svc);
    let cur = svc.props;
    for (const k of keys) {
        if (!(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(cur) || cur[k] === undefined)
            break;
        cur = cur[k];
        at = [...at, k];
    }
    return at;
}
// ---------------------------------------------------------------------------------------------
// Target groups and listeners.
/** A target group of this template named by a value: `!Ref`/`!GetAtt` (ARN or name) or its literal `Name`. */
function targetGroupOf(t, v) {
    const r = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetResource */ .cR)(t, v);
    if (r?.resource.Type === TARGET_GROUP)
        return r;
    const text = typeof v === 'string' ? v : undefined;
    if (text === undefined)
        return undefined;
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, TARGET_GROUP).find((tg) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, tg.props['Name']) === text);
}
/** The service's primary target group (the first LoadBalancers entry's), with the entry's path. */
function primaryEntry(t, svc) {
    const first = (0,_ecs_service_util_service_js__WEBPACK_IMPORTED_MODULE_2__/* .loadBalancerEntries */ .TF)(svc)[0];
    if (!first)
        return undefined;
    return { ...first, tg: targetGroupOf(t, first.entry['TargetGroupArn']) };
}
function advancedConfiguration(svc) {
    for (const { entry, path } of (0,_ecs_service_util_service_js__WEBPACK_IMPORTED_MODULE_2__/* .loadBalancerEntries */ .TF)(svc)) {
        const config = entry['AdvancedConfiguration'];
        if ((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(config))
            return { config, path: [...path, 'AdvancedConfiguration'] };
    }
    return undefined;
}
/** The first `TargetGroupPairInfoList` entry of a deployment group, with its path. */
function targetGroupPair(group) {
    const list = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(group.props, ['LoadBalancerInfo', 'TargetGroupPairInfoList']);
    if (!Array.isArray(list) || !(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(list[0]))
        return undefined;
    return {
        pair: list[0],
        path: [...group.path, 'Properties', 'LoadBalancerInfo', 'TargetGroupPairInfoList', 0],
    };
}
/** Target groups a listener or listener rule forwards to (plain and weighted forward actions). */
function forwardedGroups(t, listener) {
    const actions = listener.props[listener.resource.Type === LISTENER ? 'DefaultActions' : 'Actions'];
    if (!Array.isArray(actions))
        return [];
    const out = [];
    for (const a of actions) {
        if (!(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(a))
            continue;
        const direct = targetGroupOf(t, a['TargetGroupArn']);
        if (direct)
            out.push(direct);
        const weighted = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(a, ['ForwardConfig', 'TargetGroups']);
        if (Array.isArray(weighted))
            for (const w of weighted) {
                const tg = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(w) ? targetGroupOf(t, w['TargetGroupArn']) : undefined;
                if (tg)
                    out.push(tg);
            }
    }
    return out;
}
/** The listener or listener rule of this template a value names (`!Ref` gives the ARN of both). */
function listenerOf(t, v, ...types) {
    const r = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetResource */ .cR)(t, v);
    return r && types.includes(r.resource.Type) ? r : undefined;
}
// ---------------------------------------------------------------------------------------------
// IAM roles the deployment machinery assumes.
/** Whether a role's trust policy lets the AWS service principal (such as 'ecs.amazonaws.com') assume it. */
function trusts(t, role, principal) {
    return (0,_lib_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .policyStatements */ .H9)((0,_lib_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .policyDocument */ .yr)(role.props['AssumeRolePolicyDocument'])).some(({ statement }) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, statement['Effect']) === 'Allow' &&
        (0,_lib_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .stringList */ .Yn)((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(statement, ['Principal', 'Service'])).includes(principal));
}
/**
 * Judges the role a deployment part assumes: a role of this template that `principal` may assume, holding
 * `managedPolicy` or an inline or attached policy allowing `action`. A role passed in as a parameter or an ARN is
 * given the benefit of the doubt only as far as it can be read: an ARN text is accepted, a missing value is not.
 */
function judgeRole(t, v, principal, managedPolicy, action) {
    if (v === undefined)
        return 'unresolved';
    const role = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetResource */ .cR)(t, v);
    if (!role) {
        const text = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, v) ?? (t.Parameters?.[(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(v) ?? ''] ? 'arn:' : undefined);
        return text?.startsWith('arn:') ? undefined : 'unresolved';
    }
    if (role.resource.Type !== ROLE || (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .attributeOf */ .w4)(v) !== 'Arn')
        return 'unresolved';
    if (!trusts(t, role, principal))
        return 'trust';
    if ((0,_lib_iam_js__WEBPACK_IMPORTED_MODULE_1__/* .awsManagedPolicies */ .pI)(t, role).some((p) => p.name === managedPolicy))
        return undefined;
    return (0,_lib_iam_js__WEBPACK_IMPORTED_MODULE_1__/* .roleAllows */ .fG)(t, role.name, action) ? undefined : 'permission';
}
// ---------------------------------------------------------------------------------------------
// CloudWatch alarms and what they watch.
/** The alarm of this template a name refers to: `!Ref Alarm` (its name) or its literal `AlarmName`. */
function alarmOf(t, v) {
    const r = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetResource */ .cR)(t, v);
    if (r)
        return r.resource.Type === ALARM && (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .attributeOf */ .w4)(v) === undefined ? r : undefined;
    const text = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, v);
    return text === undefined
        ? undefined
        : (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, ALARM).find((a) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, a.props['AlarmName']) === text);
}
/** The metrics an alarm watches: its own, or each MetricStat of a metric-math alarm. */
function metricsOf(alarm) {
    const at = [...alarm.path, 'Properties'];
    if (alarm.props['MetricName'] !== undefined)
        return [{ dimensions: alarm.props['Dimensions'], path: [...at, 'Dimensions'] }];
    const list = alarm.props['Metrics'];
    if (!Array.isArray(list))
        return [];
    return list.flatMap((m, i) => {
        const metric = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(m, ['MetricStat', 'Metric']);
        return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(metric)
            ? [
                {
                    dimensions: metric['Dimensions'],
                    path: [...at, 'Metrics', i, 'MetricStat', 'Metric', 'Dimensions'],
                },
            ]
            : [];
    });
}
/** What each dimension this stack's resources fill in must be: its resource type and attribute (none for Ref). */
const DIMENSIONS = {
    LoadBalancer: { type: LOAD_BALANCER, attr: 'LoadBalancerFullName' },
    TargetGroup: { type: TARGET_GROUP, attr: 'TargetGroupFullName' },
    ClusterName: { type: CLUSTER, attr: undefined, literal: 'ClusterName' },
    ServiceName: { type: SERVICE, attr: 'Name', literal: 'ServiceName' },
};
function dimensionProblem(t, name, value) {
    const spec = DIMENSIONS[name];
    const tokens = (0,_auto_scaling_model_js__WEBPACK_IMPORTED_MODULE_3__/* .tokensOf */ .k8)(value);
    const got = tokens === undefined
        ? 'a computed value'
        : tokens.map((k) => ('text' in k ? k.text : `\${${k.ref}${k.attr ? `.${k.attr}` : ''}}`)).join('');
    const one = tokens?.length === 1 ? tokens[0] : undefined;
    if (!spec) {
        // Another dimension counts as this stack's when it is built from one of its resources.
        return one && 'ref' in one && (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resource */ .Zc)(t, one.ref) ? undefined : { got, want: 'a value from this stack' };
    }
    const candidates = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, spec.type);
    const meant = one && 'ref' in one && (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resource */ .Zc)(t, one.ref)?.resource.Type === spec.type ? one.ref : undefined;
    const example = meant ?? (candidates.length === 1 ? candidates[0].name : `<${spec.type.split('::').at(-1)}>`);
    const want = spec.attr ? `!GetAtt ${example}.${spec.attr}` : `!Ref ${example}`;
    if (meant && one && 'ref' in one && one.attr === spec.attr)
        return undefined;
    if (one && 'text' in one && spec.literal) {
        const lit = spec.literal;
        if (candidates.some((c) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, c.props[lit]) === one.text))
            return undefined;
    }
    return { got, want };
}
/**
 * Why an alarm does not watch this stack: a metric without dimensions watches nothing of it, and every dimension
 * must be filled in from this template's load balancer, target groups, cluster or service. Empty when it does.
 */
function watchProblems(t, alarm) {
    const metrics = metricsOf(alarm);
    if (metrics.length === 0)
        return 'noMetric';
    const out = [];
    for (const m of metrics) {
        const list = Array.isArray(m.dimensions) ? m.dimensions : [];
        if (list.length === 0) {
            out.push({ name: undefined, got: '', want: '', path: m.path });
            continue;
        }
        list.forEach((d, i) => {
            if (!(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(d))
                return;
            const name = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, d['Name']) ?? '(computed)';
            const p = dimensionProblem(t, name, d['Value']);
            if (p)
                out.push({ name, ...p, path: [...m.path, i, 'Value'] });
        });
    }
    return out;
}
/** How a message quotes a value a learner wrote: the literal, or 'missing'. */
function shown(t, v) {
    if (v === undefined)
        return 'missing';
    const s = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, v);
    return s === undefined ? 'computed at deploy time' : `'${s}'`;
}
/** The cluster and service names a deployment group's ECSServices entry must use, for messages. */
function serviceNamesFor(t, svc) {
    const c = (0,_auto_scaling_model_js__WEBPACK_IMPORTED_MODULE_3__/* .clusterNameForms */ .jp)(t, svc)?.[0];
    return {
        cluster: c && 'ref' in c ? `!Ref ${c.ref}` : c && 'text' in c ? c.text : '!Ref Cluster',
        service: `!GetAtt ${svc.name}.Name`,
    };
}


/***/ }),

/***/ 1297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GB: () => (/* binding */ literalTail),
/* harmony export */   Qs: () => (/* binding */ describePattern),
/* harmony export */   U: () => (/* binding */ jsonProperty),
/* harmony export */   YQ: () => (/* binding */ isComputed),
/* harmony export */   _u: () => (/* binding */ namePattern),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   bN: () => (/* binding */ repositories),
/* harmony export */   e1: () => (/* binding */ asText),
/* harmony export */   "in": () => (/* binding */ prefixMatches),
/* harmony export */   qI: () => (/* binding */ repositoryNamePattern),
/* harmony export */   vA: () => (/* binding */ scanFilterMatches)
/* harmony export */ });
/* unused harmony export wildcardMatch */
/* harmony import */ var _engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1290);
/* harmony import */ var _lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9325);


function repositories(t) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, 'AWS::ECR::Repository');
}
/** The repository's name when the template fixes it (CloudFormation generates one when it is absent). */
function repositoryName(t, repo) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, repo.props['RepositoryName']);
}
// Private-use code points: never in a name or filter, and not control characters.
const TOKEN_START = '\ue000';
const TOKEN_END = '\ue001';
const token = (variable) => `${TOKEN_START}${variable}${TOKEN_END}`;
/** Whether the pattern has a part decided at deploy time. */
function isComputed(p) {
    return p.includes(TOKEN_START);
}
/** The literal text after the pattern's last deploy-time part ('-web' of '${AWS::StackName}-web'). */
function literalTail(p) {
    return p.slice(p.lastIndexOf(TOKEN_END) + 1);
}
/** The pattern as learners wrote it: `${AWS::StackName}-web`. */
function describePattern(p) {
    return p.replace(/\ue000([^\ue001]*)\ue001/g, '$${$1}');
}
/**
 * The pattern of a name-like value: a literal (or a parameter's Default), a `Fn::Sub` string (its own variables
 * substituted where they are literal), or a `Fn::Join` of such parts. `undefined` for anything else.
 */
function namePattern(t, v) {
    const lit = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, v);
    if (lit !== undefined)
        return lit;
    if (!(0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(v))
        return undefined;
    if (typeof v['Ref'] === 'string')
        return token(v['Ref']);
    const sub = v['Fn::Sub'];
    if (typeof sub === 'string' || (Array.isArray(sub) && typeof sub[0] === 'string')) {
        const text = typeof sub === 'string' ? sub : sub[0];
        const vars = Array.isArray(sub) && (0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(sub[1]) ? sub[1] : {};
        return text.replace(/\$\{([^}!][^}]*)\}/g, (_m, name) => {
            const own = vars[name];
            return own !== undefined ? (namePattern(t, own) ?? token(name)) : token(name);
        });
    }
    const join = v['Fn::Join'];
    if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
        const parts = join[1].map((p) => namePattern(t, p));
        return parts.every((p) => p !== undefined) ? parts.join(join[0]) : undefined;
    }
    return undefined;
}
/** The repository's name as a pattern, or undefined when CloudFormation generates it (or it cannot be read). */
function repositoryNamePattern(t, repo) {
    return namePattern(t, repo.props['RepositoryName']);
}
/**
 * Whether a registry scanning filter matches the repository name for every stack name. Per the ECR guide
 * (image-scanning-filters.html), a filter without a wildcard matches every repository name that CONTAINS it; a
 * filter with `*` matches the whole name, each `*` standing for zero or more characters.
 */
function scanFilterMatches(filter, name) {
    return filter.includes('*') ? wildcardMatch(filter, name) : name.includes(filter);
}
/**
 * A replication PREFIX_MATCH filter against a repository name: 'yes' when it matches whatever the stack is called,
 * 'no' when it cannot match for any stack name (the texts differ before any deploy-time part), 'unknown' otherwise.
 */
function prefixMatches(prefix, name) {
    if (name.startsWith(prefix))
        return 'yes';
    let i = 0;
    while (i < prefix.length && i < name.length && prefix[i] === name[i])
        i++;
    if (i === prefix.length)
        return 'yes';
    if (i === name.length)
        return isComputed(prefix.slice(i)) ? 'unknown' : 'no';
    return prefix[i] === TOKEN_START || name[i] === TOKEN_START || isComputed(prefix.slice(0, i))
        ? 'unknown'
        : 'no';
}
/** ECR filter wildcards: `*` matches any run of characters; everything else is literal. */
function wildcardMatch(pattern, name) {
    const re = new RegExp(`^${pattern
        .split('*')
        .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`);
    return re.test(name);
}
/**
 * A property holding a JSON document: CloudFormation accepts an object for `RepositoryPolicyText`, and a JSON
 * string for both it and `LifecyclePolicyText`. `allowObject` says whether an object is acceptable.
 */
function jsonProperty(t, raw, allowObject) {
    if (raw === undefined || raw === null)
        return { kind: 'absent' };
    if ((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isIntrinsic */ .I9)(raw)) {
        const r = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .eu)(t, raw);
        if (!r.known)
            return { kind: 'computed' };
        raw = r.value;
    }
    if (typeof raw === 'string') {
        try {
            return { kind: 'ok', value: JSON.parse(raw), fromString: true };
        }
        catch (e) {
            return { kind: 'notJson', error: e instanceof Error ? e.message : String(e) };
        }
    }
    if ((0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(raw) && allowObject)
        return { kind: 'ok', value: raw, fromString: false };
    return { kind: 'wrongType' };
}
/** A value as message text: scalars as written, anything else as JSON (never throws, even for odd objects). */
function asText(v) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    try {
        return JSON.stringify(v) ?? 'nothing';
    }
    catch {
        return 'an unreadable value';
    }
}


/***/ }),

/***/ 7121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ib: () => (/* binding */ taskDefinitionOf),
/* harmony export */   JQ: () => (/* binding */ readServices),
/* harmony export */   ML: () => (/* binding */ TASK_DEFINITION),
/* harmony export */   Rh: () => (/* binding */ minimumTasks),
/* harmony export */   Rl: () => (/* binding */ mountsEfsVolume),
/* harmony export */   TF: () => (/* binding */ loadBalancerEntries),
/* harmony export */   U4: () => (/* binding */ efsVolumes),
/* harmony export */   YV: () => (/* binding */ SERVICE),
/* harmony export */   Ye: () => (/* binding */ deploymentController),
/* harmony export */   _4: () => (/* binding */ TARGET_GROUP),
/* harmony export */   g3: () => (/* binding */ serviceMessages),
/* harmony export */   jH: () => (/* binding */ awsvpcConfiguration),
/* harmony export */   le: () => (/* binding */ isLoadBalanced),
/* harmony export */   s2: () => (/* binding */ hasLoadBalancedService),
/* harmony export */   w: () => (/* binding */ schedulingStrategy)
/* harmony export */ });
/* unused harmony exports isMounted, isTrue */
/* harmony import */ var _lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9325);

const SERVICE = 'AWS::ECS::Service';
const TASK_DEFINITION = 'AWS::ECS::TaskDefinition';
const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';
const serviceMessages = {
    noService: "The template defines no 'AWS::ECS::Service', so there is nothing to check yet. Add a service that runs the task definition on Fargate (see the lab README).",
};
/** The template's ECS services, or an empty list after reporting that there are none. */
function readServices(doc, ctx) {
    const list = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(doc.template, SERVICE);
    if (list.length === 0)
        ctx.report('noService', {}, ['Resources']);
    return list;
}
/** `NetworkConfiguration.AwsvpcConfiguration`, if the service has one. */
function awsvpcConfiguration(svc) {
    const config = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(svc.props, ['NetworkConfiguration', 'AwsvpcConfiguration']);
    if (!(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(config))
        return undefined;
    return { config, path: [...svc.path, 'Properties', 'NetworkConfiguration', 'AwsvpcConfiguration'] };
}
/** The task definition of this template that a service runs, if it can be followed. */
function taskDefinitionOf(t, svc) {
    const td = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetResource */ .cR)(t, svc.props['TaskDefinition']);
    return td?.resource.Type === TASK_DEFINITION ? td : undefined;
}
/** The service's `LoadBalancers` entries that are objects. */
function loadBalancerEntries(svc) {
    const list = svc.props['LoadBalancers'];
    if (!Array.isArray(list))
        return [];
    return list.flatMap((entry, i) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry) ? [{ entry, path: [...svc.path, 'Properties', 'LoadBalancers', i] }] : []);
}
function isLoadBalanced(svc) {
    return loadBalancerEntries(svc).length > 0;
}
/**
 * The deployment controller: 'ECS' (rolling update, the default), 'CODE_DEPLOY' or 'EXTERNAL'. Deployment
 * settings such as the circuit breaker and healthy-percent bounds apply to the ECS controller.
 */
function deploymentController(t, svc) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(svc.props, ['DeploymentController', 'Type']))?.toUpperCase() ?? 'ECS';
}
/** 'DAEMON' or 'REPLICA' (the default). */
function schedulingStrategy(t, svc) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, svc.props['SchedulingStrategy'])?.toUpperCase() ?? 'REPLICA';
}
/**
 * The smallest number of tasks the service is meant to run: its `DesiredCount`, or the `MinCapacity` of an
 * Application Auto Scaling target that scales it (CloudFormation then leaves the count to the scaler).
 */
function minimumTasks(t, svc) {
    const desired = svc.props['DesiredCount'];
    if (desired !== undefined)
        return { count: (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalNumber */ .TB)(t, desired), from: 'desired' };
    const target = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .referrers */ .RB)(t, svc.name, 'AWS::ApplicationAutoScaling::ScalableTarget')[0];
    if (target)
        return { count: (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalNumber */ .TB)(t, target.props['MinCapacity']), from: 'scaling' };
    return { count: undefined, from: 'none' };
}
/** EFS volumes declared by a task definition. */
function efsVolumes(td) {
    const volumes = td.props['Volumes'];
    if (!Array.isArray(volumes))
        return [];
    return volumes.flatMap((v, i) => {
        if (!(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(v) || !(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(v['EFSVolumeConfiguration']))
            return [];
        const name = typeof v['Name'] === 'string' ? v['Name'] : `#${i + 1}`;
        return [
            {
                name,
                config: v['EFSVolumeConfiguration'],
                path: [...td.path, 'Properties', 'Volumes', i, 'EFSVolumeConfiguration'],
            },
        ];
    });
}
/** Whether some container of the task definition mounts the named volume. */
function isMounted(td, volume) {
    const containers = td.props['ContainerDefinitions'];
    if (!Array.isArray(containers))
        return false;
    return containers.some((c) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(c) &&
        Array.isArray(c['MountPoints']) &&
        c['MountPoints'].some((m) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(m) && m['SourceVolume'] === volume));
}
/** Whether any task definition of the template mounts an EFS volume into a container (the lab asks for one). */
function mountsEfsVolume(t) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, TASK_DEFINITION).some((td) => efsVolumes(td).some((v) => isMounted(td, v.name)));
}
/** Whether any service of the template is attached to a load balancer. */
function hasLoadBalancedService(t) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, SERVICE).some(isLoadBalanced);
}
/** `true`/`"true"`, as CloudFormation reads booleans. */
function isTrue(t, v) {
    return literalBool(t, v) === true;
}


/***/ }),

/***/ 3133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ PRIVATE_ECR_IMAGE),
/* harmony export */   HD: () => (/* binding */ targetsFargate),
/* harmony export */   Lx: () => (/* binding */ readTaskDefinition),
/* harmony export */   M1: () => (/* binding */ containerListMessages),
/* harmony export */   N8: () => (/* binding */ taskDefinitionMessages),
/* harmony export */   Y5: () => (/* binding */ FailedContainers),
/* harmony export */   ZW: () => (/* binding */ readContainers),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   u4: () => (/* reexport safe */ _engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__.u),
/* harmony export */   uF: () => (/* binding */ isWindows),
/* harmony export */   xG: () => (/* binding */ ROLE_ARN)
/* harmony export */ });
/* harmony import */ var _engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1290);
// Helper module (exports no rule): reads the RegisterTaskDefinition input defensively. Learners' files can hold
// anything, so every accessor checks types and reports a clear finding instead of throwing. The shape messages
// live here once and are spread into the `messages` of every rule that walks the containers.

// The engine's check, re-exported so the task-definition rules keep one import for their helpers.

/** "a string", "the number '3'", "a list": how a wrong value reads in a message. */
function describeValue(v) {
    if (v === null)
        return "'null'";
    if (Array.isArray(v))
        return 'a list';
    switch (typeof v) {
        case 'string':
            return v.length <= 80 ? `the text '${v}'` : `the text '${v.slice(0, 60)}…'`;
        case 'number':
            return `the number '${v}'`;
        case 'boolean':
            return `'${v}'`;
        case 'object':
            return 'an object';
        default:
            return 'an unexpected value';
    }
}
/** Messages for a file that is not a task-definition object. */
const taskDefinitionMessages = {
    notObject: 'The task definition must be one JSON object (the RegisterTaskDefinition input), but the file holds {{what}}. Start from the starter\'s \'{ "family": …, "containerDefinitions": [ … ] }\' shape.',
    wrapped: "The task definition is wrapped in 'taskDefinition', the shape 'aws ecs describe-task-definition' prints, and RegisterTaskDefinition rejects it. Move the keys inside 'taskDefinition' to the top level and drop read-only fields such as 'taskDefinitionArn', 'revision' and 'status'.",
};
/** Messages for a missing or malformed `containerDefinitions` list; rules that look at containers spread these. */
const containerListMessages = {
    ...taskDefinitionMessages,
    noContainers: "The task definition has no 'containerDefinitions', so there is no container to check. Add 'containerDefinitions' as a list holding at least one container object with a 'name' and an 'image'.",
    emptyContainers: "'containerDefinitions' is an empty list, so ECS has nothing to run. Add at least one container object with a 'name' and an 'image'.",
    containersNotList: "'containerDefinitions' must be a list of container objects ('[ { … } ]'), but it is {{what}}. Wrap the container object in square brackets.",
    containerNotObject: "Entry '{{index}}' of 'containerDefinitions' is {{what}}, not a container object, and ECS rejects the task definition. Replace it with an object that has at least a 'name' and an 'image'.",
};
/**
 * The task-definition object, or undefined after reporting why the file is not one. Rules that only read
 * task-level keys use this.
 */
function readTaskDefinition(doc, ctx) {
    const td = doc.value;
    if (!(0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(td)) {
        ctx.report('notObject', { what: describeValue(td) }, []);
        return undefined;
    }
    if ((0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(td['taskDefinition']) && td['containerDefinitions'] === undefined) {
        ctx.report('wrapped', {}, ['taskDefinition']);
        return undefined;
    }
    return td;
}
/**
 * The task definition's containers, or undefined after reporting that there are none. Entries that are not
 * objects are reported here and counted in `malformed`, so per-container tallies stay honest.
 */
function readContainers(doc, ctx) {
    const td = readTaskDefinition(doc, ctx);
    if (!td)
        return undefined;
    const list = td['containerDefinitions'];
    if (list === undefined || list === null) {
        ctx.report('noContainers', {}, []);
        return undefined;
    }
    if (!Array.isArray(list)) {
        ctx.report('containersNotList', { what: describeValue(list) }, ['containerDefinitions']);
        return undefined;
    }
    if (list.length === 0) {
        ctx.report('emptyContainers', {}, ['containerDefinitions']);
        return undefined;
    }
    const containers = [];
    let malformed = 0;
    list.forEach((def, index) => {
        if (!(0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(def)) {
            malformed++;
            ctx.report('containerNotObject', { index, what: describeValue(def) }, ['containerDefinitions', index]);
            return;
        }
        const name = def['name'];
        const label = typeof name === 'string' && name.trim() !== '' ? name : `#${index + 1}`;
        containers.push({ index, label, def, path: ['containerDefinitions', index] });
    });
    return { td, containers, malformed };
}
/**
 * Whether the task definition targets Fargate. An absent or malformed `requiresCompatibilities` counts as
 * Fargate, because this course deploys to Fargate (another rule asks for the key itself).
 */
function targetsFargate(td) {
    const rc = td['requiresCompatibilities'];
    if (!Array.isArray(rc))
        return true;
    const launchTypes = rc.filter((v) => typeof v === 'string').map((v) => v.toUpperCase());
    return launchTypes.length === 0 || launchTypes.includes('FARGATE');
}
/** Whether `runtimePlatform.operatingSystemFamily` names a Windows Server family. */
function isWindows(td) {
    const rp = td['runtimePlatform'];
    const os = (0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(rp) ? rp['operatingSystemFamily'] : undefined;
    return typeof os === 'string' && os.toUpperCase().startsWith('WINDOWS');
}
/** A private Amazon ECR image URI: `ACCOUNT.dkr.ecr.REGION.amazonaws.com/repo…`. */
const PRIVATE_ECR_IMAGE = /^\d{12}\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\//;
/** An IAM role ARN in any partition. */
const ROLE_ARN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
/** Counts per-container failures once per container, however many findings a container gets. */
class FailedContainers {
    failed = new Set();
    add(c) {
        this.failed.add(c.index);
    }
    get size() {
        return this.failed.size;
    }
}


/***/ }),

/***/ 7472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _engine_define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2793);
/* harmony import */ var _cluster_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7637);
// EKS016: the CloudFormation AWS::EKS::Cluster restricts who can reach and who can use the Kubernetes API: the
// private endpoint is on, the public endpoint is off or limited to named CIDR ranges (Security Hub EKS.1), and the
// authentication mode reads access entries (the EKS API's default, CONFIG_MAP, does not), with at least one
// AWS::EKS::AccessEntry for the cluster.


/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_engine_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    meta: {
        id: 'EKS016',
        name: 'cfn-cluster-access',
        target: 'cloudformation',
        severity: 'error',
        title: 'Restrict the API endpoint and grant access with access entries (CloudFormation)',
        description: "Every AWS::EKS::Cluster sets 'EndpointPrivateAccess: true', sets 'EndpointPublicAccess: false' or limits 'PublicAccessCidrs' to named ranges, sets 'AccessConfig.AuthenticationMode' to 'API' or 'API_AND_CONFIG_MAP', and has an AWS::EKS::AccessEntry.",
        docsUrl: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
        evidence: [
            'EKS.1',
            'CKV_AWS_38',
            'CKV_AWS_39',
            'AwsSolutions-EKS1',
            'EKS best practices: IAM (Cluster Access Manager)',
        ],
        messages: {
            noCluster: "The template defines no 'AWS::EKS::Cluster'. Add the cluster (or submit an eksctl 'cluster.yaml' instead).",
            privateOff: "Cluster '{{cluster}}' does not turn on its private endpoint, so nodes and pods reach the Kubernetes API over the internet. Set 'ResourcesVpcConfig.EndpointPrivateAccess: true'.",
            publicOpen: "Cluster '{{cluster}}' leaves its public API endpoint open to the internet ({{cidrs}}); Security Hub EKS.1 flags it. Set 'ResourcesVpcConfig.EndpointPublicAccess: false', or list only your own ranges in 'PublicAccessCidrs'.",
            configMapMode: "Cluster '{{cluster}}' authenticates with {{mode}}, the deprecated aws-auth ConfigMap only, so access entries do not work. Set 'AccessConfig.AuthenticationMode: API' (or 'API_AND_CONFIG_MAP' while migrating).",
            noAccessEntries: "No 'AWS::EKS::AccessEntry' names cluster '{{cluster}}' ('ClusterName: !Ref {{cluster}}'), so who may administer it is not in the template. Add one with a 'PrincipalArn' and an 'AccessPolicies' entry such as 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy' with \"AccessScope: { Type: cluster }\".",
        },
    },
    check(doc, ctx) {
        const clusters = (0,_cluster_js__WEBPACK_IMPORTED_MODULE_0__/* .cfnFacts */ .$t)(doc);
        if (clusters.length === 0) {
            ctx.report('noCluster', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const facts of clusters) {
            const problems = (0,_cluster_js__WEBPACK_IMPORTED_MODULE_0__/* .accessProblems */ .zu)(facts);
            failed += problems.length;
            for (const p of problems)
                ctx.report(p.id, {
                    cluster: facts.name,
                    ...('cidrs' in p ? { cidrs: p.cidrs } : {}),
                    ...('mode' in p ? { mode: p.mode } : {}),
                }, p.path);
        }
        ctx.tally(4 * clusters.length, failed);
    },
}));


/***/ }),

/***/ 4387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _engine_define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2793);
/* harmony import */ var _cluster_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7637);
// EKS017: the CloudFormation AWS::EKS::Cluster sends the control plane's api, audit and authenticator logs to
// CloudWatch Logs (Security Hub EKS.8) and encrypts Kubernetes Secrets with a KMS key of yours (Security Hub EKS.3).


/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_engine_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    meta: {
        id: 'EKS017',
        name: 'cfn-cluster-audit',
        target: 'cloudformation',
        severity: 'error',
        title: 'Log the control plane and encrypt Secrets with KMS (CloudFormation)',
        description: "Every AWS::EKS::Cluster enables at least the 'api', 'audit' and 'authenticator' types in 'Logging.ClusterLogging.EnabledTypes' and has an 'EncryptionConfig' for 'secrets' with a KMS 'Provider.KeyArn'.",
        docsUrl: 'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
        evidence: [
            'EKS.8',
            'EKS.3',
            'CKV_AWS_37',
            'CKV_AWS_58',
            'AwsSolutions-EKS2',
            'EKS best practices: auditing and logging',
        ],
        messages: {
            noCluster: "The template defines no 'AWS::EKS::Cluster'. Add the cluster (or submit an eksctl 'cluster.yaml' instead).",
            logTypes: "Cluster '{{cluster}}' does not send the {{missing}} control-plane logs to CloudWatch Logs, so API calls and who made them are not recorded (Security Hub EKS.8). Add them to 'Logging.ClusterLogging.EnabledTypes' as '- Type: audit'.",
            noSecretsEncryption: 'Cluster \'{{cluster}}\' stores Kubernetes Secrets without envelope encryption by a KMS key of yours (Security Hub EKS.3). Add "EncryptionConfig: [{ Resources: [secrets], Provider: { KeyArn: !GetAtt SecretsKey.Arn } }]".',
        },
    },
    check(doc, ctx) {
        const clusters = (0,_cluster_js__WEBPACK_IMPORTED_MODULE_0__/* .cfnFacts */ .$t)(doc);
        if (clusters.length === 0) {
            ctx.report('noCluster', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const facts of clusters) {
            const problems = (0,_cluster_js__WEBPACK_IMPORTED_MODULE_0__/* .auditProblems */ .eK)(facts);
            failed += problems.length;
            for (const p of problems)
                ctx.report(p.id, { cluster: facts.name, ...('missing' in p ? { missing: p.missing } : {}) }, p.path);
        }
        ctx.tally(2 * clusters.length, failed);
    },
}));


/***/ }),

/***/ 7637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ cfnFacts),
/* harmony export */   HI: () => (/* binding */ cfnHasOidc),
/* harmony export */   N2: () => (/* binding */ declaredKind),
/* harmony export */   WR: () => (/* binding */ CLUSTER_TYPE),
/* harmony export */   _o: () => (/* binding */ eksctlPodIdentities),
/* harmony export */   eK: () => (/* binding */ auditProblems),
/* harmony export */   fe: () => (/* binding */ cfnPodIdentities),
/* harmony export */   oM: () => (/* binding */ eksctlFacts),
/* harmony export */   rA: () => (/* binding */ isClusterConfig),
/* harmony export */   yK: () => (/* binding */ eksctlHasOidc),
/* harmony export */   zu: () => (/* binding */ accessProblems)
/* harmony export */ });
/* unused harmony exports REQUIRED_LOG_TYPES, ALL_LOG_TYPES, ACCESS_MODES */
/* harmony import */ var _lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9325);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(406);


/** The control-plane log types the lab asks for (Security Hub EKS.8 needs 'audit'). */
const REQUIRED_LOG_TYPES = ['api', 'audit', 'authenticator'];
const ALL_LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];
const ACCESS_MODES = ['API', 'API_AND_CONFIG_MAP'];
/** Whether a parsed YAML document is an eksctl ClusterConfig. */
function isClusterConfig(doc) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(doc.value) && doc.value['kind'] === 'ClusterConfig';
}
/** What `cluster.yaml` declares instead of a ClusterConfig, for the eksctl rules' `notClusterConfig` message. */
function declaredKind(doc) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(doc.value) ? String(doc.value['kind'] ?? '(none)') : '(none)';
}
function eksctlFacts(doc) {
    const v = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(doc.value);
    const vpc = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(v['vpc']);
    const endpoints = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(vpc['clusterEndpoints']);
    const access = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(v['accessConfig']);
    const logging = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)((0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(v['cloudWatch'])['clusterLogging']);
    const types = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(logging['enableTypes']).map(String);
    const cidrs = vpc['publicAccessCIDRs'];
    return {
        name: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(v['metadata'])['name']) ?? '(unnamed)',
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
            value: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(access['authenticationMode']),
            path: ['accessConfig', 'authenticationMode'],
        },
        defaultAuthenticationMode: 'API_AND_CONFIG_MAP',
        accessEntries: { value: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(access['accessEntries']).length, path: ['accessConfig', 'accessEntries'] },
        // eksctl takes '*' or 'all' for every log type.
        logTypes: {
            value: types.some((t) => t === '*' || t.toLowerCase() === 'all') ? [...ALL_LOG_TYPES] : types,
            path: ['cloudWatch', 'clusterLogging', 'enableTypes'],
        },
        secretsKey: {
            value: !!(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(v['secretsEncryption'])['keyARN']),
            path: ['secretsEncryption', 'keyARN'],
        },
    };
}
/** The eksctl form's Pod Identity associations: `iam.podIdentityAssociations`. */
function eksctlPodIdentities(doc) {
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)((0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)((0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(doc.value)['iam'])['podIdentityAssociations'])
        .map(_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)
        .flatMap((a) => {
        const namespace = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(a['namespace']);
        const serviceAccount = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(a['serviceAccountName']);
        return namespace && serviceAccount ? [{ namespace, serviceAccount }] : [];
    });
}
/** Whether the eksctl form sets up the IAM OIDC provider IRSA needs (`iam.withOIDC: true`). */
function eksctlHasOidc(doc) {
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)((0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(doc.value)['iam'])['withOIDC'] === true;
}
const CLUSTER_TYPE = 'AWS::EKS::Cluster';
/** The facts of each AWS::EKS::Cluster of a template. */
function cfnFacts(doc) {
    const t = doc.template;
    const entries = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, 'AWS::EKS::AccessEntry');
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, CLUSTER_TYPE).map((c) => {
        const p = c.props;
        const vpc = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(p['ResourcesVpcConfig']);
        const base = [...c.path, 'Properties'];
        const vpcPath = [...base, 'ResourcesVpcConfig'];
        const cidrs = vpc['PublicAccessCidrs'] === undefined ? undefined : (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalList */ .uG)(t, vpc['PublicAccessCidrs']);
        const types = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)((0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)((0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(p['Logging'])['ClusterLogging'])['EnabledTypes']).flatMap((e) => {
            const s = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(e)['Type']);
            return s ? [s] : [];
        });
        const encryption = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(p['EncryptionConfig']).map(_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9);
        return {
            name: c.name,
            privateEndpoint: {
                value: (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalBool */ .KG)(t, vpc['EndpointPrivateAccess']),
                path: [...vpcPath, 'EndpointPrivateAccess'],
            },
            publicEndpoint: {
                value: (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalBool */ .KG)(t, vpc['EndpointPublicAccess']),
                path: [...vpcPath, 'EndpointPublicAccess'],
            },
            publicCidrs: {
                value: cidrs?.map((x) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, x) ?? '(computed)'),
                path: [...vpcPath, 'PublicAccessCidrs'],
            },
            authenticationMode: {
                value: (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(p['AccessConfig'])['AuthenticationMode']),
                path: [...base, 'AccessConfig', 'AuthenticationMode'],
            },
            defaultAuthenticationMode: 'CONFIG_MAP',
            accessEntries: {
                value: entries.filter((e) => namesCluster(t, e.props['ClusterName'], c.name, p['Name'])).length,
                path: base,
            },
            logTypes: { value: types, path: [...base, 'Logging', 'ClusterLogging', 'EnabledTypes'] },
            secretsKey: {
                value: encryption.some((e) => (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(e['Resources']).some((r) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, r) === 'secrets') &&
                    (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .rec */ .D9)(e['Provider'])['KeyArn'] !== undefined),
                path: [...base, 'EncryptionConfig'],
            },
        };
    });
}
/** Whether a ClusterName property names this cluster: `!Ref Cluster`, or the cluster's literal Name. */
function namesCluster(t, v, logicalId, clusterName) {
    if ((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(v) && v['Ref'] === logicalId)
        return true;
    const name = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, v);
    const own = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, clusterName);
    return name !== undefined && own !== undefined && name === own;
}
/** The template's Pod Identity associations (AWS::EKS::PodIdentityAssociation with literal names). */
function cfnPodIdentities(doc) {
    const t = doc.template;
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, 'AWS::EKS::PodIdentityAssociation').flatMap((a) => {
        const namespace = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, a.props['Namespace']);
        const serviceAccount = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, a.props['ServiceAccount']);
        return namespace && serviceAccount ? [{ namespace, serviceAccount }] : [];
    });
}
/** Whether the template creates the IAM OIDC provider IRSA needs. */
function cfnHasOidc(doc) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(doc.template, 'AWS::IAM::OIDCProvider').length > 0;
}
const OPEN = new Set(['0.0.0.0/0', '::/0']);
function accessProblems(f) {
    const out = [];
    if (f.privateEndpoint.value !== true)
        out.push({ id: 'privateOff', path: f.privateEndpoint.path });
    if (f.publicEndpoint.value !== false) {
        const cidrs = f.publicCidrs.value;
        if (cidrs === undefined || cidrs.length === 0 || cidrs.some((c) => OPEN.has(c.trim())))
            out.push({
                id: 'publicOpen',
                path: cidrs === undefined ? f.publicEndpoint.path : f.publicCidrs.path,
                cidrs: cidrs === undefined || cidrs.length === 0
                    ? "no CIDR ranges listed, so '0.0.0.0/0'"
                    : cidrs.map((c) => `'${c}'`).join(', '),
            });
    }
    const mode = f.authenticationMode.value ?? f.defaultAuthenticationMode;
    if (!ACCESS_MODES.includes(mode))
        out.push({
            id: 'configMapMode',
            path: f.authenticationMode.path,
            mode: f.authenticationMode.value === undefined ? `'${mode}' (the default)` : `'${mode}'`,
        });
    else if (f.accessEntries.value === 0)
        out.push({ id: 'noAccessEntries', path: f.accessEntries.path });
    return out;
}
function auditProblems(f) {
    const out = [];
    const missing = REQUIRED_LOG_TYPES.filter((t) => !f.logTypes.value.includes(t));
    if (missing.length > 0)
        out.push({ id: 'logTypes', path: f.logTypes.path, missing: missing.map((m) => `'${m}'`).join(', ') });
    if (!f.secretsKey.value)
        out.push({ id: 'noSecretsEncryption', path: f.secretsKey.path });
    return out;
}
function bool(v) {
    return typeof v === 'boolean' ? v : undefined;
}


/***/ }),

/***/ 9889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _engine_define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2793);
/* harmony import */ var _cluster_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7637);
// EKS014: the eksctl ClusterConfig (cluster.yaml) restricts who can reach and who can use the Kubernetes API: the
// private endpoint is on, the public endpoint is off or limited to named CIDR ranges (Security Hub EKS.1), and
// access is granted with access entries (Cluster Access Management), under an authentication mode that reads them.


/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_engine_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    meta: {
        id: 'EKS014',
        name: 'eksctl-cluster-access',
        target: 'yaml',
        severity: 'error',
        title: 'Restrict the API endpoint and grant access with access entries (eksctl)',
        description: "The ClusterConfig turns on 'vpc.clusterEndpoints.privateAccess', turns 'publicAccess' off or limits 'vpc.publicAccessCIDRs' to named ranges, and lists 'accessConfig.accessEntries' under an authentication mode of 'API' or 'API_AND_CONFIG_MAP'.",
        docsUrl: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
        evidence: [
            'EKS.1',
            'CKV_AWS_38',
            'CKV_AWS_39',
            'AwsSolutions-EKS1',
            'EKS best practices: IAM (Cluster Access Manager)',
        ],
        messages: {
            notClusterConfig: "'{{file}}' is not an eksctl ClusterConfig ('kind: {{kind}}'), so it defines no cluster. Write 'apiVersion: eksctl.io/v1alpha5' and 'kind: ClusterConfig'.",
            privateOff: "Cluster '{{cluster}}' does not turn on its private endpoint, so nodes and pods reach the Kubernetes API over the internet. Set 'vpc.clusterEndpoints.privateAccess: true'.",
            publicOpen: "Cluster '{{cluster}}' leaves its public API endpoint open to the internet ({{cidrs}}); Security Hub EKS.1 flags it. Set 'vpc.clusterEndpoints.publicAccess: false', or list only your own ranges in 'vpc.publicAccessCIDRs'.",
            configMapMode: "Cluster '{{cluster}}' authenticates with {{mode}}, the deprecated aws-auth ConfigMap only, so access entries do not work. Set 'accessConfig.authenticationMode: API' (or 'API_AND_CONFIG_MAP' while migrating).",
            noAccessEntries: "Cluster '{{cluster}}' lists no access entries, so who may administer it is not in the file. Add 'accessConfig.accessEntries' with a 'principalARN' and an 'accessPolicies' entry (such as 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy' with \"accessScope: { type: cluster }\").",
        },
    },
    check(doc, ctx) {
        if (!(0,_cluster_js__WEBPACK_IMPORTED_MODULE_0__/* .isClusterConfig */ .rA)(doc)) {
            ctx.report('notClusterConfig', { file: doc.file, kind: (0,_cluster_js__WEBPACK_IMPORTED_MODULE_0__/* .declaredKind */ .N2)(doc) }, []);
            return;
        }
        const facts = (0,_cluster_js__WEBPACK_IMPORTED_MODULE_0__/* .eksctlFacts */ .oM)(doc);
        const problems = (0,_cluster_js__WEBPACK_IMPORTED_MODULE_0__/* .accessProblems */ .zu)(facts);
        for (const p of problems)
            ctx.report(p.id, {
                cluster: facts.name,
                ...('cidrs' in p ? { cidrs: p.cidrs } : {}),
                ...('mode' in p ? { mode: p.mode } : {}),
            }, p.path);
        ctx.tally(4, problems.length);
    },
}));


/***/ }),

/***/ 1144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _engine_define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2793);
/* harmony import */ var _cluster_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7637);
// EKS015: the eksctl ClusterConfig (cluster.yaml) sends the control plane's api, audit and authenticator logs to
// CloudWatch Logs (Security Hub EKS.8), so who did what to the cluster is recorded, and encrypts Kubernetes Secrets
// with a KMS key of yours (envelope encryption, Security Hub EKS.3).


/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_engine_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    meta: {
        id: 'EKS015',
        name: 'eksctl-cluster-audit',
        target: 'yaml',
        severity: 'error',
        title: 'Log the control plane and encrypt Secrets with KMS (eksctl)',
        description: "The ClusterConfig enables at least the 'api', 'audit' and 'authenticator' log types in 'cloudWatch.clusterLogging.enableTypes' and sets 'secretsEncryption.keyARN' to a KMS key.",
        docsUrl: 'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
        evidence: [
            'EKS.8',
            'EKS.3',
            'CKV_AWS_37',
            'CKV_AWS_58',
            'AwsSolutions-EKS2',
            'EKS best practices: auditing and logging',
        ],
        messages: {
            notClusterConfig: "'{{file}}' is not an eksctl ClusterConfig ('kind: {{kind}}'), so it defines no cluster. Write 'apiVersion: eksctl.io/v1alpha5' and 'kind: ClusterConfig'.",
            logTypes: "Cluster '{{cluster}}' does not send the {{missing}} control-plane logs to CloudWatch Logs, so API calls and who made them are not recorded (Security Hub EKS.8). Add them to 'cloudWatch.clusterLogging.enableTypes'.",
            noSecretsEncryption: "Cluster '{{cluster}}' stores Kubernetes Secrets without envelope encryption by a KMS key of yours (Security Hub EKS.3). Set 'secretsEncryption.keyARN' to the ARN of a customer managed KMS key.",
        },
    },
    check(doc, ctx) {
        if (!(0,_cluster_js__WEBPACK_IMPORTED_MODULE_0__/* .isClusterConfig */ .rA)(doc)) {
            ctx.report('notClusterConfig', { file: doc.file, kind: (0,_cluster_js__WEBPACK_IMPORTED_MODULE_0__/* .declaredKind */ .N2)(doc) }, []);
            return;
        }
        const facts = (0,_cluster_js__WEBPACK_IMPORTED_MODULE_0__/* .eksctlFacts */ .oM)(doc);
        const problems = (0,_cluster_js__WEBPACK_IMPORTED_MODULE_0__/* .auditProblems */ .eK)(facts);
        for (const p of problems)
            ctx.report(p.id, { cluster: facts.name, ...('missing' in p ? { missing: p.missing } : {}) }, p.path);
        ctx.tally(2, problems.length);
    },
}));


/***/ }),

/***/ 406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CZ: () => (/* binding */ ofKind),
/* harmony export */   D9: () => (/* binding */ rec),
/* harmony export */   JD: () => (/* binding */ objects),
/* harmony export */   LQ: () => (/* binding */ SERVING_KINDS),
/* harmony export */   N6: () => (/* binding */ namespaceOf),
/* harmony export */   Ov: () => (/* binding */ CLUSTER_SCOPED),
/* harmony export */   So: () => (/* binding */ appContainers),
/* harmony export */   UH: () => (/* binding */ resolvePort),
/* harmony export */   ZY: () => (/* binding */ portText),
/* harmony export */   at: () => (/* binding */ at),
/* harmony export */   bH: () => (/* binding */ workloads),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   jV: () => (/* binding */ setStart),
/* harmony export */   ko: () => (/* binding */ selects),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   yb: () => (/* binding */ selectedWorkloads)
/* harmony export */ });
/* unused harmony exports DEFAULT_NAMESPACE, containerPorts */
/* harmony import */ var _engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1290);
// Helper module (exports no rule): the cross-document model the EKS rules share. A manifest set (KubernetesDoc)
// holds every document of every manifest file; this module reads them as Kubernetes objects, finds the workloads
// and their pod templates, and answers the questions that span documents and files: which pods a label selector
// selects, which container port a Service targets, which namespace an object lands in. Every answer keeps the
// document it came from, so a finding points at the file and line the learner must change.

/** The namespace an object without `metadata.namespace` is created in by `kubectl apply` with no `-n`. */
const DEFAULT_NAMESPACE = 'default';
/** Where a finding on a document points: its own file, at a data path inside it. */
function at(doc, path) {
    return { file: doc.file, ...doc.locate(path) };
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function rec(v) {
    return (0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(v) ? v : {};
}
function list(v) {
    return Array.isArray(v) ? v : [];
}
/** Every document that is a Kubernetes object, in set order (file, then document). */
function objects(set) {
    const out = [];
    for (const doc of set.documents) {
        const v = doc.value;
        if (!(0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(v))
            continue;
        const apiVersion = str(v['apiVersion']);
        const kind = str(v['kind']);
        if (apiVersion === undefined || kind === undefined)
            continue;
        const meta = rec(v['metadata']);
        out.push({
            doc,
            apiVersion,
            kind,
            name: str(meta['name']) ?? '',
            namespace: str(meta['namespace']),
            value: v,
        });
    }
    return out;
}
function ofKind(set, ...kinds) {
    return (Array.isArray(set) ? set : objects(set)).filter((o) => kinds.includes(o.kind));
}
/** The namespace an object is created in: its own, else 'default'. */
function namespaceOf(o) {
    return o.namespace ?? DEFAULT_NAMESPACE;
}
/** Kinds that are not namespaced, so their `metadata.namespace` is ignored and they need no Namespace. */
const CLUSTER_SCOPED = new Set([
    'Namespace',
    'ClusterRole',
    'ClusterRoleBinding',
    'CustomResourceDefinition',
    'PersistentVolume',
    'StorageClass',
    'PriorityClass',
    'IngressClass',
    'RuntimeClass',
    'ValidatingWebhookConfiguration',
    'MutatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'APIService',
    'Node',
    'NodePool',
    'NodeClass',
    'EC2NodeClass',
    'GatewayClass',
    'ClusterIssuer',
]);
// ---------------------------------------------------------------------------------------------------------------
// Workloads and their pods.
/** Where each workload kind keeps its pod template's spec and labels. */
const POD_TEMPLATE = {
    Deployment: ['spec', 'template'],
    StatefulSet: ['spec', 'template'],
    DaemonSet: ['spec', 'template'],
    ReplicaSet: ['spec', 'template'],
    ReplicationController: ['spec', 'template'],
    Job: ['spec', 'template'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};
/** Workloads that run until stopped and serve traffic: the ones that need probes and several replicas. */
const SERVING_KINDS = [
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'ReplicaSet',
    'ReplicationController',
];
function get(v, path) {
    let cur = v;
    for (const k of path) {
        if (Array.isArray(cur) && typeof k === 'number')
            cur = cur[k];
        else if ((0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(cur) && typeof k === 'string')
            cur = cur[k];
        else
            return undefined;
    }
    return cur;
}
function stringMap(v) {
    const out = {};
    for (const [k, x] of Object.entries(rec(v)))
        if (typeof x === 'string')
            out[k] = x;
    return out;
}
/** Every object that runs pods (workload controllers and bare Pods), with its pod spec and containers. */
function workloads(set, kinds) {
    const out = [];
    for (const obj of Array.isArray(set) ? set : objects(set)) {
        if (kinds && !kinds.includes(obj.kind))
            continue;
        let template;
        let specPath;
        if (obj.kind === 'Pod') {
            template = [];
            specPath = ['spec'];
        }
        else {
            const t = POD_TEMPLATE[obj.kind];
            if (!t)
                continue;
            template = t;
            specPath = [...t, 'spec'];
        }
        const podSpec = rec(get(obj.value, specPath));
        const containers = [];
        for (const key of ['containers', 'initContainers']) {
            list(podSpec[key]).forEach((c, i) => {
                if (!(0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(c))
                    return;
                containers.push({
                    value: c,
                    name: str(c['name']) ?? `#${i + 1}`,
                    path: [...specPath, key, i],
                    init: key === 'initContainers',
                });
            });
        }
        out.push({
            obj,
            podSpecPath: specPath,
            podSpec,
            podLabels: stringMap(get(obj.value, [...template, 'metadata', 'labels'])),
            containers,
        });
    }
    return out;
}
/** App containers only: init containers run to completion before the pod serves, so probes do not apply. */
function appContainers(w) {
    return w.containers.filter((c) => !c.init);
}
/** "Deployment 'web'", for messages. */
function describe(o) {
    return `${o.kind} '${o.name || '(no name)'}'`;
}
// ---------------------------------------------------------------------------------------------------------------
// Label selectors.
/**
 * Whether a selector selects pods with these labels. `selector` is a LabelSelector (`matchLabels`,
 * `matchExpressions`), or for Services and ReplicationControllers a plain map. An empty LabelSelector selects every
 * pod (a NetworkPolicy's `podSelector: {}`); a missing or malformed one selects nothing. `plain` marks a Service's
 * map selector, for which an empty map selects nothing either (the Service then gets no endpoints).
 */
function selects(selector, labels, plain = false) {
    if (!(0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(selector))
        return false;
    if (plain) {
        const entries = Object.entries(selector);
        return entries.length > 0 && entries.every(([k, v]) => labels[k] === String(v));
    }
    const matchLabels = selector['matchLabels'];
    const exprs = selector['matchExpressions'];
    if (matchLabels !== undefined && !(0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(matchLabels))
        return false;
    if (exprs !== undefined && !Array.isArray(exprs))
        return false;
    for (const [k, v] of Object.entries(rec(matchLabels)))
        if (labels[k] !== String(v))
            return false;
    for (const e of list(exprs)) {
        if (!(0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(e))
            return false;
        const key = str(e['key']);
        const values = list(e['values']).map(String);
        if (key === undefined)
            return false;
        const has = Object.hasOwn(labels, key);
        switch (e['operator']) {
            case 'In':
                if (!has || !values.includes(labels[key]))
                    return false;
                break;
            case 'NotIn':
                if (has && values.includes(labels[key]))
                    return false;
                break;
            case 'Exists':
                if (!has)
                    return false;
                break;
            case 'DoesNotExist':
                if (has)
                    return false;
                break;
            default:
                return false;
        }
    }
    return true;
}
/** The serving workloads in `namespace` whose pods `selector` selects. */
function selectedWorkloads(all, namespace, selector, plain = false) {
    return all.filter((w) => namespaceOf(w.obj) === namespace && selects(selector, w.podLabels, plain));
}
// ---------------------------------------------------------------------------------------------------------------
// Ports.
/** A container port a Service or probe may name: by number, or by the port's `name`. */
function containerPorts(c) {
    return list(c.value['ports'])
        .filter(_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)
        .flatMap((p) => typeof p['containerPort'] === 'number' ? [{ number: p['containerPort'], name: str(p['name']) }] : []);
}
/**
 * The container port `ref` names (a number, a numeric string or a port name), or undefined. A number need not be
 * declared in `ports` to reach the container, but a port the container does not declare is almost always a typo, so
 * only declared ports count.
 */
function resolvePort(c, ref) {
    const ports = containerPorts(c);
    if (typeof ref === 'number')
        return ports.some((p) => p.number === ref) ? ref : undefined;
    if (typeof ref === 'string') {
        if (/^\d+$/.test(ref))
            return resolvePort(c, Number(ref));
        return ports.find((p) => p.name === ref)?.number;
    }
    return undefined;
}
/** A human form of a port reference for messages: 8080 or 'http'. */
function portText(ref) {
    return typeof ref === 'number' ? String(ref) : typeof ref === 'string' ? `'${ref}'` : 'none';
}
/** Where a finding about the set as a whole points: its first document, else its first file. */
function setStart(set) {
    const first = set.documents[0];
    return first ? at(first, []) : { file: set.files[0] ?? set.file, line: 1, column: 1 };
}


/***/ }),

/***/ 9946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   L: () => (/* binding */ usedServiceAccounts)
/* harmony export */ });
/* harmony import */ var _engine_define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2793);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(406);
// EKS012: every Deployment runs its pods under a ServiceAccount of its own, defined in the manifests in the same
// namespace. EKS Pod Identity associations and IRSA annotations both attach an IAM role to a service account, so a
// dedicated one gives the application its AWS permissions and nothing else in the namespace; pods left on 'default'
// share whatever is granted to it. Which identity the account gets is graded with the cluster definition.


/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_engine_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    meta: {
        id: 'EKS012',
        name: 'service-account',
        target: 'kubernetes',
        severity: 'error',
        title: 'Run the app under its own ServiceAccount',
        description: "Every Deployment sets 'serviceAccountName' to a ServiceAccount other than 'default' that the manifests define in the same namespace, so an IAM role can be given to this application alone.",
        docsUrl: 'https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html',
        evidence: ['CKV_K8S_41', 'EKS best practices: IAM (dedicated service account per application)'],
        messages: {
            noDeployment: "The manifests define no Deployment to give an identity. Add the application's Deployment.",
            defaultAccount: "{{object}} {{how}}, so its pods run as the namespace's 'default' ServiceAccount and share any permissions granted to it. Create a ServiceAccount for the application and set 'serviceAccountName' in the pod template.",
            undefinedAccount: "{{object}} runs as ServiceAccount '{{account}}', which no manifest defines in namespace '{{namespace}}', so the pods are not created until someone makes it by hand. Add a ServiceAccount '{{account}}' in namespace '{{namespace}}'.",
        },
    },
    check(set, ctx) {
        const all = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .objects */ .JD)(set);
        const deployments = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .workloads */ .bH)(all, ['Deployment']);
        if (deployments.length === 0) {
            ctx.report('noDeployment', {}, (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .setStart */ .jV)(set));
            return;
        }
        const accounts = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ofKind */ .CZ)(all, 'ServiceAccount');
        let failed = 0;
        for (const w of deployments) {
            // 'serviceAccount' is the deprecated alias of 'serviceAccountName'; Kubernetes still honours it.
            const key = w.podSpec['serviceAccountName'] !== undefined ? 'serviceAccountName' : 'serviceAccount';
            const account = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w.podSpec[key]);
            if (account === undefined || account === '' || account === 'default') {
                failed++;
                ctx.report('defaultAccount', {
                    object: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(w.obj),
                    how: account === 'default' ? "sets 'serviceAccountName: default'" : "sets no 'serviceAccountName'",
                }, (0,_model_js__WEBPACK_IMPORTED_MODULE_0__.at)(w.obj.doc, account === undefined ? w.podSpecPath : [...w.podSpecPath, key]));
                continue;
            }
            if (!accounts.some((a) => a.name === account && (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .namespaceOf */ .N6)(a) === (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .namespaceOf */ .N6)(w.obj))) {
                failed++;
                ctx.report('undefinedAccount', { object: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(w.obj), account, namespace: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .namespaceOf */ .N6)(w.obj) }, (0,_model_js__WEBPACK_IMPORTED_MODULE_0__.at)(w.obj.doc, [...w.podSpecPath, key]));
            }
        }
        ctx.tally(deployments.length, failed);
    },
}));
/** The ServiceAccounts the Deployments run as, as '<namespace>/<name>', for the workload-identity check. */
function usedServiceAccounts(set) {
    const out = new Map();
    for (const w of (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .workloads */ .bH)(set, ['Deployment'])) {
        const name = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w.podSpec['serviceAccountName']) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(w.podSpec['serviceAccount']);
        if (!name || name === 'default')
            continue;
        out.set(`${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .namespaceOf */ .N6)(w.obj)}/${name}`, { namespace: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .namespaceOf */ .N6)(w.obj), name });
    }
    return [...out.values()];
}


/***/ }),

/***/ 9235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ readSubject),
/* harmony export */   DY: () => (/* binding */ pointsAt),
/* harmony export */   Dy: () => (/* binding */ propPath),
/* harmony export */   Ij: () => (/* binding */ APP_DEFAULT_PORT),
/* harmony export */   Jb: () => (/* binding */ APP_RUNNER_SERVICE),
/* harmony export */   Jf: () => (/* binding */ existingPath),
/* harmony export */   P5: () => (/* binding */ APP_RUNNER_SCALING),
/* harmony export */   QX: () => (/* binding */ roleUse),
/* harmony export */   Rs: () => (/* binding */ LOG_GROUP),
/* harmony export */   TS: () => (/* binding */ expressMessages),
/* harmony export */   cC: () => (/* binding */ KMS_KEY),
/* harmony export */   et: () => (/* binding */ subjectOf),
/* harmony export */   hh: () => (/* binding */ APP_RUNNER_CONNECTOR),
/* harmony export */   i9: () => (/* binding */ trusts),
/* harmony export */   kk: () => (/* binding */ portVariable),
/* harmony export */   tF: () => (/* binding */ trustedPrincipals),
/* harmony export */   v: () => (/* binding */ appPort)
/* harmony export */ });
/* unused harmony exports EXPRESS_SERVICE, attributeIn */
/* harmony import */ var _lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9325);
/* harmony import */ var _lib_iam_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(492);
/* harmony import */ var _lib_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5327);



const EXPRESS_SERVICE = 'AWS::ECS::ExpressGatewayService';
const APP_RUNNER_SERVICE = 'AWS::AppRunner::Service';
const APP_RUNNER_SCALING = 'AWS::AppRunner::AutoScalingConfiguration';
const APP_RUNNER_CONNECTOR = 'AWS::AppRunner::VpcConnector';
const LOG_GROUP = 'AWS::Logs::LogGroup';
const KMS_KEY = 'AWS::KMS::Key';
const expressMessages = {
    noService: "The template defines no 'AWS::ECS::ExpressGatewayService' (nor an 'AWS::AppRunner::Service'), so there is nothing to check yet. Add the Express service that runs the labs-web image (see the lab README).",
};
/** The service the lab grades: the first Express service, else the first App Runner service. */
function subjectOf(t) {
    const express = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, EXPRESS_SERVICE)[0];
    if (express)
        return { design: 'express', svc: express };
    const runner = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, APP_RUNNER_SERVICE)[0];
    return runner ? { design: 'apprunner', svc: runner } : undefined;
}
/** The graded service, or undefined after reporting that there is none. */
function readSubject(doc, ctx) {
    const s = subjectOf(doc.template);
    if (!s)
        ctx.report('noService', {}, ['Resources']);
    return s;
}
/** The data path of a property of the service, for findings. */
function propPath(svc, ...rest) {
    return [...svc.path, 'Properties', ...rest];
}
/** The deepest existing object along a property path of the service: where to report a missing setting. */
function existingPath(svc, keys) {
    let at = propPath(svc);
    let cur = svc.props;
    for (const k of keys) {
        const next = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(cur) ? cur[k] : undefined;
        if (!(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(next))
            break;
        at = [...at, k];
        cur = next;
    }
    return at;
}
// ---------------------------------------------------------------------------------------------
// The app's port. The labs-web server (labs/01-production-dockerfile/server.js) listens on the PORT environment
// variable, or 3000 when it is not set.
const APP_DEFAULT_PORT = 3000;
/**
 * The port the app listens on, from a list of environment entries (`{ Name, Value }`): the PORT entry's literal
 * value, 3000 when there is none, or undefined when PORT is set to something the template does not fix.
 */
function appPort(t, env) {
    const entry = portVariable(t, env);
    if (!entry)
        return APP_DEFAULT_PORT;
    const value = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, entry['Value']);
    return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}
/** The environment entry that sets PORT, if any. */
function portVariable(t, env) {
    const list = Array.isArray(env) ? env : [];
    const entry = list.find((e) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(e) && (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, e['Name']) === 'PORT');
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry) ? entry : undefined;
}
function roleUse(t, v) {
    if (v === undefined || v === null)
        return undefined;
    const id = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(v);
    const r = id === undefined ? undefined : (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resource */ .Zc)(t, id);
    if (r?.resource.Type === _lib_iam_js__WEBPACK_IMPORTED_MODULE_1__/* .ROLE */ .z7)
        return attributeIn(v) === 'Arn' ? { kind: 'role', role: r } : { kind: 'name', role: r };
    return {
        kind: 'external',
        text: (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, v) ?? (id !== undefined ? `!Ref ${id}` : 'a computed value'),
    };
}
/** Whether a role's trust policy lets the AWS service principal assume it. */
function trusts(t, role, principal) {
    return (0,_lib_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .policyStatements */ .H9)((0,_lib_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .policyDocument */ .yr)(role.props['AssumeRolePolicyDocument'])).some(({ statement }) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, statement['Effect']) === 'Allow' &&
        (0,_lib_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .stringList */ .Yn)((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(statement, ['Principal', 'Service'])).includes(principal));
}
/** The service principals a role trusts, quoted and joined for a message, or 'no AWS service'. */
function trustedPrincipals(t, role) {
    const list = (0,_lib_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .policyStatements */ .H9)((0,_lib_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .policyDocument */ .yr)(role.props['AssumeRolePolicyDocument'])).flatMap(({ statement }) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, statement['Effect']) === 'Allow'
        ? (0,_lib_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .stringList */ .Yn)((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(statement, ['Principal', 'Service']))
        : []);
    return list.length ? list.map((p) => `'${p}'`).join(', ') : 'no AWS service';
}
// ---------------------------------------------------------------------------------------------
// Resources a property points at.
/** The resource of this template of the given type that a value names by `!GetAtt X.<attr>` (or `!Ref X`). */
function pointsAt(t, v, type, attrs) {
    const id = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(v);
    const r = id === undefined ? undefined : (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resource */ .Zc)(t, id);
    if (!r || r.resource.Type !== type)
        return undefined;
    return attrs.includes(attributeIn(v)) ? r : undefined;
}
/** The attribute a value names: `!GetAtt X.Attr`, or a Sub that is only '${X.Attr}'. */
function attributeIn(v) {
    const ga = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .attributeOf */ .w4)(v);
    if (ga !== undefined || !(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(v))
        return ga;
    const sub = v['Fn::Sub'];
    const text = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
    return text === undefined ? undefined : /^\$\{[A-Za-z0-9]+\.([A-Za-z0-9.]+)\}$/.exec(text)?.[1];
}


/***/ }),

/***/ 4742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ clusterCapacity),
/* harmony export */   C: () => (/* binding */ readStrategy),
/* harmony export */   Ib: () => (/* binding */ taskDefinitionOf),
/* harmony export */   JN: () => (/* binding */ quoteList),
/* harmony export */   Mz: () => (/* binding */ containersOf),
/* harmony export */   Tr: () => (/* binding */ FARGATE),
/* harmony export */   Ui: () => (/* binding */ FARGATE_SPOT),
/* harmony export */   bH: () => (/* binding */ itemFor),
/* harmony export */   e1: () => (/* binding */ asText),
/* harmony export */   es: () => (/* binding */ clusterOf),
/* harmony export */   ni: () => (/* binding */ allowsFargate)
/* harmony export */ });
/* unused harmony export associationsOf */
/* harmony import */ var _lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9325);

const FARGATE = 'FARGATE';
const FARGATE_SPOT = 'FARGATE_SPOT';
/** Reads a `CapacityProviderStrategy` / `DefaultCapacityProviderStrategy` value. */
function readStrategy(t, raw, path) {
    if (raw === undefined || raw === null)
        return { kind: 'absent' };
    if (!Array.isArray(raw))
        return { kind: (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isIntrinsic */ .I9)(raw) ? 'computed' : 'invalid', path };
    const items = raw.map((entry, index) => {
        const p = [...path, index];
        if (!(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry)) {
            return {
                index,
                path: p,
                provider: undefined,
                customProvider: false,
                base: undefined,
                baseWritten: false,
                weight: undefined,
                weightWritten: false,
                wellFormed: false,
            };
        }
        const rawProvider = entry['CapacityProvider'];
        const custom = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetResource */ .cR)(t, rawProvider)?.resource.Type === 'AWS::ECS::CapacityProvider';
        const numberOrZero = (v) => (v === undefined ? 0 : (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalNumber */ .TB)(t, v));
        return {
            index,
            path: p,
            provider: custom ? undefined : (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, rawProvider),
            customProvider: custom,
            base: numberOrZero(entry['Base']),
            baseWritten: entry['Base'] !== undefined,
            weight: numberOrZero(entry['Weight']),
            weightWritten: entry['Weight'] !== undefined,
            wellFormed: true,
        };
    });
    return { kind: 'list', path, items };
}
/** The strategy item for a provider, if the strategy names it. */
function itemFor(s, provider) {
    return s.kind === 'list' ? s.items.find((i) => i.provider === provider) : undefined;
}
/** The template's cluster a service runs in, if its `Cluster` points at one. */
function clusterOf(t, service) {
    const c = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetResource */ .cR)(t, service.props['Cluster']);
    return c?.resource.Type === 'AWS::ECS::Cluster' ? c : undefined;
}
/** The template's task definition a service runs, if its `TaskDefinition` points at one. */
function taskDefinitionOf(t, service) {
    const td = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetResource */ .cR)(t, service.props['TaskDefinition']);
    return td?.resource.Type === 'AWS::ECS::TaskDefinition' ? td : undefined;
}
/** `AWS::ECS::ClusterCapacityProviderAssociations` resources attached to a cluster of this template. */
function associationsOf(t, cluster) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, 'AWS::ECS::ClusterCapacityProviderAssociations').filter((a) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetResource */ .cR)(t, a.props['Cluster'])?.name === cluster.name);
}
/** What capacity a cluster of the template offers. */
function clusterCapacity(t, cluster) {
    const providers = new Set();
    let uncertain = false;
    const add = (raw) => {
        if (raw === undefined)
            return;
        const list = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalList */ .uG)(t, raw);
        if (!list) {
            uncertain = true;
            return;
        }
        for (const v of list) {
            const name = typeof v === 'string' ? v : (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetResource */ .cR)(t, v)?.name;
            if (name)
                providers.add(name);
            else
                uncertain = true;
        }
    };
    add(cluster.props['CapacityProviders']);
    let providersPath = [...cluster.path, 'Properties'];
    if (cluster.props['CapacityProviders'] !== undefined)
        providersPath = [...cluster.path, 'Properties', 'CapacityProviders'];
    let defaultStrategy = readStrategy(t, cluster.props['DefaultCapacityProviderStrategy'], [
        ...cluster.path,
        'Properties',
        'DefaultCapacityProviderStrategy',
    ]);
    for (const a of associationsOf(t, cluster)) {
        add(a.props['CapacityProviders']);
        if (cluster.props['CapacityProviders'] === undefined)
            providersPath = [...a.path, 'Properties', 'CapacityProviders'];
        if (defaultStrategy.kind === 'absent') {
            defaultStrategy = readStrategy(t, a.props['DefaultCapacityProviderStrategy'], [
                ...a.path,
                'Properties',
                'DefaultCapacityProviderStrategy',
            ]);
        }
    }
    return { providers, uncertain, providersPath, defaultStrategy };
}
/** Whether a task definition can run on Fargate: `RequiresCompatibilities` absent, or listing FARGATE. */
function allowsFargate(t, td) {
    const rc = td.props['RequiresCompatibilities'];
    if (rc === undefined)
        return true;
    const list = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalList */ .uG)(t, rc);
    if (!list)
        return true;
    return list.some((v) => typeof v === 'string' && v.toUpperCase() === 'FARGATE');
}
/** A task definition's container objects (entries that are not objects are skipped). */
function containersOf(td) {
    const list = td.props['ContainerDefinitions'];
    if (!Array.isArray(list))
        return [];
    const out = [];
    list.forEach((def, index) => {
        if (!(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(def))
            return;
        const name = def['Name'];
        const label = typeof name === 'string' && name.trim() !== '' ? name : `#${index + 1}`;
        out.push({ index, label, def, path: [...td.path, 'Properties', 'ContainerDefinitions', index] });
    });
    return out;
}
/** A value as message text: scalars as written, anything else as JSON (never throws, even for odd objects). */
function asText(v) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    try {
        return JSON.stringify(v) ?? 'nothing';
    }
    catch {
        return 'an unreadable value';
    }
}
/** "'FARGATE' and 'FARGATE_SPOT'" style lists for messages. */
function quoteList(names) {
    const q = names.map((n) => `'${n}'`);
    if (q.length <= 1)
        return q.join('');
    return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}


/***/ }),

/***/ 492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ statementsOf),
/* harmony export */   Q0: () => (/* binding */ valueList),
/* harmony export */   Te: () => (/* binding */ texts),
/* harmony export */   V2: () => (/* binding */ identityPolicies),
/* harmony export */   WY: () => (/* binding */ resolveText),
/* harmony export */   fG: () => (/* binding */ roleAllows),
/* harmony export */   kW: () => (/* binding */ allowsOfRole),
/* harmony export */   pI: () => (/* binding */ awsManagedPolicies),
/* harmony export */   z7: () => (/* binding */ ROLE)
/* harmony export */ });
/* unused harmony exports POLICY, MANAGED_POLICY, policiesOfRole */
/* harmony import */ var _auto_scaling_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2408);
/* harmony import */ var _cloudformation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9325);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5327);



const ROLE = 'AWS::IAM::Role';
const POLICY = 'AWS::IAM::Policy';
const MANAGED_POLICY = 'AWS::IAM::ManagedPolicy';
// ---------------------------------------------------------------------------------------------
// Values as the template fixes them.
/**
 * The text a string value builds, with parameter Defaults and `AWS::Partition` ('aws') filled in and every other
 * reference kept as a `${Name}` or `${Name.Attr}` placeholder; undefined when an intrinsic the grader does not
 * follow decides part of it (If, Select, ImportValue).
 */
function resolveText(t, v) {
    const tokens = (0,_auto_scaling_model_js__WEBPACK_IMPORTED_MODULE_0__/* .tokensOf */ .k8)(v);
    if (!tokens)
        return undefined;
    return tokens
        .map((tok) => {
        if ('text' in tok)
            return tok.text;
        if (!tok.attr) {
            if (tok.ref === 'AWS::Partition')
                return 'aws';
            const p = t.Parameters?.[tok.ref];
            const d = (0,_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(p) ? p['Default'] : undefined;
            if (typeof d === 'string' || typeof d === 'number')
                return String(d);
        }
        return `\${${tok.ref}${tok.attr ? `.${tok.attr}` : ''}}`;
    })
        .join('');
}
/**
 * The entries of a string-or-list IAM field: a list's items, both branches of an `Fn::If`, a list parameter's
 * Default split at commas; `AWS::NoValue` contributes nothing.
 */
function valueList(t, v, depth = 0) {
    if (depth > 8 || v === undefined || v === null)
        return [];
    if (Array.isArray(v))
        return v.flatMap((x) => valueList(t, x, depth + 1));
    if (!(0,_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(v))
        return [v];
    const cond = v['Fn::If'];
    if (Array.isArray(cond) && cond.length === 3)
        return [...valueList(t, cond[1], depth + 1), ...valueList(t, cond[2], depth + 1)];
    const ref = v['Ref'];
    if (ref === 'AWS::NoValue')
        return [];
    if (typeof ref === 'string') {
        const p = t.Parameters?.[ref];
        const type = (0,_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(p) && typeof p['Type'] === 'string' ? p['Type'] : '';
        const d = (0,_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(p) ? p['Default'] : undefined;
        if ((type.startsWith('List<') || type === 'CommaDelimitedList') && typeof d === 'string')
            return d.split(',').map((s) => s.trim());
    }
    return [v];
}
/** The resolved texts of a string-or-list field; entries the grader cannot read are left out. */
function texts(t, v) {
    return valueList(t, v).flatMap((x) => {
        const s = resolveText(t, x);
        return s === undefined ? [] : [s];
    });
}
/** A document given as an object, JSON text, or a Sub of JSON text; undefined when it cannot be read. */
function readDocument(t, v) {
    if ((0,_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(v) && !('Fn::Sub' in v) && !('Fn::Join' in v))
        return { doc: v, located: true };
    const text = typeof v === 'string' ? v : resolveText(t, v);
    if (text === undefined)
        return undefined;
    const doc = (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .policyDocument */ .yr)(text);
    return doc === undefined ? undefined : { doc, located: false };
}
/** The statements of a policy document, resolved. */
function statementsOf(t, value, path) {
    const read = readDocument(t, value);
    if (!read || !(0,_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(read.doc))
        return [];
    const raw = read.doc['Statement'];
    const list = Array.isArray(raw)
        ? raw.map((s, i) => [s, i])
        : [[raw, null]];
    return list.flatMap(([st, index]) => {
        if (!(0,_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(st))
            return [];
        const sid = typeof st['Sid'] === 'string' && st['Sid'] !== '' ? st['Sid'] : undefined;
        const at = !read.located
            ? path
            : index === null
                ? [...path, 'Statement']
                : [...path, 'Statement', index];
        return [
            {
                st,
                path: at,
                label: sid ? `statement '${sid}'` : `statement ${(index ?? 0) + 1}`,
                allow: resolveText(t, st['Effect']) === 'Allow',
                actions: texts(t, st['Action']),
                resources: texts(t, st['Resource']),
            },
        ];
    });
}
/** Logical ids of this template's roles a `Roles` list names (by `!Ref Role`). */
function rolesIn(t, v) {
    return valueList(t, v).flatMap((x) => {
        const id = (0,_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .targetOf */ .$r)(x);
        return id && (0,_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .resource */ .Zc)(t, id)?.resource.Type === ROLE ? [id] : [];
    });
}
/** Every identity policy document of the template and the roles each applies to. */
function identityPolicies(t) {
    const out = [];
    const roles = (0,_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .resources */ .ES)(t, ROLE);
    for (const role of roles) {
        const inline = role.props['Policies'];
        if (!Array.isArray(inline))
            continue;
        inline.forEach((p, i) => {
            if (!(0,_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(p))
                return;
            const path = [...role.path, 'Properties', 'Policies', i, 'PolicyDocument'];
            const name = (0,_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .literalString */ .dc)(t, p['PolicyName']);
            out.push({
                owner: role.name,
                label: name ? `role '${role.name}' (policy '${name}')` : `role '${role.name}'`,
                roles: [role.name],
                path,
                statements: statementsOf(t, p['PolicyDocument'], path),
            });
        });
    }
    for (const p of (0,_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .resources */ .ES)(t, POLICY, MANAGED_POLICY)) {
        const path = [...p.path, 'Properties', 'PolicyDocument'];
        const attached = new Set(rolesIn(t, p.props['Roles']));
        if (p.resource.Type === MANAGED_POLICY)
            for (const role of roles)
                if (valueList(t, role.props['ManagedPolicyArns']).some((a) => (0,_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .targetOf */ .$r)(a) === p.name))
                    attached.add(role.name);
        out.push({
            owner: p.name,
            label: `policy '${p.name}'`,
            roles: [...attached],
            path,
            statements: statementsOf(t, p.props['PolicyDocument'], path),
        });
    }
    return out;
}
/** The identity policies that apply to one role of the template. */
function policiesOfRole(t, role) {
    return identityPolicies(t).filter((p) => p.roles.includes(role));
}
/** The Allow statements that apply to a role, with the policy each comes from. */
function allowsOfRole(t, role) {
    return policiesOfRole(t, role).flatMap((policy) => policy.statements.filter((s) => s.allow).map((s) => ({ policy, s })));
}
/** Whether a role's Allow statements grant an action (by name or by a wildcard pattern that covers it). */
function roleAllows(t, role, action) {
    return allowsOfRole(t, role).some(({ s }) => s.actions.some((a) => (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .actionMatches */ .GE)(a, action)));
}
/** AWS managed policies a role attaches: their names (the part after 'policy/'), with where each is written. */
function awsManagedPolicies(t, role) {
    const list = role.props['ManagedPolicyArns'];
    const entries = Array.isArray(list) ? list : [];
    return entries.flatMap((v, i) => {
        const text = resolveText(t, v);
        const m = text === undefined ? null : /^arn:[^:]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(text);
        return m ? [{ name: m[1], path: [...role.path, 'Properties', 'ManagedPolicyArns', i] }] : [];
    });
}


/***/ }),

/***/ 4635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ aliasLoadBalancer),
/* harmony export */   Dp: () => (/* binding */ isRegion),
/* harmony export */   E5: () => (/* binding */ LOAD_BALANCER),
/* harmony export */   Ix: () => (/* binding */ healthCheckOf),
/* harmony export */   JG: () => (/* binding */ RTO_FLOOR),
/* harmony export */   O5: () => (/* binding */ isFixedText),
/* harmony export */   Ov: () => (/* binding */ policiesFor),
/* harmony export */   Ux: () => (/* binding */ HEALTH_CHECK),
/* harmony export */   YL: () => (/* binding */ STRATEGIES),
/* harmony export */   Yy: () => (/* binding */ assertsOtherRegion),
/* harmony export */   bY: () => (/* binding */ parameterFiles),
/* harmony export */   cJ: () => (/* binding */ regionalLiterals),
/* harmony export */   cW: () => (/* binding */ TRAFFIC),
/* harmony export */   e7: () => (/* binding */ RECOVERY_FIELDS),
/* harmony export */   i0: () => (/* binding */ replicationDestinations),
/* harmony export */   ij: () => (/* binding */ REGIONS),
/* harmony export */   no: () => (/* binding */ IMAGES),
/* harmony export */   o8: () => (/* binding */ durationSeconds),
/* harmony export */   vD: () => (/* binding */ COMMERCIAL_REGIONS),
/* harmony export */   xA: () => (/* binding */ routingRecords),
/* harmony export */   ye: () => (/* binding */ failoverRoles),
/* harmony export */   zJ: () => (/* binding */ REPLICATION)
/* harmony export */ });
/* unused harmony exports isOwnRegion, RECORD_SET, RECORD_SET_GROUP, dnsRecords, parameterTexts, readParameterFile */
/* harmony import */ var _engine_parsers_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2369);
/* harmony import */ var _lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9325);


/**
 * Every Region name cfn-lint 1.51.0 knows (`cfnlint.helpers.REGIONS`, which it takes from AWS's published endpoint
 * data), in all partitions. The AWS list is at https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html.
 * Literal detection uses every partition, since any of them ties a template to one Region.
 */
const REGIONS = [
    'af-south-1',
    'ap-east-1',
    'ap-east-2',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-south-2',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-6',
    'ap-southeast-7',
    'ca-central-1',
    'ca-west-1',
    'cn-north-1',
    'cn-northwest-1',
    'eu-central-1',
    'eu-central-2',
    'eu-isoe-west-1',
    'eu-north-1',
    'eu-south-1',
    'eu-south-2',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'eusc-de-east-1',
    'il-central-1',
    'me-central-1',
    'me-south-1',
    'mx-central-1',
    'sa-east-1',
    'us-east-1',
    'us-east-2',
    'us-gov-east-1',
    'us-gov-west-1',
    'us-iso-east-1',
    'us-iso-west-1',
    'us-isob-east-1',
    'us-isob-west-1',
    'us-isof-east-1',
    'us-isof-south-1',
    'us-west-1',
    'us-west-2',
];
/** The commercial (`aws` partition) Regions: the ones a parameter file may be named after in this course. */
const COMMERCIAL_REGIONS = REGIONS.filter((r) => !/^(cn-|us-gov-|us-iso|eu-isoe-|eusc-)/.test(r));
function isRegion(s) {
    return typeof s === 'string' && REGIONS.includes(s);
}
const byLength = [...REGIONS].sort((a, b) => b.length - a.length);
/** A Region name, or a zone name (the Region and one letter), standing alone in a text. */
const REGION_IN_TEXT = new RegExp(`(?<![A-Za-z0-9-])(${byLength.join('|')})([a-z])?(?![A-Za-z0-9-])`, 'g');
/** Twelve digits standing alone: an account id (in an ARN, an ECR registry host, a RegistryId). */
const ACCOUNT_IN_TEXT = /(?<![A-Za-z0-9])\d{12}(?![A-Za-z0-9])/g;
/** An ARN that spells its partition ('arn:aws:', 'arn:aws-cn:') instead of '${AWS::Partition}'. */
const PARTITION_IN_TEXT = /(?<![A-Za-z0-9])arn:(aws(?:-[a-z]+)*):/g;
/** Every literal of the four kinds in one text, in order of appearance. */
function regionalLiterals(text) {
    const found = [];
    for (const m of text.matchAll(REGION_IN_TEXT))
        found.push({ at: m.index, lit: { kind: m[2] ? 'zone' : 'region', value: m[0] } });
    for (const m of text.matchAll(ACCOUNT_IN_TEXT))
        found.push({ at: m.index, lit: { kind: 'account', value: m[0] } });
    for (const m of text.matchAll(PARTITION_IN_TEXT))
        found.push({ at: m.index, lit: { kind: 'partition', value: `arn:${m[1]}:` } });
    return found.sort((a, b) => a.at - b.at).map((f) => f.lit);
}
// ---------------------------------------------------------------------------------------------
// ECR replication destinations.
const REPLICATION = 'AWS::ECR::ReplicationConfiguration';
/** `!Ref AWS::Region` or `!Sub '${AWS::Region}'`: the stack's own Region. */
function isOwnRegion(v) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(v) && (v['Ref'] === 'AWS::Region' || v['Fn::Sub'] === '${AWS::Region}');
}
/** A FindInMap keyed by the stack's Region whose entries all name another Region: the map's name, else undefined. */
function regionMapping(t, v) {
    const args = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(v) ? v['Fn::FindInMap'] : undefined;
    if (!Array.isArray(args) ||
        typeof args[0] !== 'string' ||
        !isOwnRegion(args[1]) ||
        typeof args[2] !== 'string')
        return undefined;
    const map = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(t.Mappings) ? t.Mappings[args[0]] : undefined;
    if (!(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(map) || Object.keys(map).length === 0)
        return undefined;
    const key = args[2];
    return Object.entries(map).every(([region, row]) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(row) && isRegion(row[key]) && row[key] !== region)
        ? args[0]
        : undefined;
}
/** Every destination Region of every replication rule of the template, classified. */
function replicationDestinations(t) {
    const out = [];
    for (const cfg of (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .resources */ .ES)(t, REPLICATION)) {
        const rc = cfg.props['ReplicationConfiguration'];
        const rules = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(rc) && Array.isArray(rc['Rules']) ? rc['Rules'] : [];
        rules.forEach((r, i) => {
            const dests = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(r) && Array.isArray(r['Destinations']) ? r['Destinations'] : [];
            dests.forEach((d, j) => {
                const path = [
                    ...cfg.path,
                    'Properties',
                    'ReplicationConfiguration',
                    'Rules',
                    i,
                    'Destinations',
                    j,
                    'Region',
                ];
                const raw = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(d) ? d['Region'] : undefined;
                const config = cfg.name;
                if (raw === undefined)
                    return; // cfn-lint E3003 reports the missing property
                if (isOwnRegion(raw))
                    out.push({ kind: 'own', path, config });
                else if (typeof raw === 'string')
                    out.push(isRegion(raw)
                        ? { kind: 'literal', path, config, region: raw }
                        : { kind: 'bad', path, config, value: raw });
                else if ((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(raw) && typeof raw['Ref'] === 'string' && (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(t.Parameters?.[raw['Ref']]))
                    out.push({ kind: 'parameter', path, config, parameter: raw['Ref'] });
                else {
                    const map = regionMapping(t, raw);
                    out.push(map ? { kind: 'mapping', path, config, map } : { kind: 'unreadable', path, config });
                }
            });
        });
    }
    return out;
}
/**
 * Whether the template's `Rules` section asserts that the parameter differs from the stack's Region:
 * `Fn::Not [ Fn::Equals [ !Ref P, !Ref AWS::Region ] ]`, in either order, in some rule's assertions.
 */
function assertsOtherRegion(t, param) {
    const rules = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(t['Rules']) ? t['Rules'] : {};
    const stack = [rules];
    while (stack.length) {
        const cur = stack.pop();
        if (Array.isArray(cur)) {
            stack.push(...cur);
            continue;
        }
        if (!(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(cur))
            continue;
        const not = cur['Fn::Not'];
        const eq = Array.isArray(not) && (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(not[0]) ? not[0]['Fn::Equals'] : undefined;
        if (Array.isArray(eq) && eq.length === 2) {
            const refs = eq.map((e) => ((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(e) ? e['Ref'] : undefined));
            if (refs.includes(param) && refs.includes('AWS::Region'))
                return true;
        }
        stack.push(...Object.values(cur));
    }
    return false;
}
// ---------------------------------------------------------------------------------------------
// Route 53 records and health checks.
const RECORD_SET = 'AWS::Route53::RecordSet';
const RECORD_SET_GROUP = 'AWS::Route53::RecordSetGroup';
const HEALTH_CHECK = 'AWS::Route53::HealthCheck';
const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
/** Every record of the template: RecordSets and every entry of every RecordSetGroup. */
function dnsRecords(t) {
    const out = [];
    const policyOf = (p) => p['Failover'] !== undefined
        ? 'failover'
        : p['Region'] !== undefined
            ? 'latency'
            : p['Weight'] !== undefined
                ? 'weighted'
                : undefined;
    for (const r of (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .resources */ .ES)(t, RECORD_SET, RECORD_SET_GROUP)) {
        if (r.resource.Type === RECORD_SET) {
            out.push({
                owner: r,
                label: r.name,
                props: r.props,
                path: [...r.path, 'Properties'],
                policy: policyOf(r.props),
            });
            continue;
        }
        const list = Array.isArray(r.props['RecordSets']) ? r.props['RecordSets'] : [];
        list.forEach((rec, i) => {
            if (!(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(rec))
                return;
            out.push({
                owner: r,
                label: `${r.name}.RecordSets[${i}]`,
                props: rec,
                path: [...r.path, 'Properties', 'RecordSets', i],
                policy: policyOf(rec),
            });
        });
    }
    return out;
}
/** The routing records: failover, latency and weighted. */
function routingRecords(t) {
    return dnsRecords(t).filter((r) => r.policy !== undefined);
}
/** The health check resource of this stack a record names in `HealthCheckId`, if it does. */
function healthCheckOf(t, rec) {
    const id = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .targetOf */ .$r)(rec.props['HealthCheckId']);
    const hc = id ? (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .resource */ .Zc)(t, id) : undefined;
    return hc?.resource.Type === HEALTH_CHECK ? hc : undefined;
}
/** The load balancer of this stack an alias record points at (`!GetAtt LoadBalancer.DNSName`), if any. */
function aliasLoadBalancer(t, rec) {
    const alias = rec.props['AliasTarget'];
    if (!(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(alias))
        return undefined;
    const id = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .targetOf */ .$r)(alias['DNSName']);
    const lb = id ? (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .resource */ .Zc)(t, id) : undefined;
    return lb?.resource.Type === LOAD_BALANCER ? lb : undefined;
}
/** Whether the value is literal text, not decided per stack (no Ref, GetAtt or Sub variable). */
function isFixedText(v) {
    if (typeof v === 'string' || typeof v === 'number')
        return true;
    if (!(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isIntrinsic */ .I9)(v))
        return false;
    const sub = v['Fn::Sub'];
    return typeof sub === 'string' && !/\$\{[^!]/.test(sub);
}
/** The literal failover roles a Failover value can take: one literal, the two branches of an If, or none. */
function failoverRoles(v) {
    if (typeof v === 'string')
        return [v];
    const branches = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(v) ? v['Fn::If'] : undefined;
    if (Array.isArray(branches) && typeof branches[1] === 'string' && typeof branches[2] === 'string')
        return [branches[1], branches[2]];
    return undefined;
}
// ---------------------------------------------------------------------------------------------
// Parameter files: parameters/<region>.json.
/** The path of a parameter file inside a submission: a file directly in a folder named 'parameters'. */
const PARAMETER_FILE = /(?:^|\/)parameters\/([^/]+)$/;
/** The files of a file set that sit in the 'parameters' folder (the lab folder's own, or the set itself). */
function parameterTexts(files) {
    return files.filter((f) => PARAMETER_FILE.test(f.file));
}
/** Reads one parameter file in either accepted format; what is wrong with it is in `problems`. */
function readParameterFile(f) {
    const base = PARAMETER_FILE.exec(f.file)?.[1] ?? f.file;
    const name = base.replace(/\.json$/, '');
    const out = {
        file: f.file,
        name,
        region: COMMERCIAL_REGIONS.includes(name) ? name : undefined,
        format: undefined,
        json: undefined,
        entries: new Map(),
        problems: [],
    };
    if (!base.endsWith('.json')) {
        out.problems.push({ id: 'notJson', data: { file: f.file }, line: 1, column: 1 });
        return out;
    }
    if (!out.region)
        out.problems.push({ id: 'notRegionName', data: { file: f.file, name }, line: 1, column: 1 });
    const parsed = (0,_engine_parsers_json_js__WEBPACK_IMPORTED_MODULE_0__.parseJson)(f.file, f.text);
    if (!parsed.ok) {
        const first = parsed.findings[0];
        out.problems.push({
            id: 'invalidJson',
            data: { file: f.file, why: first?.message ?? 'it cannot be read' },
            line: first?.line ?? 1,
            column: first?.column ?? 1,
        });
        return out;
    }
    const doc = parsed.doc;
    out.json = doc;
    const problem = (id, data, path) => out.problems.push({ id, data: { file: f.file, ...data }, ...doc.locate(path) });
    const add = (key, value, path, keyPath) => {
        if (out.entries.has(key)) {
            problem('duplicateKey', { key }, keyPath);
            return;
        }
        if (typeof value !== 'string')
            problem('notString', { key }, path);
        out.entries.set(key, { value, path, keyPath });
    };
    const v = doc.value;
    if (Array.isArray(v)) {
        out.format = 'cli';
        v.forEach((e, i) => {
            if (!(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(e) || typeof e['ParameterKey'] !== 'string' || !('ParameterValue' in e)) {
                problem('badEntry', { index: i + 1 }, [i]);
                return;
            }
            add(e['ParameterKey'], e['ParameterValue'], [i, 'ParameterValue'], [i, 'ParameterKey']);
        });
    }
    else if ((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(v) && (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(v['Parameters'])) {
        out.format = 'pipeline';
        for (const [k, value] of Object.entries(v['Parameters']))
            add(k, value, ['Parameters', k], ['Parameters', k]);
    }
    else
        problem('badShape', {}, []);
    return out;
}
/** Every parameter file of the set, read. */
function parameterFiles(files) {
    return parameterTexts(files).map(readParameterFile);
}
// ---------------------------------------------------------------------------------------------
// recovery.yaml.
/** The four strategies of the AWS disaster recovery whitepaper, as the file spells them. */
const STRATEGIES = [
    'backup-and-restore',
    'pilot-light',
    'warm-standby',
    'multi-site-active-active',
];
/**
 * The shortest RTO each strategy can honestly claim, in seconds, from the whitepaper's figure of the strategies
 * ("RPO/RTO: hours" for backup and restore, "tens of minutes" for pilot light, "minutes" for warm standby,
 * "real-time" for multi-site active/active).
 */
const RTO_FLOOR = {
    'backup-and-restore': 3600,
    'pilot-light': 600,
    'warm-standby': 60,
    'multi-site-active-active': 0,
};
const TRAFFIC = ['failover', 'latency', 'weighted'];
const IMAGES = ['replicated', 'rebuilt'];
const RECOVERY_FIELDS = ['strategy', 'rto', 'rpo', 'regions', 'traffic', 'images', 'how'];
const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
/** An ISO 8601 duration of days, hours, minutes and seconds ('PT15M', 'P1DT2H') in seconds; undefined otherwise. */
function durationSeconds(v) {
    if (typeof v !== 'string')
        return undefined;
    const m = DURATION.exec(v.trim());
    if (!m || v.trim() === 'P' || v.trim().endsWith('T'))
        return undefined;
    const [d, h, min, s] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0));
    return d * 86400 + h * 3600 + min * 60 + s;
}
/** The policies a traffic claim needs among the template's routing records. */
function policiesFor(traffic) {
    return traffic === 'failover' ? ['failover'] : traffic === 'latency' ? ['latency'] : ['weighted'];
}


/***/ }),

/***/ 1844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ flatten),
/* harmony export */   FN: () => (/* binding */ securityGroupOf),
/* harmony export */   Jl: () => (/* binding */ loadBalancerSubnets),
/* harmony export */   Kt: () => (/* binding */ ingressRulesOf),
/* harmony export */   O6: () => (/* binding */ reaches),
/* harmony export */   ON: () => (/* binding */ ALB),
/* harmony export */   QP: () => (/* binding */ describePorts),
/* harmony export */   Xk: () => (/* binding */ ingressRules),
/* harmony export */   Yr: () => (/* binding */ SUBNET),
/* harmony export */   a5: () => (/* binding */ portsOf),
/* harmony export */   gb: () => (/* binding */ distinctZones),
/* harmony export */   hH: () => (/* binding */ SECURITY_GROUP),
/* harmony export */   kx: () => (/* binding */ tierOf),
/* harmony export */   mx: () => (/* binding */ subnetRefs),
/* harmony export */   p5: () => (/* binding */ loadBalancerGroups),
/* harmony export */   r6: () => (/* binding */ isRegionalNatGateway),
/* harmony export */   uP: () => (/* binding */ subnetRouting),
/* harmony export */   vz: () => (/* binding */ sourceOf),
/* harmony export */   zZ: () => (/* binding */ azKey)
/* harmony export */ });
/* unused harmony exports INGRESS, CLASSIC_ELB, isPrivateNatGateway, subnetRef, isTemplateSubnet, isOpenCidr */
/* harmony import */ var _lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9325);

const SUBNET = 'AWS::EC2::Subnet';
const SECURITY_GROUP = 'AWS::EC2::SecurityGroup';
const INGRESS = 'AWS::EC2::SecurityGroupIngress';
const ALB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const CLASSIC_ELB = 'AWS::ElasticLoadBalancing::LoadBalancer';
function subnetRouting(t, subnet) {
    const routeTables = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, 'AWS::EC2::SubnetRouteTableAssociation')
        .filter((a) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(a.props['SubnetId']) === subnet)
        .map((a) => (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(a.props['RouteTableId']))
        .filter((id) => id !== undefined);
    let internetGateway = false;
    let natGateway = false;
    const privateNatGateways = [];
    for (const route of (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, 'AWS::EC2::Route')) {
        const table = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(route.props['RouteTableId']);
        if (table === undefined || !routeTables.includes(table))
            continue;
        if (isInternetGateway(t, route.props['GatewayId']))
            internetGateway = true;
        const nat = route.props['NatGatewayId'];
        if (nat === undefined || !isDefaultRoute(t, route.props))
            continue;
        const target = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(nat);
        if (target !== undefined && isPrivateNatGateway(t, target)) {
            if (!privateNatGateways.includes(target))
                privateNatGateways.push(target);
        }
        else
            natGateway = true;
    }
    return { internetGateway, natGateway, privateNatGateways, routeTables };
}
/** A NAT gateway of this template whose `ConnectivityType` is `private` (the default is `public`). */
function isPrivateNatGateway(t, logicalId) {
    const nat = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resource */ .Zc)(t, logicalId);
    if (nat?.resource.Type !== 'AWS::EC2::NatGateway')
        return false;
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, nat.props['ConnectivityType'])?.toLowerCase() === 'private';
}
/**
 * A regional NAT gateway (`AvailabilityMode: regional`): one gateway that follows the VPC's workloads into every
 * Availability Zone, created with `VpcId` instead of a subnet
 * (https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateways-regional.html).
 */
function isRegionalNatGateway(t, props) {
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, props['AvailabilityMode'])?.toLowerCase() === 'regional';
}
function isInternetGateway(t, v) {
    if (v === undefined)
        return false;
    const target = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(v);
    if (target !== undefined)
        return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resource */ .Zc)(t, target)?.resource.Type === 'AWS::EC2::InternetGateway';
    return (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, v)?.startsWith('igw-') ?? false;
}
function isDefaultRoute(t, props) {
    const v4 = props['DestinationCidrBlock'];
    if (v4 === undefined)
        return false;
    const s = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, v4);
    return s === undefined || s === '0.0.0.0/0';
}
/**
 * The subnets a `Subnets` list (or `SubnetMappings`) names. A `Ref` to a list parameter becomes one entry per
 * default value, or a single parameter entry when it has no default.
 */
function subnetRefs(t, value, path) {
    if ((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) && typeof value['Ref'] === 'string') {
        const name = value['Ref'];
        if ((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resource */ .Zc)(t, name))
            return [{ kind: 'resource', name, path }];
        // A list parameter: one entry per default value, named after the parameter (its name is the hint
        // `tierOf` reads), or one entry when there is no default.
        const r = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .eu)(t, value);
        if (r.known && typeof r.value === 'string' && r.value.includes(',')) {
            return r.value.split(',').map((_, i) => ({ kind: 'parameter', name: `${name}[${i}]`, path }));
        }
        return [{ kind: 'parameter', name, path }];
    }
    if (!Array.isArray(value))
        return value === undefined ? [] : [{ kind: 'other', name: describeIntrinsic(value), path }];
    return value.map((item, i) => subnetRef(t, item, [...path, i]));
}
function subnetRef(t, item, path) {
    const target = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(item);
    if (target !== undefined) {
        return { kind: (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resource */ .Zc)(t, target) ? 'resource' : 'parameter', name: target, path };
    }
    if ((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(item) && item['Fn::ImportValue'] !== undefined) {
        return { kind: 'import', name: flatten(t, item['Fn::ImportValue']), path };
    }
    if (typeof item === 'string')
        return { kind: 'literal', name: item, path };
    return { kind: 'other', name: describeIntrinsic(item), path };
}
/** Subnets of a load balancer: `Subnets`, or the `SubnetId`s of `SubnetMappings`. */
function loadBalancerSubnets(t, lb) {
    if (lb.props['Subnets'] !== undefined)
        return subnetRefs(t, lb.props['Subnets'], [...lb.path, 'Properties', 'Subnets']);
    const mappings = lb.props['SubnetMappings'];
    if (!Array.isArray(mappings))
        return [];
    return mappings.map((m, i) => subnetRef(t, (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(m) ? m['SubnetId'] : undefined, [
        ...lb.path,
        'Properties',
        'SubnetMappings',
        i,
        'SubnetId',
    ]));
}
/**
 * Public or private. Subnets of this template are classified by their routes; subnets the template only
 * names (parameters, imports) by their name, which is the best a static grader can do.
 */
function tierOf(t, ref) {
    if (ref.kind === 'resource') {
        if ((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resource */ .Zc)(t, ref.name)?.resource.Type !== SUBNET)
            return 'unknown';
        return subnetRouting(t, ref.name).internetGateway ? 'public' : 'private';
    }
    const text = ref.name.toLowerCase();
    const priv = /private|isolated/.test(text);
    const pub = /public/.test(text);
    if (priv && !pub)
        return 'private';
    if (pub && !priv)
        return 'public';
    return 'unknown';
}
/**
 * A key that is equal for two subnets known to share an Availability Zone: `name:us-east-1a`,
 * `getazs:0` for `!Select [0, !GetAZs '']`, `param:Zone`. Undefined when the subnet does not set one.
 */
function azKey(t, props) {
    const id = props['AvailabilityZoneId'];
    if (id !== undefined)
        return `id:${(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, id) ?? JSON.stringify(id)}`;
    const az = props['AvailabilityZone'];
    if (az === undefined)
        return undefined;
    const s = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, az);
    if (s !== undefined)
        return `name:${s}`;
    const ref = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(az) ? az['Ref'] : undefined;
    if (typeof ref === 'string')
        return `param:${ref}`;
    const sel = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(az) ? az['Fn::Select'] : undefined;
    if (Array.isArray(sel) && sel.length === 2) {
        const index = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalNumber */ .TB)(t, sel[0]);
        const list = sel[1];
        if (index !== undefined && (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(list)) {
            if (list['Fn::GetAZs'] !== undefined)
                return `getazs:${index}`;
            if (typeof list['Ref'] === 'string') {
                const r = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .eu)(t, list);
                if (r.known && typeof r.value === 'string') {
                    const item = r.value.split(',')[index];
                    if (item !== undefined)
                        return `name:${item.trim()}`;
                }
                return `param:${list['Ref']}[${index}]`;
            }
        }
        if (index !== undefined && Array.isArray(list) && typeof list[index] === 'string')
            return `name:${list[index]}`;
    }
    return JSON.stringify(az);
}
/**
 * Distinct Availability Zones among subnet references. Subnets of this template without a zone, and subnets
 * the template only names, each count as a zone of their own only when `benefitOfDoubt` is set.
 */
function distinctZones(t, refs, benefitOfDoubt) {
    const keys = new Set();
    for (const ref of refs) {
        const res = ref.kind === 'resource' ? (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resource */ .Zc)(t, ref.name) : undefined;
        const key = res ? azKey(t, res.props) : undefined;
        if (key !== undefined)
            keys.add(key);
        else if (benefitOfDoubt)
            keys.add(`unknown:${ref.kind}:${ref.name}`);
    }
    return keys.size;
}
/** Whether a subnet reference can be followed to a subnet of this template. */
function isTemplateSubnet(t, ref) {
    return ref.kind === 'resource' && resource(t, ref.name)?.resource.Type === SUBNET;
}
function ingressRules(t) {
    const out = [];
    for (const sg of (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, SECURITY_GROUP)) {
        const inline = sg.props['SecurityGroupIngress'];
        if (!Array.isArray(inline))
            continue;
        inline.forEach((rule, i) => {
            if ((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(rule) && !(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isIntrinsic */ .I9)(rule)) {
                out.push({
                    group: sg.name,
                    rule,
                    path: [...sg.path, 'Properties', 'SecurityGroupIngress', i],
                    standalone: undefined,
                });
            }
        });
    }
    for (const ing of (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, INGRESS)) {
        const owner = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(ing.props['GroupId']) ?? (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(ing.props['GroupName']);
        const group = owner !== undefined && (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resource */ .Zc)(t, owner)?.resource.Type === SECURITY_GROUP ? owner : undefined;
        out.push({ group, rule: ing.props, path: [...ing.path, 'Properties'], standalone: ing.name });
    }
    return out;
}
/** Ingress rules of one security group of this template. */
function ingressRulesOf(t, group) {
    return ingressRules(t).filter((r) => r.group === group);
}
/** Logical ids of the security groups attached to a load balancer of this template. */
function loadBalancerGroups(t) {
    const out = new Set();
    for (const lb of (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resources */ .ES)(t, ALB, CLASSIC_ELB)) {
        const groups = lb.props['SecurityGroups'];
        if (!Array.isArray(groups))
            continue;
        for (const g of groups) {
            const id = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(g);
            if (id !== undefined && (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resource */ .Zc)(t, id)?.resource.Type === SECURITY_GROUP)
                out.add(id);
        }
    }
    return out;
}
/** The security group a value points at, when it is one of this template's. */
function securityGroupOf(t, v) {
    const id = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(v);
    return id !== undefined && (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .resource */ .Zc)(t, id)?.resource.Type === SECURITY_GROUP ? id : undefined;
}
function sourceOf(t, rule) {
    const sgId = rule['SourceSecurityGroupId'] ?? rule['SourceSecurityGroupName'];
    if (sgId !== undefined)
        return { kind: 'group', group: securityGroupOf(t, sgId), value: sgId };
    for (const [key, ipv6] of [
        ['CidrIp', false],
        ['CidrIpv6', true],
    ]) {
        const v = rule[key];
        if (v === undefined)
            continue;
        const cidr = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, v);
        return { kind: 'cidr', cidr, open: cidr !== undefined && isOpenCidr(cidr), ipv6 };
    }
    if (rule['SourcePrefixListId'] !== undefined)
        return { kind: 'prefix-list' };
    return { kind: 'none' };
}
/** `0.0.0.0/0` and `::/0` in their usual spellings. */
function isOpenCidr(cidr) {
    const c = cidr.trim().toLowerCase();
    if (c === '0.0.0.0/0')
        return true;
    const m = /^([0-9a-f:]+)\/0$/.exec(c);
    return m !== null && m[1].includes(':') && /^[0:]*$/.test(m[1]);
}
function portsOf(t, rule) {
    const proto = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, rule['IpProtocol'])?.toLowerCase();
    if (proto === undefined)
        return undefined;
    if (proto === '-1' || proto === 'all')
        return { protocol: 'all' };
    const name = proto === '6' ? 'tcp' : proto === '17' ? 'udp' : proto === '1' ? 'icmp' : proto;
    const from = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalNumber */ .TB)(t, rule['FromPort']);
    const to = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalNumber */ .TB)(t, rule['ToPort']);
    if (name === 'tcp' || name === 'udp') {
        if (from === -1 || to === -1)
            return { protocol: 'all' };
        if (from === undefined || to === undefined)
            return undefined;
        return { protocol: name, from, to };
    }
    return { protocol: name, from: from ?? -1, to: to ?? -1 };
}
/** Whether a port range reaches a TCP or UDP port. Unknown ranges are not assumed to. */
function reaches(range, port) {
    if (range === undefined)
        return false;
    if (range.protocol === 'all')
        return true;
    if (!('from' in range) || (range.protocol !== 'tcp' && range.protocol !== 'udp'))
        return false;
    return range.from <= port && port <= range.to;
}
/** How a port range reads in a message: "TCP 80", "TCP 0-65535", "all traffic". */
function describePorts(range) {
    if (range === undefined)
        return 'ports the grader cannot read';
    if (range.protocol === 'all')
        return 'all traffic';
    if (!('from' in range))
        return 'all traffic';
    const p = range.protocol.toUpperCase();
    if (range.protocol !== 'tcp' && range.protocol !== 'udp')
        return p;
    return range.from === range.to ? `${p} ${range.from}` : `${p} ${range.from}-${range.to}`;
}
// ---------------------------------------------------------------------------------------------
// Strings built with intrinsics.
/**
 * A string with its deploy-time parts replaced by `*`: `!Sub 'com.amazonaws.${AWS::Region}.ecr.api'` reads
 * `com.amazonaws.*.ecr.api`, and so does the same name built with `!Join`.
 */
function flatten(t, v) {
    const s = (0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .literalString */ .dc)(t, v);
    if (s !== undefined)
        return s;
    if (!(0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(v))
        return '*';
    const sub = v['Fn::Sub'];
    const text = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
    if (text !== undefined)
        return text.replace(/\$\{[^}]*\}/g, '*');
    const join = v['Fn::Join'];
    if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
        return join[1].map((part) => flatten(t, part)).join(join[0]);
    }
    return '*';
}
function describeIntrinsic(v) {
    if ((0,_lib_cloudformation_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(v))
        return Object.keys(v)[0] ?? 'a value';
    return typeof v === 'string' ? v : 'a value';
}


/***/ })

};
