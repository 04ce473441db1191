// IAM006: no AWS access key anywhere in the lab folder: not in the template's 'Environment', not in a '.env',
// not in an app's config.json. A key committed to Git is public the moment the repository is, and it outlives the
// task; a task gets short-lived credentials from its task role instead. Findings point at file and line and never
// repeat the secret: an access key id is shown as its 4-letter prefix and last 4 characters (what the IAM console
// shows), a secret access key not at all.
import { defineRule } from '../../engine/define.js';

/** Long-term (AKIA) and temporary (ASIA) access key ids: the prefix and 16 upper-case letters or digits. */
const KEY_ID = /(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/g;
/** A 40-character secret access key, where a nearby name says that is what it is. */
const SECRET_VALUE = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/;
const SECRET_NAME = /secret[_-]?access[_-]?key|aws[_-]?secret/i;
/** How many lines after a secret's name its value may sit (YAML's '- Name: …' then 'Value: …'). */
const NAME_REACH = 2;

/** An access key id as the IAM console shows it: prefix and last four, the middle hidden. */
export function maskKeyId(id: string): string {
  return `${id.slice(0, 4)}…${id.slice(-4)}`;
}

export default defineRule({
  meta: {
    id: 'IAM006',
    name: 'no-hard-coded-credentials',
    target: 'files',
    severity: 'error',
    title: 'Keep AWS access keys out of the lab',
    description:
      "No file of the lab folder holds an AWS access key id (starting 'AKIA' or 'ASIA') or a 40-character secret access key next to its name: the task gets short-lived credentials from its task role, and a key in Git is a key anyone can use.",
    docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles',
    evidence: ['ECS.8', 'AwsSolutions-ECS2', 'CT.ECS.PR.12'],
    messages: {
      accessKeyId:
        'This line holds the AWS access key id {{masked}}. A key in the repository is a key anyone with a copy can use, so deactivate it in the IAM console now (Git history keeps it), delete it here, and let the task role give the container its credentials.',
      secretAccessKey:
        'This line holds what looks like an AWS secret access key (a 40-character value next to a secret key name; not repeated here). Deactivate that key in the IAM console now, since Git history keeps it, delete it here, and let the task role give the container its credentials.',
    },
  },
  check(doc, ctx) {
    let failed = 0;
    for (const f of doc.files) {
      let bad = false;
      f.lines.forEach((line, i) => {
        for (const m of line.matchAll(KEY_ID)) {
          bad = true;
          ctx.report(
            'accessKeyId',
            { masked: `'${maskKeyId(m[0])}'` },
            {
              file: f.file,
              line: i + 1,
              column: m.index + 1,
            },
          );
        }
        const secret = SECRET_VALUE.exec(line);
        if (!secret) return;
        const context = f.lines.slice(Math.max(0, i - NAME_REACH), i + 1).join('\n');
        if (!SECRET_NAME.test(context)) return;
        bad = true;
        ctx.report('secretAccessKey', {}, { file: f.file, line: i + 1, column: secret.index + 1 });
      });
      if (bad) failed++;
    }
    if (doc.files.length === 0) ctx.notApplicable('the lab folder holds no text file');
    else ctx.tally(doc.files.length, failed);
  },
});
