// MRG001: the template deploys unchanged in every Region and account. No resource property and no output holds a
// literal Region ('us-east-1'), Availability Zone ('us-east-1a'), account id (12 digits) or partition ('arn:aws:'):
// those come from AWS::Region, Fn::GetAZs, AWS::AccountId and AWS::Partition. Region names are legitimate data in
// the sections that say which Regions a template supports (Parameters, Mappings, Conditions, Rules) and in the
// parameter files, so only Resources' Properties and Outputs are read. One exemption: a Route 53 health check's
// 'HealthCheckConfig.Regions' lists the Regions its checkers run from, which is the same for every stack.
import { defineRule } from '../../engine/define.js';
import type { DataPath } from '../../engine/types.js';
import { isRecord, resources } from '../lib/cloudformation.js';
import { zoneIndex } from '../vpc/no-hard-coded-az.js';
import { HEALTH_CHECK, regionalLiterals, type LiteralKind } from './model.js';

const FIX: Record<LiteralKind, string> = {
  region:
    "Write '!Ref AWS::Region' (or '${AWS::Region}' inside a '!Sub'); a Region that must be another one, such as a replication destination, comes from a parameter set in each 'parameters/<region>.json'.",
  zone: '',
  account: "Write '!Ref AWS::AccountId' (or '${AWS::AccountId}' inside a '!Sub').",
  partition:
    'Write "!Sub \'arn:${AWS::Partition}:…\'" instead, also for AWS managed policies ("!Sub \'arn:${AWS::Partition}:iam::aws:policy/…\'").',
};

export default defineRule({
  meta: {
    id: 'MRG001',
    name: 'region-agnostic',
    target: 'cloudformation',
    severity: 'error',
    title: 'Name no Region, zone, account or partition in resources and outputs',
    description:
      "No resource property or output holds a literal Region, Availability Zone, 12-digit account id or 'arn:aws:' partition, so one template deploys in every Region and account; Parameters, Mappings, Conditions and Rules may name Regions.",
    docsUrl:
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/pseudo-parameter-reference.html',
    evidence: ['I3042', 'W3010'],
    messages: {
      region:
        "'{{owner}}' names the Region '{{value}}' literally, so the stack does the same thing in every Region it is deployed to: in the second Region it points back at the first. {{fix}}",
      zone: "'{{owner}}' names the Availability Zone '{{value}}', which exists in one Region only (and maps to different physical zones in each account), so the template fails everywhere else (cfn-lint W3010). Write '!Select [{{index}}, !GetAZs \"\"]' instead.",
      account:
        "'{{owner}}' holds the account id '{{value}}' literally, so the template works in that one account only (cfn-lint I3042). {{fix}}",
      partition:
        "'{{owner}}' writes the partition '{{value}}' literally, so the ARN is wrong in the China and GovCloud partitions (cfn-lint I3042). {{fix}}",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const roots: { owner: string; v: unknown; path: DataPath; type?: string }[] = [
      ...resources(t).map((r) => ({
        owner: r.name,
        v: r.props,
        path: [...r.path, 'Properties'],
        type: String(r.resource.Type),
      })),
      ...Object.entries(isRecord(t.Outputs) ? t.Outputs : {}).map(([name, o]) => ({
        owner: `Outputs.${name}`,
        v: o,
        path: ['Outputs', name] as DataPath,
      })),
    ];
    let checked = 0;
    let failed = 0;
    for (const root of roots) {
      checked++;
      let bad = false;
      const stack: { v: unknown; path: DataPath }[] = [{ v: root.v, path: root.path }];
      while (stack.length) {
        const { v, path } = stack.pop()!;
        if (typeof v === 'string' || typeof v === 'number') {
          for (const lit of regionalLiterals(String(v))) {
            bad = true;
            ctx.report(
              lit.kind,
              {
                owner: root.owner,
                value: lit.value,
                fix: FIX[lit.kind],
                index: lit.kind === 'zone' ? (zoneIndex(lit.value) ?? 0) : '',
              },
              path,
            );
          }
          continue;
        }
        if (Array.isArray(v)) {
          for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
          continue;
        }
        if (!isRecord(v)) continue;
        const entries = Object.entries(v).reverse();
        for (const [k, child] of entries) {
          // The checker Regions of a health check are the same for every stack that uses it; an output's
          // description is prose for people, not a value anything uses.
          if (root.type === HEALTH_CHECK && k === 'Regions' && path.at(-1) === 'HealthCheckConfig') continue;
          if (root.type === undefined && k === 'Description' && path.length === 2) continue;
          stack.push({ v: child, path: [...path, k] });
        }
      }
      if (bad) failed++;
    }
    ctx.tally(checked, failed);
  },
});
