import { describe, expect, it } from 'vitest';
import rule, { judgeImage } from '../../../../graders/rules/express-mode/ecr-image.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB13, edit, props, runner } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const JSON_FILE = 'template.json';
const IMAGE =
  "        Image: !Sub '${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/labs-web:${ImageTag}'\n";
const image = (to: string) => edit(LAB13, [IMAGE, `        Image: ${to}\n`]);
const REPO =
  '  Repository:\n    Type: AWS::ECR::Repository\n    Properties:\n      ImageTagMutability: IMMUTABLE\n\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'Sub from account, Region and a tag parameter (lab 13 solution)', code: LAB13 },
    {
      name: "a repository's RepositoryUri with a tag",
      code: edit(image("!Sub '${Repository.RepositoryUri}:1.0.0'"), ['Resources:\n', `Resources:\n${REPO}`]),
    },
    {
      name: 'a literal URI pinned by digest',
      code: image(`123456789012.dkr.ecr.eu-west-1.amazonaws.com/labs-web@sha256:${'a'.repeat(64)}`),
    },
    {
      name: 'App Runner, a parameter default (second-style solution)',
      code: runner(() => {}),
      file: JSON_FILE,
    },
  ],
  invalid: [
    {
      name: "the 'latest' tag",
      code: edit(LAB13, ['    Default: 1.0.0\n', '    Default: latest\n']),
      errors: [{ messageId: 'latest' }],
    },
    {
      name: 'no tag',
      code: image("!Sub '${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/labs-web'"),
      errors: [{ messageId: 'untagged' }],
    },
    { name: 'Docker Hub', code: image('node:22.11-alpine'), errors: [{ messageId: 'notEcr' }] },
    {
      name: 'ECR Public',
      code: image('public.ecr.aws/docker/library/node:22'),
      errors: [{ messageId: 'publicEcr' }],
    },
    {
      name: 'a tag parameter without a default',
      code: edit(LAB13, ['    Default: 1.0.0\n', '']),
      errors: [{ messageId: 'unverifiable' }],
    },
    {
      name: 'App Runner pulling from ECR Public',
      code: runner((t) => {
        const repo = (props(t, 'Service')['SourceConfiguration'] as Record<string, Record<string, unknown>>)[
          'ImageRepository'
        ]!;
        repo['ImageRepositoryType'] = 'ECR_PUBLIC';
      }),
      file: JSON_FILE,
      errors: [{ messageId: 'publicRepositoryType' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('image judgement', () => {
  it('reads tags after a registry port and digests', () => {
    expect(judgeImage('123456789012.dkr.ecr.us-east-1.amazonaws.com/team/web:2.1')).toBeUndefined();
    expect(judgeImage('123456789012.dkr.ecr.us-east-1.amazonaws.com/team/web@sha256:abc')).toBe('badDigest');
    expect(judgeImage('${ImageUri}')).toBe('unverifiable');
  });
});
