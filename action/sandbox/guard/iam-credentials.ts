// SBX004: no long-lived IAM credentials. Users, access keys and console passwords outlive the stack's purpose,
// can be leaked from logs or outputs, and are the one thing a task never needs: it gets credentials from its role.
import { resources } from '../../../graders/rules/lib/cloudformation.js';
import { CREDENTIAL_TYPES, defineGuardRule } from './util/define.js';

export default defineGuardRule()({
  meta: {
    id: 'SBX004',
    name: 'iam-credentials',
    target: 'cloudformation',
    severity: 'error',
    title: 'Create no IAM users, access keys or console passwords',
    description:
      "The template creates no 'AWS::IAM::User', 'AWS::IAM::AccessKey' or 'AWS::IAM::UserToGroupAddition', and no 'LoginProfile'. ECS tasks get temporary credentials from their task role; long-lived keys in a sandbox can be leaked and outlive it.",
    docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles',
    evidence: ['CKV_AWS_107', 'IAM API CreateAccessKey', 'IAM API CreateLoginProfile'],
    messages: {
      iamUser:
        "Resource '{{name}}' creates an IAM user ('{{type}}'). Long-lived IAM users and keys can outlive the sandbox and be leaked; ECS tasks get credentials from a task role instead. Remove it and use 'AWS::IAM::Role'.",
      accessKey:
        "Resource '{{name}}' creates an access key ('{{type}}'). Long-lived IAM users and keys can outlive the sandbox and be leaked; ECS tasks get credentials from a task role instead. Remove it and use 'AWS::IAM::Role'.",
      loginProfile:
        "Resource '{{name}}' sets a 'LoginProfile', a console password. The sandbox never creates sign-in credentials; remove it.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    for (const r of resources(t, ...CREDENTIAL_TYPES)) {
      const type = r.resource.Type;
      ctx.report(type === 'AWS::IAM::AccessKey' ? 'accessKey' : 'iamUser', { name: r.name, type }, [
        ...r.path,
        'Type',
      ]);
    }
    for (const r of resources(t, 'AWS::IAM::User')) {
      if (r.props['LoginProfile'] !== undefined)
        ctx.report('loginProfile', { name: r.name }, [...r.path, 'Properties', 'LoginProfile']);
    }
  },
});
