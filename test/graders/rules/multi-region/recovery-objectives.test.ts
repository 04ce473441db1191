// MRG006: the shape of recovery.yaml and the consistency of its claims with one another.
import rule from '../../../../graders/rules/multi-region/recovery-objectives.js';
import { testRule } from '../../../helpers/rule-tester.js';

const file = 'labs/14-multi-region/recovery.yaml';
const HOW = 'how: The standby Region runs two tasks and scales out when Route 53 fails over to it.\n';
const doc = (over: Record<string, string> = {}) => {
  const fields: Record<string, string> = {
    strategy: 'warm-standby',
    rto: 'PT15M',
    rpo: 'PT5M',
    regions: '[us-east-1, eu-west-1]',
    traffic: 'failover',
    images: 'replicated',
    ...over,
  };
  return `${Object.entries(fields)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n${HOW}`;
};

testRule(rule, {
  valid: [
    { name: 'warm standby with failover', file, code: doc() },
    {
      name: 'active/active with latency records and a near-zero RTO',
      file,
      code: doc({ strategy: 'multi-site-active-active', rto: 'PT30S', rpo: 'PT0S', traffic: 'latency' }),
    },
    {
      name: 'backup and restore rebuilds images within hours',
      file,
      code: doc({ strategy: 'backup-and-restore', rto: 'P1DT2H', rpo: 'PT4H', images: 'rebuilt' }),
    },
  ],
  invalid: [
    { name: 'not a mapping', file, code: '- strategy\n', errors: [{ messageId: 'notMapping', line: 1 }] },
    {
      name: 'missing fields, and one in capitals',
      file,
      code: 'strategy: pilot-light\nRTO: PT30M\n',
      errors: [
        // All on line 1, in the order of their messages.
        { messageId: 'missingField', line: 1, data: { field: 'how' } },
        { messageId: 'missingField', line: 1, data: { field: 'images' } },
        { messageId: 'missingField', line: 1, data: { field: 'regions' } },
        { messageId: 'missingField', line: 1, data: { field: 'rpo' } },
        { messageId: 'missingField', line: 1, data: { field: 'rto' } },
        { messageId: 'missingField', line: 1, data: { field: 'traffic' } },
        { messageId: 'unknownField', line: 2, data: { field: 'RTO' } },
      ],
    },
    {
      name: 'a strategy the whitepaper does not name',
      file,
      code: doc({ strategy: 'hot-standby' }),
      errors: [{ messageId: 'badStrategy', line: 1, data: { value: 'hot-standby' } }],
    },
    {
      name: 'durations that are not ISO 8601',
      file,
      code: doc({ rto: 'PT0S', rpo: '5 minutes' }),
      errors: [
        { messageId: 'badDuration', line: 2, data: { field: 'rto' } },
        { messageId: 'badDuration', line: 3, data: { field: 'rpo' } },
      ],
    },
    {
      name: 'an RTO the strategy cannot deliver',
      file,
      code: doc({ strategy: 'pilot-light', rto: 'PT5M' }),
      errors: [{ messageId: 'rtoTooShort', line: 2, data: { strategy: 'pilot-light' } }],
    },
    {
      name: 'one Region, and one that does not exist',
      file,
      code: doc({ regions: '[us-east-1, us-east-1, mars-1]' }),
      errors: [{ messageId: 'badRegions', line: 4, data: { why: "; 'mars-1' is not one" } }],
    },
    {
      name: 'failover for active/active',
      file,
      code: doc({ strategy: 'multi-site-active-active', rto: 'PT1M' }),
      errors: [{ messageId: 'trafficStrategy', line: 5 }],
    },
    {
      name: 'latency for a warm standby, and images rebuilt',
      file,
      code: doc({ traffic: 'latency', images: 'rebuilt' }),
      errors: [
        { messageId: 'trafficStrategy', line: 5 },
        { messageId: 'rebuiltImages', line: 6 },
      ],
    },
    {
      name: 'unknown traffic and images values, and a how too short',
      file,
      code: doc({ traffic: 'dns', images: 'copied' }).replace(HOW, 'how: Route 53.\n'),
      errors: [
        { messageId: 'badTraffic', line: 5 },
        { messageId: 'badImages', line: 6 },
        { messageId: 'shortHow', line: 7 },
      ],
    },
  ],
});
