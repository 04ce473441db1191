// IAM008: ECS Exec opens a shell in a running task. When a service turns it on, the cluster records every session
// (Logging 'OVERRIDE' to a log group or bucket, or 'DEFAULT' to the task's awslogs group) and encrypts the session
// with this stack's KMS key, and the task role can open the four Session Manager channels Exec needs. A service
// that leaves Exec off passes: no shell, nothing to audit.
import { defineRule } from '../../engine/define.js';
import { get, literalBool, literalString, targetResource } from '../lib/cloudformation.js';
import { containersOf } from '../fargate-capacity/model.js';
import { ECS_EXEC_ACTIONS } from './actions.js';
import { CLUSTER, SERVICE, roleAllows, roleOfTask, TASK_DEFINITION } from './model.js';
import { resources } from '../lib/cloudformation.js';

export default defineRule({
  meta: {
    id: 'IAM008',
    name: 'ecs-exec-audit',
    target: 'cloudformation',
    severity: 'error',
    title: 'Turn on ECS Exec only with audit logging and encryption',
    description:
      "A service with 'EnableExecuteCommand: true' runs in a cluster of this template whose 'Configuration.ExecuteCommandConfiguration' logs sessions ('Logging: OVERRIDE' with a CloudWatch log group or S3 bucket, or 'DEFAULT' with awslogs containers) and sets 'KmsKeyId', and its task role allows the four 'ssmmessages' channel actions.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html',
    evidence: ['CKV_AWS_223', 'CKV_AWS_224'],
    messages: {
      unknownCluster:
        "Service '{{service}}' turns on ECS Exec, but its cluster is not defined in this template, so the grader cannot see whether sessions are logged. Define the cluster here, with 'Configuration.ExecuteCommandConfiguration'.",
      noConfiguration:
        "Service '{{service}}' turns on ECS Exec, but cluster '{{cluster}}' has no 'Configuration.ExecuteCommandConfiguration', so nobody can tell afterwards who ran what in the container. Add it with 'Logging: OVERRIDE', a 'LogConfiguration' naming a log group, and 'KmsKeyId'.",
      loggingOff:
        "Cluster '{{cluster}}' sets ECS Exec 'Logging' to 'NONE', so sessions in service '{{service}}' leave no record. Set 'Logging: OVERRIDE' with a 'LogConfiguration' naming a log group.",
      noDestination:
        "Cluster '{{cluster}}' sets ECS Exec 'Logging: OVERRIDE' without a 'CloudWatchLogGroupName' or 'S3BucketName' in 'LogConfiguration', so session output goes nowhere. Name this stack's log group: 'CloudWatchLogGroupName: !Ref ExecLogGroup'.",
      defaultWithoutAwslogs:
        "Cluster '{{cluster}}' logs ECS Exec sessions the 'DEFAULT' way, to each container's awslogs group, but task definition '{{task}}' has a container without the awslogs driver, so its sessions leave no record. Use 'Logging: OVERRIDE' with a log group, or give every container awslogs.",
      noKmsKey:
        "Cluster '{{cluster}}' does not set 'KmsKeyId' in 'ExecuteCommandConfiguration', so ECS Exec sessions of service '{{service}}' are not encrypted with your key. Add 'KmsKeyId: !Ref ExecKey', a key of this stack.",
      noTaskRole:
        "Service '{{service}}' turns on ECS Exec, but task definition '{{task}}' has no 'TaskRoleArn', and the Session Manager channels are opened with the task role, so 'aws ecs execute-command' fails. Add a task role that allows the four 'ssmmessages' channel actions.",
      missingChannels:
        "Service '{{service}}' turns on ECS Exec, but its task role '{{role}}' does not allow {{actions}}, so 'aws ecs execute-command' fails. Allow the four 'ssmmessages' channel actions on the task role (they take 'Resource: \"*\"').",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const services = resources(t, SERVICE).filter(
      (s) => literalBool(t, s.props['EnableExecuteCommand']) === true,
    );
    if (services.length === 0) {
      ctx.notApplicable('no service turns on ECS Exec');
      return;
    }
    let failed = 0;
    for (const svc of services) {
      let bad = false;
      const at = [...svc.path, 'Properties', 'EnableExecuteCommand'];
      const data = { service: svc.name };
      const td = targetResource(t, svc.props['TaskDefinition']);
      const task = td?.resource.Type === TASK_DEFINITION ? td : undefined;
      const cluster = targetResource(t, svc.props['Cluster']);
      if (cluster?.resource.Type !== CLUSTER) {
        bad = true;
        ctx.report('unknownCluster', data, at);
      } else {
        const cfgPath = [...cluster.path, 'Properties', 'Configuration', 'ExecuteCommandConfiguration'];
        const cfg = get(cluster.props, ['Configuration', 'ExecuteCommandConfiguration']);
        const cdata = { ...data, cluster: cluster.name };
        if (cfg === undefined) {
          bad = true;
          ctx.report('noConfiguration', cdata, [...cluster.path, 'Properties']);
        } else {
          const logging = (literalString(t, get(cfg, ['Logging'])) ?? 'DEFAULT').toUpperCase();
          if (logging === 'NONE') {
            bad = true;
            ctx.report('loggingOff', cdata, [...cfgPath, 'Logging']);
          } else if (logging === 'OVERRIDE') {
            const lc = get(cfg, ['LogConfiguration']);
            if (
              get(lc, ['CloudWatchLogGroupName']) === undefined &&
              get(lc, ['S3BucketName']) === undefined
            ) {
              bad = true;
              ctx.report('noDestination', cdata, cfgPath);
            }
          } else if (task) {
            const plain = containersOf(task).some(
              (c) => (literalString(t, get(c.def, ['LogConfiguration', 'LogDriver'])) ?? '') !== 'awslogs',
            );
            if (plain) {
              bad = true;
              ctx.report('defaultWithoutAwslogs', { ...cdata, task: task.name }, cfgPath);
            }
          }
          if (get(cfg, ['KmsKeyId']) === undefined) {
            bad = true;
            ctx.report('noKmsKey', cdata, cfgPath);
          }
        }
      }
      if (task) {
        const role = roleOfTask(t, task, 'TaskRoleArn');
        const missing = ECS_EXEC_ACTIONS.filter((a) => !role || !roleAllows(t, role, a));
        if (!role && task.props['TaskRoleArn'] === undefined) {
          bad = true;
          ctx.report('noTaskRole', { ...data, task: task.name }, at);
        } else if (role && missing.length > 0) {
          bad = true;
          const actions =
            missing.length === ECS_EXEC_ACTIONS.length
              ? 'any of the four Session Manager channel actions'
              : missing.map((a) => `'${a}'`).join(', ');
          ctx.report('missingChannels', { ...data, role, actions }, at);
        }
      }
      if (bad) failed++;
    }
    ctx.tally(services.length, failed);
  },
});
