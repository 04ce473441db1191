// Lab 02 mutation table: each rubric item, broken alone in the reference solution by one small, realistic
// learner mistake, costs points, and no other item moves; and correct work in another style keeps every point.
// The harnesses are test/helpers/mutation-table.ts and test/graders/rubrics/accepted-alternatives.ts.
import lab from '../../../../graders/rubrics/02-ecs-task-definition.js';
import { describeAlternatives, type Alternative } from '../accepted-alternatives.js';
import { describeMutations, inFile, type Mutation } from '../../../helpers/mutation-table.js';

const inTaskDef = (from: string, to: string) => inFile('task-definition.json', from, to);

/** The reference health check's command line, which the health-check rows replace. */
const HEALTH = '"wget -q -O /dev/null http://localhost:8080/health || exit 1"';

const table: readonly Mutation[] = [
  {
    item: 'fargate-platform',
    name: "the task leaves out 'runtimePlatform'",
    mutate: inTaskDef(
      '  "runtimePlatform": {\n    "operatingSystemFamily": "LINUX",\n    "cpuArchitecture": "X86_64"\n  },\n',
      '',
    ),
  },
  {
    item: 'task-size',
    name: "cpu '256' with memory '4096', a pair Fargate does not offer",
    mutate: inTaskDef('  "memory": "512",\n', '  "memory": "4096",\n'),
  },
  {
    item: 'app-container',
    name: "the image is tagged ':latest'",
    mutate: inTaskDef('labs-web:1.0.0"', 'labs-web:latest"'),
  },
  {
    item: 'health-check',
    name: "the container has no 'healthCheck'",
    mutate: inTaskDef(
      `      "healthCheck": {\n        "command": ["CMD-SHELL", ${HEALTH}],\n        "interval": 30,\n        "timeout": 5,\n        "retries": 3,\n        "startPeriod": 15\n      },\n`,
      '',
    ),
  },
  {
    item: 'logging',
    name: "the awslogs options lack 'awslogs-stream-prefix', which Fargate requires",
    mutate: inTaskDef(
      '          "awslogs-region": "us-east-1",\n          "awslogs-stream-prefix": "web"\n',
      '          "awslogs-region": "us-east-1"\n',
    ),
  },
  {
    item: 'iam-roles',
    name: 'the task role is the execution role',
    mutate: inTaskDef('role/labs-web-task-role"', 'role/labs-web-execution-role"'),
  },
  {
    item: 'secrets',
    name: "the password is also left in 'environment'",
    mutate: inTaskDef(
      '          "value": "production"\n        }\n',
      '          "value": "production"\n        },\n        {\n          "name": "DB_PASSWORD",\n          "value": "change-me"\n        }\n',
    ),
  },
  {
    item: 'container-hardening',
    name: 'the root filesystem is writable',
    mutate: inTaskDef('"readonlyRootFilesystem": true', '"readonlyRootFilesystem": false'),
  },
];

/** Health checks that pass while the app is hung or fail while it is healthy, and a size ECS rejects. */
const moreMistakes: readonly Mutation[] = [
  {
    item: 'health-check',
    name: "the health check runs 'exit 0'",
    mutate: inTaskDef(HEALTH, '"exit 0"'),
  },
  {
    item: 'health-check',
    name: "the health check runs 'true'",
    mutate: inTaskDef(`["CMD-SHELL", ${HEALTH}]`, '["CMD", "true"]'),
  },
  {
    item: 'health-check',
    name: "the health check asks '/', not '/health'",
    mutate: inTaskDef(HEALTH, '"wget -q -O /dev/null http://localhost:8080/ || exit 1"'),
  },
  {
    item: 'health-check',
    name: "the health check asks port 3000, the image's default, while 'PORT' is 8080",
    mutate: inTaskDef(HEALTH, '"wget -q -O /dev/null http://localhost:3000/health || exit 1"'),
  },
  {
    item: 'health-check',
    name: "the check's failures are turned into success with '|| true'",
    mutate: inTaskDef(HEALTH, '"wget -q -O /dev/null http://localhost:8080/health || true"'),
  },
  {
    item: 'task-size',
    name: "'memoryReservation' equals 'memory', which ECS rejects",
    mutate: inTaskDef('"memoryReservation": 256,', '"memoryReservation": 512,'),
  },
];

describeMutations(lab, table, moreMistakes);

/** A FireLens log router, hardened like the app; `healthCheck` is spliced in by the rows that want one. */
const logRouter = (healthCheck = ''): string =>
  `,
    {
      "name": "log_router",
      "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4",
      "essential": true,
      "memoryReservation": 50,
      "firelensConfiguration": { "type": "fluentbit" },${healthCheck}
      "logConfiguration": {
        "logDriver": "awslogs",
        "options": {
          "awslogs-group": "/ecs/labs-web",
          "awslogs-region": "us-east-1",
          "awslogs-stream-prefix": "firelens"
        }
      },
      "user": "1000:1000",
      "readonlyRootFilesystem": true,
      "mountPoints": [{ "sourceVolume": "tmp", "containerPath": "/tmp", "readOnly": false }]
    }
  ],
  "volumes": [`;

const alternatives: readonly Alternative[] = [
  {
    name: 'an essential FireLens log_router sidecar without a health check of its own',
    rewrite: inTaskDef('\n  ],\n  "volumes": [', logRouter()),
  },
  {
    name: "a FireLens log_router whose own health check asks Fluent Bit's port, not the app's '/health'",
    rewrite: inTaskDef(
      '\n  ],\n  "volumes": [',
      logRouter(
        '\n      "healthCheck": { "command": ["CMD-SHELL", "wget -q -O /dev/null http://127.0.0.1:2020/api/v1/health || exit 1"], "interval": 10, "retries": 3 },',
      ),
    ),
  },
  {
    name: "the health check runs the lab 01 image's 'healthcheck.js' in exec form",
    rewrite: inTaskDef(`["CMD-SHELL", ${HEALTH}]`, '["CMD", "node", "healthcheck.js"]'),
  },
  {
    name: "the health check uses curl against 127.0.0.1 on '$PORT'",
    rewrite: inTaskDef(HEALTH, '"curl -fsS http://127.0.0.1:$PORT/health || exit 1"'),
  },
];

describeAlternatives(lab, alternatives);
