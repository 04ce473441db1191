// TDF005: at least one container is essential (an omitted `essential` means true), so the task stops and is
// replaced when the application exits. cfn-lint 1.51.0's E3042 is meant to check this but never fires.
import { defineRule } from '../../engine/define.js';
import { containerListMessages, describeValue, readContainers } from './util/task-definition.js';

export default defineRule({
  meta: {
    id: 'TDF005',
    name: 'essential-container',
    target: 'json',
    severity: 'error',
    title: 'Mark at least one container essential',
    description:
      "At least one container is essential ('essential' true or left out), so ECS stops and replaces the task when the application exits; ECS rejects a task definition whose containers are all non-essential.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
    evidence: ['E3042'],
    messages: {
      ...containerListMessages,
      noneEssential:
        "Every container sets 'essential' to 'false', and ECS rejects a task definition without an essential container; the task would also keep running after the application died. Set '\"essential\": true' on the application container (leaving it out means true).",
      notBoolean:
        "Container '{{container}}' sets 'essential' to {{what}}, but it must be 'true' or 'false' without quotes. Write '\"essential\": true'.",
    },
  },
  check(doc, ctx) {
    const list = readContainers(doc, ctx);
    if (!list) return;
    let essential = 0;
    let malformed = 0;
    for (const c of list.containers) {
      const value = c.def['essential'];
      if (value === undefined || value === null || value === true) essential++;
      else if (typeof value !== 'boolean') {
        malformed++;
        ctx.report('notBoolean', { container: c.label, what: describeValue(value) }, [
          ...c.path,
          'essential',
        ]);
      }
    }
    // A quoted "true" is reported above; saying "none is essential" as well would only confuse.
    if (essential === 0 && malformed === 0 && list.containers.length > 0)
      ctx.report('noneEssential', {}, ['containerDefinitions']);
  },
});
