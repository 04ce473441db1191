// TDF011: no container puts a secret in plain `environment`, where anyone allowed to describe the task
// definition (and every revision after it) can read it. Security Hub ECS.8 looks for three AWS credential
// names; this rule also looks for common secret names and for values that are credentials whatever their name.
import { defineRule } from '../../engine/define.js';
import {
  containerListMessages,
  describeValue,
  FailedContainers,
  isRecord,
  readContainers,
} from './util/task-definition.js';

/** The names ECS.8 checks. */
const ECS8_NAMES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'ECS_ENGINE_AUTH_DATA'];
const SECRET_NAME =
  /PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH_DATA|(?:^|_)PASS$|(?:^|_)PWD$/i;
/** Names that hold a reference to a secret (its ARN, file or URL), not the secret. */
const REFERENCE_SUFFIX = /_(?:ARN|FILE|PATH|NAME|ID|URL|URI|ENDPOINT|REGION|HEADER|TTL|TYPE|LENGTH)$/i;
const AWS_ACCESS_KEY = /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/;
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i;
const PRIVATE_KEY_BLOCK = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

export default defineRule({
  meta: {
    id: 'TDF011',
    name: 'no-secrets-in-environment',
    target: 'json',
    severity: 'error',
    title: 'Keep secrets out of environment variables',
    description:
      "No container's environment holds a password, token, key or credential in plain text; secrets go in 'secrets' with a valueFrom reference instead.",
    docsUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-8',
    evidence: ['ECS.8', 'CT.ECS.PR.12', 'AwsSolutions-ECS2', 'W1011'],
    messages: {
      ...containerListMessages,
      secretByName:
        "Container '{{container}}' sets '{{name}}' in plain text in 'environment', where anyone who can describe the task definition can read it, in every revision. Move it to 'secrets' with '\"valueFrom\"' set to a Secrets Manager or Parameter Store ARN.",
      secretByValue:
        "Container '{{container}}' sets '{{name}}' to a value that contains {{kind}}, in plain text in 'environment', where anyone who can describe the task definition can read it. Move the credential to Secrets Manager and inject it through 'secrets'.",
      envNotList:
        "Container '{{container}}' has an 'environment' that is {{what}}, but it must be a list of '{ \"name\": …, \"value\": … }' objects. Wrap the variables in a list.",
    },
  },
  check(doc, ctx) {
    const list = readContainers(doc, ctx);
    if (!list) return;
    const failed = new FailedContainers();
    for (const c of list.containers) {
      const env = c.def['environment'];
      if (env === undefined || env === null) continue;
      if (!Array.isArray(env)) {
        failed.add(c);
        ctx.report('envNotList', { container: c.label, what: describeValue(env) }, [
          ...c.path,
          'environment',
        ]);
        continue;
      }
      env.forEach((entry: unknown, i) => {
        if (!isRecord(entry)) return;
        const name = entry['name'];
        const value = entry['value'];
        if (typeof name !== 'string' || value === undefined || value === null || value === '') return;
        const at = [...c.path, 'environment', i];
        const text = String(value);
        const kind = credentialIn(text);
        if (kind) {
          failed.add(c);
          ctx.report('secretByValue', { container: c.label, name, kind }, at);
        } else if (looksSecret(name) && !text.startsWith('arn:')) {
          failed.add(c);
          ctx.report('secretByName', { container: c.label, name }, at);
        }
      });
    }
    ctx.tally(list.containers.length + list.malformed, failed.size + list.malformed);
  },
});

function looksSecret(name: string): boolean {
  const n = name.trim().toUpperCase();
  if (ECS8_NAMES.includes(n)) return true;
  return SECRET_NAME.test(n) && !REFERENCE_SUFFIX.test(n);
}

function credentialIn(value: string): string | undefined {
  if (AWS_ACCESS_KEY.test(value)) return 'an AWS access key ID';
  if (PRIVATE_KEY_BLOCK.test(value)) return 'a private key';
  if (URL_WITH_PASSWORD.test(value)) return 'a URL with a password';
  return undefined;
}
