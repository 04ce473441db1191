// MRG006: recovery.yaml states the recovery objectives and the strategy that meets them, in a shape a machine can
// check. Fields: 'strategy' (one of the four of AWS's disaster recovery whitepaper), 'rto' and 'rpo' (ISO 8601
// durations such as 'PT15M'), 'regions' (at least two Region codes), 'traffic' (failover, latency or weighted),
// 'images' (replicated or rebuilt) and 'how' (a sentence or more on how the design meets the objectives). The RTO
// may not be shorter than the whitepaper says the strategy delivers, 'traffic' must fit the strategy (active/active
// shares traffic; the others fail over), and images rebuilt after a disaster fit backup and restore only. Whether
// the template does what the file claims is the lab 14 rubric's check.
import { defineRule } from '../../engine/define.js';
import { isRecord } from '../lib/cloudformation.js';
import {
  COMMERCIAL_REGIONS,
  durationSeconds,
  IMAGES,
  RECOVERY_FIELDS,
  RTO_FLOOR,
  STRATEGIES,
  TRAFFIC,
  type Strategy,
} from './model.js';

const quoted = (list: readonly string[]) => list.map((s) => `'${s}'`).join(', ');
const FLOOR_TEXT: Record<Strategy, string> = {
  'backup-and-restore': 'hours (PT1H or more)',
  'pilot-light': 'tens of minutes (PT10M or more)',
  'warm-standby': 'minutes (PT1M or more)',
  'multi-site-active-active': 'near zero',
};

export default defineRule({
  meta: {
    id: 'MRG006',
    name: 'recovery-objectives',
    target: 'yaml',
    severity: 'error',
    title: 'State the recovery objectives and the strategy that meets them',
    description:
      "recovery.yaml is a mapping with 'strategy' (backup-and-restore, pilot-light, warm-standby or multi-site-active-active), 'rto' and 'rpo' as ISO 8601 durations, 'regions' (two or more Region codes), 'traffic', 'images' and 'how', each consistent with the strategy.",
    docsUrl:
      'https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html',
    evidence: ['REL13-BP01', 'REL13-BP02', 'AWS DR whitepaper'],
    messages: {
      notMapping:
        "'{{file}}' is not a YAML mapping. Write one field per line: 'strategy: warm-standby', 'rto: PT15M', 'rpo: PT5M', 'regions: [us-east-1, eu-west-1]', 'traffic: failover', 'images: replicated', 'how: …'.",
      missingField: "'{{file}}' has no '{{field}}'. {{help}}",
      unknownField:
        "'{{field}}' is not a field of the recovery file (they are {{fields}}, in lower case), so the grader ignores it. Rename or remove it.",
      badStrategy: "'strategy' is '{{value}}'; name one of the whitepaper's four: {{allowed}}.",
      badDuration:
        "'{{field}}' is '{{value}}', which is not an ISO 8601 duration (an RTO above zero); write it like 'PT15M' (15 minutes), 'PT4H' or 'P1D'.",
      rtoTooShort:
        "'rto' is '{{value}}', but the AWS whitepaper puts the RTO of {{strategy}} at {{floor}}: the claim cannot be met. Raise 'rto' or choose a strategy that keeps more running in the second Region.",
      badRegions:
        "'regions' must list at least two different commercial Region codes, such as '[us-east-1, eu-west-1]'{{why}}.",
      badTraffic: "'traffic' is '{{value}}'; write one of {{allowed}}.",
      trafficStrategy: "'traffic' is '{{value}}' but 'strategy' is '{{strategy}}': {{why}}",
      badImages: "'images' is '{{value}}'; write one of {{allowed}}.",
      rebuiltImages:
        "'images: rebuilt' means rebuilding the image after the disaster, which takes longer than {{strategy}} allows; replicate images ('images: replicated') so the second Region can start tasks at once.",
      shortHow:
        "'how' should say in a sentence or more how the design meets the objectives (what runs in the second Region, what moves traffic, where images and data come from).",
    },
  },
  check(doc, ctx) {
    const v = doc.value;
    if (!isRecord(v)) {
      ctx.report('notMapping', { file: doc.file }, []);
      return;
    }
    const HELP: Record<string, string> = {
      strategy: `Add 'strategy:' with one of ${quoted(STRATEGIES)}.`,
      rto: "Add 'rto:' with the longest acceptable outage as an ISO 8601 duration, such as 'PT15M'.",
      rpo: "Add 'rpo:' with the most data (time) you accept to lose, such as 'PT5M'.",
      regions:
        "Add 'regions:' with the Region codes the stack is deployed to, such as '[us-east-1, eu-west-1]'.",
      traffic: `Add 'traffic:' with one of ${quoted(TRAFFIC)}: how Route 53 moves users.`,
      images: `Add 'images:' with one of ${quoted(IMAGES)}: where the second Region's images come from.`,
      how: "Add 'how:' with a sentence or more on how the design meets the objectives.",
    };
    for (const field of RECOVERY_FIELDS)
      if (v[field] === undefined)
        ctx.report('missingField', { file: doc.file, field, help: HELP[field]! }, []);
    for (const key of Object.keys(v))
      if (!(RECOVERY_FIELDS as readonly string[]).includes(key))
        ctx.report('unknownField', { field: key, fields: quoted(RECOVERY_FIELDS) }, [key]);

    const strategy = (STRATEGIES as readonly unknown[]).includes(v['strategy'])
      ? (v['strategy'] as Strategy)
      : undefined;
    if (v['strategy'] !== undefined && !strategy)
      ctx.report('badStrategy', { value: String(v['strategy']), allowed: quoted(STRATEGIES) }, ['strategy']);
    for (const field of ['rto', 'rpo'] as const) {
      if (v[field] === undefined) continue;
      const s = durationSeconds(v[field]);
      if (s === undefined || (s <= 0 && field === 'rto'))
        ctx.report('badDuration', { field, value: String(v[field]) }, [field]);
      else if (field === 'rto' && strategy && s < RTO_FLOOR[strategy])
        ctx.report('rtoTooShort', { value: String(v[field]), strategy, floor: FLOOR_TEXT[strategy] }, [
          field,
        ]);
    }
    const regions = v['regions'];
    if (regions !== undefined) {
      const list = Array.isArray(regions) ? regions : [];
      const unknown = list.filter((r) => typeof r !== 'string' || !COMMERCIAL_REGIONS.includes(r));
      const distinct = new Set(list.filter((r) => typeof r === 'string'));
      if (!Array.isArray(regions) || unknown.length > 0 || distinct.size < 2 || distinct.size !== list.length)
        ctx.report(
          'badRegions',
          { why: unknown.length > 0 ? `; ${quoted(unknown.map(String))} is not one` : '' },
          ['regions'],
        );
    }
    const traffic = v['traffic'];
    if (traffic !== undefined) {
      if (!(TRAFFIC as readonly unknown[]).includes(traffic))
        ctx.report('badTraffic', { value: String(traffic), allowed: quoted(TRAFFIC) }, ['traffic']);
      else if (strategy === 'multi-site-active-active' && traffic === 'failover')
        ctx.report(
          'trafficStrategy',
          {
            value: traffic,
            strategy,
            why: 'active/active serves users from every Region at once, which latency or weighted records do; failover sends them to one.',
          },
          ['traffic'],
        );
      else if (strategy && strategy !== 'multi-site-active-active' && traffic !== 'failover')
        ctx.report(
          'trafficStrategy',
          {
            value: String(traffic),
            strategy,
            why: "only one Region serves users in this strategy, so Route 53 must fail over ('traffic: failover'); latency or weighted records would send users to a Region that is not ready.",
          },
          ['traffic'],
        );
    }
    const images = v['images'];
    if (images !== undefined) {
      if (!(IMAGES as readonly unknown[]).includes(images))
        ctx.report('badImages', { value: String(images), allowed: quoted(IMAGES) }, ['images']);
      else if (images === 'rebuilt' && strategy && strategy !== 'backup-and-restore')
        ctx.report('rebuiltImages', { strategy }, ['images']);
    }
    const how = v['how'];
    if (how !== undefined && (typeof how !== 'string' || how.trim().length < 40))
      ctx.report('shortHow', {}, ['how']);
  },
});
