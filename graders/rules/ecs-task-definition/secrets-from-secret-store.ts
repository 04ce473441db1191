// TDF010: container `secrets` are references ECS resolves at start-up: each has a name and a valueFrom that is a
// Secrets Manager secret ARN or a Systems Manager Parameter Store parameter (ARN, or name in the same Region).
import { defineRule } from '../../engine/define.js';
import type { DataPath } from '../../engine/types.js';
import {
  containerListMessages,
  describeValue,
  FailedContainers,
  isRecord,
  readContainers,
} from './util/task-definition.js';

const SECRETS_MANAGER_ARN = /^arn:aws(?:-[a-z]+)*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[^\s]+$/;
const SSM_PARAMETER_ARN = /^arn:aws(?:-[a-z]+)*:ssm:[a-z0-9-]+:\d{12}:parameter\/[^\s]+$/;
/** Parameter Store names: letters, digits, '.', '-', '_' and '/' for hierarchies. */
const SSM_PARAMETER_NAME = /^[A-Za-z0-9_.\-/]+$/;

export default defineRule({
  meta: {
    id: 'TDF010',
    name: 'secrets-from-secret-store',
    target: 'json',
    severity: 'error',
    title: 'Inject secrets from Secrets Manager or Parameter Store',
    description:
      "Each entry in a container's secrets has a name and a valueFrom pointing to a Secrets Manager secret or an SSM Parameter Store parameter, so the value never appears in the task definition.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
    evidence: ['ECS.8', 'CT.ECS.PR.12'],
    messages: {
      ...containerListMessages,
      secretsNotList:
        "Container '{{container}}' has 'secrets' that are {{what}}, but they must be a list of '{ \"name\": …, \"valueFrom\": … }' objects. Wrap each secret in a list.",
      secretNotObject:
        'Entry \'{{index}}\' of container \'{{container}}\' \'secrets\' is {{what}}, but each secret must be an object \'{ "name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:…" }\'.',
      plainValue:
        "Secret '{{name}}' of container '{{container}}' has a 'value', which puts the secret itself in the task definition where anyone who can describe it can read it, and ECS rejects the key anyway. Store the value in Secrets Manager or Parameter Store, and replace 'value' with 'valueFrom' set to its ARN.",
      noName:
        "Entry '{{index}}' of container '{{container}}' 'secrets' has no 'name', so ECS does not know which environment variable to set. Add '\"name\": \"DB_PASSWORD\"' (the variable your application reads).",
      noValueFrom:
        "Secret '{{name}}' of container '{{container}}' has no 'valueFrom', so ECS has nothing to fetch. Add '\"valueFrom\"' with the ARN of the Secrets Manager secret or Parameter Store parameter.",
      valueFromNotText:
        "Secret '{{name}}' of container '{{container}}' sets 'valueFrom' to {{what}}, but it must be the ARN text of a Secrets Manager secret or Parameter Store parameter.",
      wrongService:
        "Secret '{{name}}' of container '{{container}}' points to '{{valueFrom}}', an ARN of '{{service}}', but ECS reads secrets only from Secrets Manager ('arn:aws:secretsmanager:…:secret:…') or Parameter Store ('arn:aws:ssm:…:parameter/…'). Store the value there and use that ARN.",
      badArn:
        "Secret '{{name}}' of container '{{container}}' points to '{{valueFrom}}', which is not a complete Secrets Manager or Parameter Store ARN, so ECS cannot fetch it. Copy the full ARN, for example 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-password-AbCdEf'.",
      notReference:
        "Secret '{{name}}' of container '{{container}}' has a 'valueFrom' that looks like the secret value itself, not a reference to it. Put the value in Secrets Manager or Parameter Store and set 'valueFrom' to its ARN.",
    },
  },
  check(doc, ctx) {
    const list = readContainers(doc, ctx);
    if (!list) return;
    const withSecrets = list.containers.filter(
      (c) => c.def['secrets'] !== undefined && c.def['secrets'] !== null,
    );
    if (withSecrets.length === 0) {
      ctx.notApplicable('no container uses secrets');
      return;
    }
    const failed = new FailedContainers();
    for (const c of withSecrets) {
      const secrets = c.def['secrets'];
      const at: DataPath = [...c.path, 'secrets'];
      const report = (
        id: Parameters<typeof ctx.report>[0],
        data: Record<string, string | number>,
        path: DataPath,
      ) => {
        failed.add(c);
        ctx.report(id, { container: c.label, ...data }, path);
      };
      if (!Array.isArray(secrets)) {
        report('secretsNotList', { what: describeValue(secrets) }, at);
        continue;
      }
      secrets.forEach((s: unknown, index) => {
        const sAt = [...at, index];
        if (!isRecord(s)) {
          report('secretNotObject', { index, what: describeValue(s) }, sAt);
          return;
        }
        const rawName = s['name'];
        const hasName = typeof rawName === 'string' && rawName.trim() !== '';
        const name = hasName ? rawName : `#${index + 1}`;
        if (!hasName) report('noName', { index }, sAt);
        if (s['value'] !== undefined) report('plainValue', { name }, [...sAt, 'value']);
        const valueFrom = s['valueFrom'];
        if (valueFrom === undefined || valueFrom === null) {
          if (s['value'] === undefined) report('noValueFrom', { name }, sAt);
          return;
        }
        if (typeof valueFrom !== 'string') {
          report('valueFromNotText', { name, what: describeValue(valueFrom) }, [...sAt, 'valueFrom']);
          return;
        }
        const problem = classify(valueFrom);
        if (problem?.kind === 'wrongService')
          report('wrongService', { name, valueFrom, service: problem.service }, [...sAt, 'valueFrom']);
        else if (problem?.kind === 'badArn') report('badArn', { name, valueFrom }, [...sAt, 'valueFrom']);
        else if (problem?.kind === 'notReference') report('notReference', { name }, [...sAt, 'valueFrom']);
      });
    }
    ctx.tally(withSecrets.length, failed.size);
  },
});

type Problem = { kind: 'wrongService'; service: string } | { kind: 'badArn' } | { kind: 'notReference' };

function classify(valueFrom: string): Problem | undefined {
  const v = valueFrom.trim();
  if (SECRETS_MANAGER_ARN.test(v) || SSM_PARAMETER_ARN.test(v)) return undefined;
  if (v.startsWith('arn:')) {
    const service = v.split(':')[2] ?? '';
    return service !== '' && service !== 'secretsmanager' && service !== 'ssm'
      ? { kind: 'wrongService', service }
      : { kind: 'badArn' };
  }
  // A bare parameter name is valid when the parameter lives in the task's Region.
  return SSM_PARAMETER_NAME.test(v) && v.length <= 2048 ? undefined : { kind: 'notReference' };
}
