// ECR003: every repository encrypts its images with a customer managed AWS KMS key, and a key the template
// declares rotates its key material (EnableKeyRotation: true).
import { defineRule } from '../../engine/define.js';
import { isRecord } from '../../engine/parsers/record.js';
import {
  literal,
  literalBool,
  literalString,
  targetResource,
  type NamedResource,
} from '../lib/cloudformation.js';
import { asText, repositories, repositoryName } from './model.js';

const KMS_TYPES = ['KMS', 'KMS_DSSE'];

export default defineRule({
  meta: {
    id: 'ECR003',
    name: 'kms-encryption',
    target: 'cloudformation',
    severity: 'error',
    title: 'Encrypt the repository with a customer managed KMS key',
    description:
      "Every ECR repository sets EncryptionConfiguration with EncryptionType KMS (or KMS_DSSE) and a KmsKey you manage, so you control the key's policy, rotation and audit trail; a key declared in the template sets EnableKeyRotation: true. Without it ECR uses AES-256 with an AWS-owned key; KMS without a KmsKey uses the AWS managed key 'aws/ecr'.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html',
    evidence: ['ECR.5', 'CKV_AWS_136', 'AwsSolutions-KMS5', 'CKV_AWS_7'],
    messages: {
      noRepository:
        "The template has no 'AWS::ECR::Repository', so there is no repository to configure. Add the repository for the labs-web image.",
      defaultAes:
        "Repository '{{repository}}' has no 'EncryptionConfiguration', so images are encrypted with AES-256 under a key AWS owns and you cannot audit or revoke. Add an 'AWS::KMS::Key' and 'EncryptionConfiguration: { EncryptionType: KMS, KmsKey: !GetAtt Key.Arn }'.",
      aes: "Repository '{{repository}}' uses 'EncryptionType: {{type}}'. Use 'KMS' with a 'KmsKey' you manage, so access to the images also needs access to the key.",
      awsManagedKey:
        "Repository '{{repository}}' uses KMS with the AWS managed key ('aws/ecr'){{why}}; Security Hub ECR.5 asks for a customer managed key. Create an 'AWS::KMS::Key' (with rotation on) and set 'KmsKey' to it.",
      computed:
        "The encryption settings of repository '{{repository}}' are decided at deploy time, so the grader cannot check them. Write 'EncryptionType: KMS' and a 'KmsKey'.",
      noRotation:
        "KMS key '{{key}}', which encrypts repository '{{repository}}', {{state}}, so the same key material protects every image for as long as the key exists. Set 'EnableKeyRotation: true' on '{{key}}': AWS KMS then rotates it every year and keeps the old material to decrypt older images (cdk-nag AwsSolutions-KMS5).",
      rotationComputed:
        "'EnableKeyRotation' of KMS key '{{key}}', which encrypts repository '{{repository}}', is decided at deploy time, so the grader cannot check it. Write 'EnableKeyRotation: true'.",
      notObject:
        "'EncryptionConfiguration' of repository '{{repository}}' must be an object such as '{ EncryptionType: KMS, KmsKey: !GetAtt Key.Arn }'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const repos = repositories(t);
    if (repos.length === 0) {
      ctx.report('noRepository', {}, ['Resources']);
      return;
    }
    let failed = 0;
    for (const repo of repos) {
      const repository = repositoryName(t, repo) ?? repo.name;
      const props = [...repo.path, 'Properties'];
      const enc = repo.props['EncryptionConfiguration'];
      const fail = (...args: Parameters<typeof ctx.report>) => {
        failed++;
        ctx.report(...args);
      };
      if (enc === undefined) {
        fail('defaultAes', { repository }, repo.path);
        continue;
      }
      if (!isRecord(enc)) {
        fail('notObject', { repository }, [...props, 'EncryptionConfiguration']);
        continue;
      }
      const at = [...props, 'EncryptionConfiguration'];
      const typeRaw = literal(t, enc['EncryptionType']);
      if (!typeRaw.known) {
        fail('computed', { repository }, [...at, 'EncryptionType']);
        continue;
      }
      const type = typeRaw.value === undefined ? 'AES256' : asText(typeRaw.value);
      if (!KMS_TYPES.includes(type)) {
        fail('aes', { repository, type }, [...at, 'EncryptionType']);
        continue;
      }
      const key = enc['KmsKey'];
      if (key === undefined) {
        fail('awsManagedKey', { repository, why: " because no 'KmsKey' is set" }, at);
        continue;
      }
      const keyText = literalString(t, key);
      const target = targetResource(t, key);
      if (keyText !== undefined && /(^|:|\/)alias\/aws\/ecr$/.test(keyText)) {
        fail('awsManagedKey', { repository, why: '' }, [...at, 'KmsKey']);
      } else if (
        target &&
        !['AWS::KMS::Key', 'AWS::KMS::ReplicaKey', 'AWS::KMS::Alias'].includes(target.resource.Type)
      ) {
        fail('computed', { repository }, [...at, 'KmsKey']);
      } else if (target) {
        // An alias of the template leads to its key; a replica key rotates with its primary.
        const keyResource: NamedResource | undefined =
          target.resource.Type === 'AWS::KMS::Alias'
            ? targetResource(t, target.props['TargetKeyId'])
            : target;
        if (keyResource?.resource.Type !== 'AWS::KMS::Key') continue;
        const raw = keyResource.props['EnableKeyRotation'];
        const rotationAt = [...keyResource.path, 'Properties', 'EnableKeyRotation'];
        const rotation = literalBool(t, raw);
        const written = literal(t, raw);
        if (raw === undefined)
          fail(
            'noRotation',
            {
              key: keyResource.name,
              repository,
              state: "does not set 'EnableKeyRotation' (it defaults to false)",
            },
            keyResource.path,
          );
        else if (!written.known) fail('rotationComputed', { key: keyResource.name, repository }, rotationAt);
        else if (rotation !== true)
          fail(
            'noRotation',
            {
              key: keyResource.name,
              repository,
              state: `sets 'EnableKeyRotation: ${asText(written.value)}'`,
            },
            rotationAt,
          );
      }
    }
    ctx.tally(repos.length, failed);
  },
});
