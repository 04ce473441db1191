// TDF013: no container runs privileged, which would give it root on the host. Fargate rejects the key outright;
// Security Hub ECS.4 fails any task definition where it is true.
import { defineRule } from '../../engine/define.js';
import {
  containerListMessages,
  describeValue,
  FailedContainers,
  readContainers,
} from './util/task-definition.js';

export default defineRule({
  meta: {
    id: 'TDF013',
    name: 'non-privileged-container',
    target: 'json',
    severity: 'error',
    title: 'Never run containers privileged',
    description:
      'No container sets privileged to true, which would give it nearly all the powers of root on the host and which Fargate does not allow.',
    docsUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-4',
    evidence: ['ECS.4', 'CKV_AWS_334', 'CT.ECS.PR.11'],
    messages: {
      ...containerListMessages,
      privileged:
        "Container '{{container}}' sets 'privileged' to 'true', which gives it nearly every power of root on the host, and Fargate rejects it. Remove 'privileged' (or set it to 'false'); if the application needs one kernel capability, that is a design question to raise, not a flag to flip.",
      notBoolean:
        "Container '{{container}}' sets 'privileged' to {{what}}, but it must be 'true' or 'false' without quotes, and ECS rejects anything else. Remove the key, or write '\"privileged\": false'.",
    },
  },
  check(doc, ctx) {
    const list = readContainers(doc, ctx);
    if (!list) return;
    const failed = new FailedContainers();
    for (const c of list.containers) {
      const v = c.def['privileged'];
      if (v === undefined || v === null || v === false) continue;
      failed.add(c);
      if (v === true) ctx.report('privileged', { container: c.label }, [...c.path, 'privileged']);
      else
        ctx.report('notBoolean', { container: c.label, what: describeValue(v) }, [...c.path, 'privileged']);
    }
    ctx.tally(list.containers.length + list.malformed, failed.size + list.malformed);
  },
});
