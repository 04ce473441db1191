// TDF014: every Linux container names a non-root `user`, so a compromised process has no root powers inside
// the container. Security Hub ECS.20 fails a container whose user is absent, 'root' or '0'.
import { defineRule } from '../../engine/define.js';
import {
  containerListMessages,
  describeValue,
  FailedContainers,
  isWindows,
  readContainers,
} from './util/task-definition.js';

export default defineRule({
  meta: {
    id: 'TDF014',
    name: 'non-root-user',
    target: 'json',
    severity: 'warning',
    title: 'Run containers as a non-root user',
    description:
      "Every container sets user to a non-root user or UID (for example '1000' or 'node'), so a compromised process has no root powers; an absent user means the image's default, often root.",
    docsUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-20',
    evidence: ['ECS.20', 'CT.ECS.PR.3'],
    messages: {
      ...containerListMessages,
      absent:
        "Container '{{container}}' does not set 'user', so it runs as whatever the image says, often root, and ECS cannot prove otherwise. Add '\"user\": \"1000\"' (or the image's non-root user, such as 'node'); 'uid:gid' works too.",
      root: "Container '{{container}}' runs as {{user}}, which is root, so a compromised process can do anything inside the container. Set 'user' to a non-root user or UID such as '1000'.",
      notText:
        "Container '{{container}}' sets 'user' to {{what}}, but it must be text in quotes, such as '\"1000\"' or '\"1000:1000\"', and ECS rejects anything else.",
    },
  },
  check(doc, ctx) {
    const list = readContainers(doc, ctx);
    if (!list) return;
    if (isWindows(list.td)) {
      ctx.notApplicable("Windows containers do not support 'user'");
      return;
    }
    const failed = new FailedContainers();
    for (const c of list.containers) {
      const v = c.def['user'];
      const at = [...c.path, 'user'];
      if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
        failed.add(c);
        ctx.report('absent', { container: c.label }, c.path);
      } else if (typeof v !== 'string') {
        failed.add(c);
        ctx.report('notText', { container: c.label, what: describeValue(v) }, at);
      } else {
        // 'user', 'user:group', 'uid', 'uid:gid' …: only the part before ':' decides who the process is.
        const who = (v.split(':')[0] ?? '').trim().toLowerCase();
        if (who === 'root' || who === '' || /^0+$/.test(who)) {
          failed.add(c);
          ctx.report('root', { container: c.label, user: `'${v}'` }, at);
        }
      }
    }
    ctx.tally(list.containers.length + list.malformed, failed.size + list.malformed);
  },
});
