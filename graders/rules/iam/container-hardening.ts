// IAM007: what a compromised process can do inside its container. Security Hub fails a task definition whose
// containers run privileged (ECS.4), with a writable root filesystem (ECS.5) or as root (ECS.20); dropping every
// Linux capability removes the rest of root's kernel powers the process never uses.
import { defineRule } from '../../engine/define.js';
import { get, literalBool, literalString } from '../lib/cloudformation.js';
import { containersOf } from '../fargate-capacity/model.js';
import { taskDefinitions, texts } from './model.js';

export default defineRule({
  meta: {
    id: 'IAM007',
    name: 'container-hardening',
    target: 'cloudformation',
    severity: 'error',
    title: 'Run containers read-only, unprivileged, as a non-root user, with no capabilities',
    description:
      "Every container of every task definition sets 'ReadonlyRootFilesystem: true', does not set 'Privileged: true', names a non-root 'User' (not absent, 'root' or '0'), and drops all Linux capabilities with 'LinuxParameters.Capabilities.Drop: [ALL]'.",
    docsUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html',
    evidence: ['ECS.4', 'ECS.5', 'ECS.20', 'CT.ECS.PR.3', 'CT.ECS.PR.6', 'CT.ECS.PR.11', 'CKV_AWS_336'],
    messages: {
      noContainers:
        'The template has no container definitions to check. Add the labs-web task definition with its container (see the lab README).',
      privileged:
        "Container '{{container}}' sets 'Privileged: true', which gives it root on the host's kernel; Fargate rejects it and Security Hub fails the task (ECS.4). Remove 'Privileged'.",
      writableRoot:
        "Container '{{container}}' has a writable root filesystem ({{value}}), so an attacker can change its binaries and leave tools behind (ECS.5). Set 'ReadonlyRootFilesystem: true' and mount a volume where the app must write, such as '/tmp'.",
      noUser:
        "Container '{{container}}' sets no 'User', so it runs as the image's default user, often root, and ECS cannot prove otherwise (ECS.20). Set 'User' to a non-root user or UID, such as '1000'.",
      rootUser:
        "Container '{{container}}' runs as {{user}}, which is root, so a compromised process can do anything inside the container (ECS.20). Set 'User' to a non-root user or UID, such as '1000'.",
      noCapabilityDrop:
        "Container '{{container}}' keeps the default Linux capabilities, such as changing file owners and binding low ports, which the app never uses. Add 'LinuxParameters: { Capabilities: { Drop: [ALL] } }'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const containers = taskDefinitions(t).flatMap(containersOf);
    if (containers.length === 0) {
      ctx.report('noContainers', {}, ['Resources']);
      return;
    }
    let failed = 0;
    for (const c of containers) {
      let bad = false;
      const data = { container: c.label };
      if (literalBool(t, c.def['Privileged']) === true) {
        bad = true;
        ctx.report('privileged', data, [...c.path, 'Privileged']);
      }
      const ro = c.def['ReadonlyRootFilesystem'];
      if (literalBool(t, ro) !== true) {
        bad = true;
        const value =
          ro === undefined ? 'not set' : `'ReadonlyRootFilesystem: ${literalString(t, ro) ?? '…'}'`;
        ctx.report(
          'writableRoot',
          { ...data, value },
          ro === undefined ? c.path : [...c.path, 'ReadonlyRootFilesystem'],
        );
      }
      const user = literalString(t, c.def['User']);
      const who = (user ?? '').split(':')[0]!.trim().toLowerCase();
      if (c.def['User'] === undefined) {
        bad = true;
        ctx.report('noUser', data, c.path);
      } else if (user !== undefined && (who === '' || who === 'root' || /^0+$/.test(who))) {
        bad = true;
        ctx.report('rootUser', { ...data, user: `'${user}'` }, [...c.path, 'User']);
      }
      const drop = texts(t, get(c.def, ['LinuxParameters', 'Capabilities', 'Drop']));
      if (!drop.some((d) => d.toUpperCase() === 'ALL')) {
        bad = true;
        ctx.report('noCapabilityDrop', data, c.path);
      }
      if (bad) failed++;
    }
    ctx.tally(containers.length, failed);
  },
});
