import fs from 'node:fs';
import rule from '../../../../action/sandbox/guard/budget.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB03_SOLUTION, guardOptions } from '../support.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

// The lab 03 reference solution: $0.1152 an hour, $0.1140 a run with the default 20-minute timeout (guard.test.ts
// computes both by hand).
const solution = HAS_SOLUTIONS ? fs.readFileSync(LAB03_SOLUTION, 'utf8') : ''; // absent: the tests skip

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    {
      name: 'the lab 03 reference solution within the default budget',
      code: solution,
      options: guardOptions(),
    },
    {
      name: 'a template with nothing billed by the hour',
      code: 'Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n',
      options: guardOptions(undefined, { 'deploy-budget-usd': '0.01' }),
    },
  ],
  invalid: [
    {
      name: 'the same solution with a budget of $0.10',
      code: solution,
      options: guardOptions(undefined, { 'deploy-budget-usd': '0.10' }),
      errors: [
        {
          messageId: 'overBudget',
          line: 1,
          data: { run: '$0.1140', hourly: '$0.1152', minutes: 57, budget: '$0.1000' },
        },
      ],
    },
    {
      name: 'a longer timeout prices a longer run',
      code: solution,
      options: guardOptions(undefined, { 'deploy-budget-usd': '0.20', 'deploy-timeout-minutes': '60' }),
      errors: [{ messageId: 'overBudget', data: { minutes: 97 } }],
    },
  ],
});
