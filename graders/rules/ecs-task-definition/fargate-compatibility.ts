// TDF003: `requiresCompatibilities` lists FARGATE, so ECS validates the task definition against Fargate's rules.
import { defineRule } from '../../engine/define.js';
import { describeValue, readTaskDefinition, taskDefinitionMessages } from './util/task-definition.js';

export default defineRule({
  meta: {
    id: 'TDF003',
    name: 'fargate-compatibility',
    target: 'json',
    severity: 'error',
    title: "List 'FARGATE' in requiresCompatibilities",
    description:
      'The task definition lists FARGATE in requiresCompatibilities, so ECS checks it against Fargate when it is registered instead of when a service first tries to start it.',
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html',
    evidence: ['E3054'],
    messages: {
      ...taskDefinitionMessages,
      missing:
        "The task has no 'requiresCompatibilities', so ECS does not check it against Fargate's rules when you register it, and mistakes show up only when a service tries to start it. Add '\"requiresCompatibilities\": [\"FARGATE\"]'.",
      notList:
        '\'requiresCompatibilities\' must be a list, but it is {{what}}, and ECS rejects the task definition. Write \'"requiresCompatibilities": ["FARGATE"]\'.',
      noFargate:
        "'requiresCompatibilities' lists {{listed}} but not 'FARGATE', so the task cannot run on Fargate. Add 'FARGATE' to the list.",
    },
  },
  check(doc, ctx) {
    const td = readTaskDefinition(doc, ctx);
    if (!td) return;
    const rc = td['requiresCompatibilities'];
    if (rc === undefined || rc === null) ctx.report('missing', {}, []);
    else if (!Array.isArray(rc))
      ctx.report('notList', { what: describeValue(rc) }, ['requiresCompatibilities']);
    else if (!rc.includes('FARGATE')) {
      const listed =
        rc.length === 0
          ? 'nothing'
          : rc.map((v) => (typeof v === 'string' ? `'${v}'` : describeValue(v))).join(', ');
      ctx.report('noFargate', { listed }, ['requiresCompatibilities']);
    }
  },
});
