import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-task-definition/pinned-container-image.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';

const td = (o: unknown): string => JSON.stringify(o, null, 2);
const image = (...images: unknown[]): string =>
  td({ containerDefinitions: images.map((img, i) => ({ name: `c${i}`, image: img })) });
const DIGEST = 'sha256:' + 'a'.repeat(64);

testRule(rule, {
  valid: [
    {
      name: 'ECR image with a version tag',
      code: image('123456789012.dkr.ecr.us-east-1.amazonaws.com/labs-web:1.0.0'),
    },
    {
      name: 'ECR image by digest',
      code: image(`123456789012.dkr.ecr.us-east-1.amazonaws.com/labs-web@${DIGEST}`),
    },
    { name: 'tag and digest', code: image(`nginx:1.27@${DIGEST}`) },
    { name: 'registry with a port and a tag', code: image('registry.local:5000/team/app:2.3') },
    { name: 'placeholder filled in at deploy time', code: image('${IMAGE_URI}') },
  ],
  invalid: [
    {
      name: 'explicit latest',
      code: '{\n  "containerDefinitions": [{\n    "name": "web",\n    "image": "nginx:latest"\n  }]\n}\n',
      errors: [{ messageId: 'latest', line: 4 }],
    },
    {
      name: 'no tag',
      code: image('123456789012.dkr.ecr.us-east-1.amazonaws.com/labs-web'),
      errors: [{ messageId: 'untagged' }],
    },
    {
      name: 'registry port but no tag',
      code: image('registry.local:5000/team/app'),
      errors: [{ messageId: 'untagged' }],
    },
    { name: 'short digest', code: image('nginx@sha256:abc'), errors: [{ messageId: 'badDigest' }] },
    {
      name: 'no image',
      code: td({ containerDefinitions: [{ name: 'web' }] }),
      errors: [{ messageId: 'noImage' }],
    },
    { name: 'image as an object', code: image({ uri: 'nginx:1' }), errors: [{ messageId: 'imageNotText' }] },
    {
      name: 'entry is null',
      code: td({ containerDefinitions: [null] }),
      errors: [{ messageId: 'containerNotObject' }],
    },
  ],
});

describe('TDF016 partial credit', () => {
  it('tallies images that are not placeholders', () => {
    const out = runOn(rule, image('web:1.0', 'nginx', '${SIDE}'));
    expect([out.checked, out.failed]).toEqual([2, 1]);
  });
});
