// VPC007: no resource names an Availability Zone as a literal ('us-east-1a'), so the template deploys in any
// Region and any account (zone names map to different physical zones in each account). cfn-lint W3010.
import { defineRule } from '../../engine/define.js';
import type { DataPath } from '../../engine/types.js';
import { isIntrinsic, isRecord, resources } from '../lib/cloudformation.js';

const AZ_KEYS = ['AvailabilityZone', 'AvailabilityZones', 'AvailabilityZoneId'];

export default defineRule({
  meta: {
    id: 'VPC007',
    name: 'no-hard-coded-az',
    target: 'cloudformation',
    severity: 'warning',
    title: 'Look up Availability Zones instead of naming them',
    description:
      "No resource property 'AvailabilityZone', 'AvailabilityZones' or 'AvailabilityZoneId' holds a literal zone such as 'us-east-1a'; zones come from '!Select [i, !GetAZs \"\"]' or a parameter, so the template works in every Region and account.",
    docsUrl:
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-getavailabilityzones.html',
    evidence: ['W3010'],
    messages: {
      hardCoded:
        "'{{resource}}' names the Availability Zone '{{zone}}' literally, so the template fails in every other Region and may not match the zones of another account (cfn-lint W3010). Write 'AvailabilityZone: !Select [{{index}}, !GetAZs \"\"]' instead.",
    },
  },
  check(doc, ctx) {
    for (const r of resources(doc.template)) {
      const stack: { v: unknown; path: DataPath; underAz: boolean }[] = [
        { v: r.props, path: [...r.path, 'Properties'], underAz: false },
      ];
      while (stack.length) {
        const { v, path, underAz } = stack.pop()!;
        if (typeof v === 'string') {
          const index = underAz ? zoneIndex(v) : undefined;
          if (index !== undefined) ctx.report('hardCoded', { resource: r.name, zone: v, index }, path);
          continue;
        }
        if (Array.isArray(v)) {
          v.forEach((item, i) => stack.push({ v: item, path: [...path, i], underAz }));
          continue;
        }
        if (!isRecord(v)) continue;
        // Inside an intrinsic (say '!Select [0, [us-east-1a, …]]') strings stay suspect; a Ref is fine.
        if (isIntrinsic(v) && (v['Ref'] !== undefined || v['Fn::GetAZs'] !== undefined)) continue;
        for (const [k, child] of Object.entries(v)) {
          stack.push({ v: child, path: [...path, k], underAz: underAz || AZ_KEYS.includes(k) });
        }
      }
    }
  },
});

/** For a zone name ('us-east-1b') or zone id ('use1-az2'), the '!GetAZs' index to suggest; else undefined. */
export function zoneIndex(s: string): number | undefined {
  const name = /^[a-z]{2}(?:-[a-z]+)+-\d+([a-z])$/.exec(s.trim());
  if (name) return name[1]!.charCodeAt(0) - 97;
  const id = /^[a-z]{3,5}\d*-az(\d+)$/.exec(s.trim());
  if (id) return Math.max(0, Number(id[1]) - 1);
  return undefined;
}
