// SBX015: every policy the guard reads is the policy that is deployed. The other IAM rules compare Effect, Action,
// Resource, Principal and Condition with what is safe; a value computed at deploy time (`Effect: !Sub Allow`,
// `Resource: !Sub '*'`, a principal built with Join or Select, a document under `Fn::If`) would pass those checks
// and still deploy as something else, so it is refused. Parameters with a value count as known.
import { isRecord } from '../../../graders/engine/parsers/record.js';
import { isIntrinsic } from '../../../graders/rules/lib/cloudformation.js';
import { defineGuardRule } from './util/define.js';
import {
  containsFunction,
  literalStatements,
  policyDocs,
  policyLists,
  resolveText,
  statementPath,
  valueList,
} from './util/iam.js';

export default defineGuardRule<'parameters'>()({
  meta: {
    id: 'SBX015',
    name: 'policy-literal',
    target: 'cloudformation',
    severity: 'error',
    title: 'Write every policy so the guard can read it',
    description:
      "Every policy document (trust, identity and resource policies) is an object or JSON text with no 'Fn::If' anywhere in it, and in every statement 'Effect', 'Action' and 'NotAction' are literal strings, while 'Resource', 'NotResource', 'Principal', 'NotPrincipal' and 'Condition' values are literals, parameters with a value, or '!Ref', '!GetAtt' and '!Sub' of this stack's resources and pseudo parameters: never Join, Select, If, FindInMap or ImportValue.",
    docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html',
    evidence: ['E3510', 'E3512', 'E3530'],
    messages: {
      conditional:
        "The policy at '{{owner}}' depends on a condition ('Fn::If'), so the guard cannot tell which document is deployed. Write one unconditional policy; the sandbox deploys a single configuration.",
      computedDocument:
        "The policy document at '{{owner}}' is computed at deploy time (a function in place of the document or of its 'Statement'), so the guard cannot read it. Write the document, and each statement, as an object.",
      computedStatement:
        "A statement of '{{owner}}' computes '{{field}}' at deploy time, so the guard cannot check what it allows. Write '{{field}}' as a literal ('Allow' or 'Deny' for Effect; action names for Action); for resources and principals, '!Ref', '!GetAtt' and '!Sub' of this stack's resources are fine, Join and Select are not.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const { parameters } = ctx.options;
    for (const list of policyLists(t)) {
      if (containsFunction(list.value, 'Fn::If')) ctx.report('conditional', { owner: list.owner }, list.path);
      else if (!Array.isArray(list.value) || list.value.some((p) => !isRecord(p) || isIntrinsic(p)))
        ctx.report('computedDocument', { owner: list.owner }, list.path);
    }
    for (const d of policyDocs(t)) {
      if (containsFunction(d.value, 'Fn::If')) {
        ctx.report('conditional', { owner: d.owner }, d.path);
        continue;
      }
      const statements = literalStatements(d.value);
      if (!statements) {
        ctx.report('computedDocument', { owner: d.owner }, d.path);
        continue;
      }
      const known = (v: unknown) => resolveText(t, v, parameters) !== undefined;
      statements.forEach((st, i) => {
        const at = statementPath(d, i);
        const bad = (field: string) => ctx.report('computedStatement', { owner: d.owner, field }, at);
        const effect = st['Effect'];
        if (effect !== 'Allow' && effect !== 'Deny') bad('Effect');
        for (const field of ['Action', 'NotAction'])
          if (st[field] !== undefined && !valueList(st[field]).every((a) => typeof a === 'string'))
            bad(field);
        for (const field of ['Resource', 'NotResource'])
          if (st[field] !== undefined && !valueList(st[field]).every(known)) bad(field);
        for (const field of ['Principal', 'NotPrincipal']) {
          const p = st[field];
          if (p === undefined || p === '*') continue;
          if (
            !isRecord(p) ||
            isIntrinsic(p) ||
            !Object.values(p).every((v) => valueList(v).length > 0 && valueList(v).every(known))
          )
            bad(field);
        }
        const cond = st['Condition'];
        if (
          cond !== undefined &&
          (!isRecord(cond) ||
            isIntrinsic(cond) ||
            !Object.values(cond).every(
              (keys) =>
                isRecord(keys) &&
                !isIntrinsic(keys) &&
                Object.values(keys).every((v) => valueList(v).every(known)),
            ))
        )
          bad('Condition');
      });
    }
  },
});
