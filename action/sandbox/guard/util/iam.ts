// IAM values as templates write them, for the guard's IAM rules: ARNs written literally or with !Sub, and whether
// a principal is this stack's own account.
import { isRecord } from '../../../../graders/engine/parsers/cloudformation.js';
import { isIntrinsic } from '../../../../graders/rules/lib/cloudformation.js';

/** The text of an ARN written literally or as a `!Sub` string. */
export function arnText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  const sub = isRecord(v) ? v['Fn::Sub'] : undefined;
  if (typeof sub === 'string') return sub;
  return Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
}

/**
 * A principal in this stack's own account: `!Ref AWS::AccountId`, an ARN whose account field is
 * `${AWS::AccountId}`, a Join that puts `!Ref AWS::AccountId` in it, or `!GetAtt` of a resource in this stack.
 */
export function isOwnAccount(v: unknown): boolean {
  if (!isIntrinsic(v)) return false;
  if (v['Ref'] === 'AWS::AccountId' || v['Fn::GetAtt'] !== undefined) return true;
  const s = arnText(v);
  if (s !== undefined)
    return (
      s === '${AWS::AccountId}' || /^arn:(\$\{AWS::Partition\}|[a-z-]+):iam::\$\{AWS::AccountId\}:/.test(s)
    );
  const join = v['Fn::Join'];
  return Array.isArray(join) && JSON.stringify(join[1]).includes('{"Ref":"AWS::AccountId"}');
}
