import { describe, expect, it } from 'vitest';
import rule, { parseEcrImage } from '../../../../graders/rules/eks/ecr-image.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { ALT, REF, edit, withoutDoc } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/labs-web:1.4.2';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'a version tag', code: REF },
    { name: 'a digest in a nested repository (second style)', code: ALT },
    {
      name: 'a China Region registry',
      code: edit(REF, [IMAGE, '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/labs-web:2.0']),
    },
  ],
  invalid: [
    {
      name: "the tag 'latest'",
      code: edit(REF, [IMAGE, IMAGE.replace('1.4.2', 'latest')]),
      errors: [{ messageId: 'notPinned' }],
    },
    {
      name: 'no tag',
      code: edit(REF, [IMAGE, IMAGE.replace(':1.4.2', '')]),
      errors: [{ messageId: 'notPinned' }],
    },
    {
      name: 'Docker Hub',
      code: edit(REF, [IMAGE, 'nginx:1.27']),
      errors: [{ messageId: 'notEcr', data: { image: 'nginx:1.27' } }],
    },
    {
      name: 'ECR Public',
      code: edit(REF, [IMAGE, 'public.ecr.aws/nginx/nginx:1.27']),
      errors: [{ messageId: 'notEcr' }],
    },
    {
      name: 'no image',
      code: edit(REF, [`          image: ${IMAGE}\n`, '']),
      errors: [{ messageId: 'notEcr' }],
    },
    { name: 'no workload', code: withoutDoc(REF, 'kind: Deployment'), errors: [{ messageId: 'noWorkload' }] },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('parseEcrImage', () => {
  it('reads account, Region, repository, tag and digest', () => {
    expect(parseEcrImage(IMAGE)).toEqual({
      account: '123456789012',
      region: 'us-east-1',
      repository: 'labs-web',
      tag: '1.4.2',
      digest: undefined,
    });
    expect(parseEcrImage('12345.dkr.ecr.us-east-1.amazonaws.com/x:1')).toBeUndefined();
  });
});
