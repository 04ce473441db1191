// TDF012: every container mounts its root filesystem read-only, so an attacker or a bug cannot change the
// image's files at run time. Security Hub ECS.5 fails a container where the key is false or absent.
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
    id: 'TDF012',
    name: 'read-only-root-filesystem',
    target: 'json',
    severity: 'warning',
    title: 'Make root filesystems read-only',
    description:
      'Every container sets readonlyRootFilesystem to true, so nothing running in it can modify the files it was started from; writable paths become explicit volumes.',
    docsUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-5',
    evidence: ['ECS.5', 'CKV_AWS_336', 'CT.ECS.PR.6'],
    messages: {
      ...containerListMessages,
      absent:
        "Container '{{container}}' does not set 'readonlyRootFilesystem', so its root filesystem is writable and anything that gets in can change the application's files. Add '\"readonlyRootFilesystem\": true', and mount a volume for any directory the application must write to (such as '/tmp').",
      writable:
        "Container '{{container}}' sets 'readonlyRootFilesystem' to 'false', so anything that gets in can change the application's files. Set it to 'true', and mount a volume for any directory the application must write to (such as '/tmp').",
      notBoolean:
        "Container '{{container}}' sets 'readonlyRootFilesystem' to {{what}}, but it must be 'true' without quotes, and ECS rejects anything else. Write '\"readonlyRootFilesystem\": true'.",
    },
  },
  check(doc, ctx) {
    const list = readContainers(doc, ctx);
    if (!list) return;
    if (isWindows(list.td)) {
      ctx.notApplicable('Windows containers do not support a read-only root filesystem');
      return;
    }
    const failed = new FailedContainers();
    for (const c of list.containers) {
      const v = c.def['readonlyRootFilesystem'];
      if (v === true) continue;
      failed.add(c);
      if (v === undefined || v === null) ctx.report('absent', { container: c.label }, c.path);
      else if (v === false)
        ctx.report('writable', { container: c.label }, [...c.path, 'readonlyRootFilesystem']);
      else
        ctx.report('notBoolean', { container: c.label, what: describeValue(v) }, [
          ...c.path,
          'readonlyRootFilesystem',
        ]);
    }
    ctx.tally(list.containers.length + list.malformed, failed.size + list.malformed);
  },
});
