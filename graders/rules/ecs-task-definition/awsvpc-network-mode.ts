// TDF002: the task uses the `awsvpc` network mode, the only one Fargate supports.
import { defineRule } from '../../engine/define.js';
import {
  describeValue,
  readTaskDefinition,
  targetsFargate,
  taskDefinitionMessages,
} from './util/task-definition.js';

export default defineRule({
  meta: {
    id: 'TDF002',
    name: 'awsvpc-network-mode',
    target: 'json',
    severity: 'error',
    title: "Use the 'awsvpc' network mode",
    description:
      'The task sets networkMode to awsvpc, which Fargate requires and which gives every task its own network interface and security group.',
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html',
    evidence: ['E3048', 'CT.ECS.PR.4'],
    messages: {
      ...taskDefinitionMessages,
      missing:
        "The task has no 'networkMode', so ECS uses 'bridge', which Fargate rejects. Add '\"networkMode\": \"awsvpc\"' so each task gets its own network interface and security group.",
      wrongMode:
        "Network mode '{{mode}}' does not work on Fargate, which supports only 'awsvpc' (and 'awsvpc' gives each task its own network interface and security group). Set 'networkMode' to 'awsvpc'.",
      sharedNetwork:
        "Network mode '{{mode}}' does not give each task a network interface of its own, so tasks cannot have their own security groups. AWS recommends 'awsvpc' for every task; set 'networkMode' to 'awsvpc'.",
      notText:
        "'networkMode' is {{what}}, but it must be the text 'awsvpc'. Write '\"networkMode\": \"awsvpc\"'.",
    },
  },
  check(doc, ctx) {
    const td = readTaskDefinition(doc, ctx);
    if (!td) return;
    const mode = td['networkMode'];
    if (mode === undefined || mode === null) ctx.report('missing', {}, []);
    else if (typeof mode !== 'string') ctx.report('notText', { what: describeValue(mode) }, ['networkMode']);
    else if (mode !== 'awsvpc')
      ctx.report(targetsFargate(td) ? 'wrongMode' : 'sharedNetwork', { mode }, ['networkMode']);
  },
});
