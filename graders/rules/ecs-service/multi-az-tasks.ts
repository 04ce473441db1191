// SVC011: every REPLICA service runs at least two tasks, in subnets of at least two Availability Zones, so
// losing a task or a zone leaves the service answering. ECS spreads a service's tasks across the zones of
// its subnets by default.
import { defineRule } from '../../engine/define.js';
import { countNoun } from '../../engine/plural.js';
import { subnetRefs } from '../vpc/util/network.js';
import { zoneCount } from './util/subnet-parameters.js';
import {
  awsvpcConfiguration,
  minimumTasks,
  readServices,
  schedulingStrategy,
  serviceMessages,
} from './util/service.js';

export const MIN_TASKS = 2;

export default defineRule({
  meta: {
    id: 'SVC011',
    name: 'multi-az-tasks',
    target: 'cloudformation',
    severity: 'warning',
    title: 'Run at least two tasks across two Availability Zones',
    description: `Every REPLICA service keeps at least ${MIN_TASKS} tasks (DesiredCount, or the MinCapacity of its auto scaling target) and, with awsvpc networking, places them in subnets of at least two Availability Zones.`,
    docsUrl:
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/capacity-availability-best-practice.html',
    evidence: ['REL10-BP01', 'ELB.13'],
    messages: {
      ...serviceMessages,
      noCount: `Service '{{service}}' sets no 'DesiredCount', so CloudFormation creates it with one task: any task failure or deployment leaves nothing serving. Set 'DesiredCount: ${MIN_TASKS}' or more.`,
      tooFew: `Service '{{service}}' runs {{tasks}} at minimum, so one task failure or one Availability Zone outage stops the service. Run at least ${MIN_TASKS} ('DesiredCount: ${MIN_TASKS}').`,
      unknownCount:
        "Service '{{service}}' sets its task count to a value decided at deploy time, so the grader cannot check it. Write the number, or give its parameter a default.",
      oneZone:
        "Service '{{service}}' places its tasks in subnets of {{zones}}, so every task shares the fate of one zone. List one private subnet in each of two zones.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const services = readServices(doc, ctx);
    let checks = 0;
    let failures = 0;
    for (const svc of services) {
      if (schedulingStrategy(t, svc) !== 'REPLICA') continue;
      // Two checks per awsvpc service, so one that gets the count right but not the zones earns half.
      // Without awsvpc networking the tasks' zones are the container instances', which the template
      // does not show, so only the count is checked.
      const vpc = awsvpcConfiguration(svc);
      checks += vpc ? 2 : 1;
      const props = [...svc.path, 'Properties'];
      const tasks = minimumTasks(t, svc);
      if (tasks.from === 'none') {
        failures++;
        ctx.report('noCount', { service: svc.name }, props);
      } else if (tasks.count === undefined) {
        failures++;
        ctx.report(
          'unknownCount',
          { service: svc.name },
          tasks.from === 'desired' ? [...props, 'DesiredCount'] : props,
        );
      } else if (tasks.count < MIN_TASKS) {
        failures++;
        ctx.report(
          'tooFew',
          { service: svc.name, tasks: countNoun(tasks.count, 'task') },
          tasks.from === 'desired' ? [...props, 'DesiredCount'] : props,
        );
      }
      if (!vpc) continue;
      // Undefined for a list parameter whose subnets are chosen at deploy time ('PrivateSubnetIds' of type
      // 'List<AWS::EC2::Subnet::Id>'): the template states no zones to count, so the spread is not held against it.
      const zones = zoneCount(t, subnetRefs(t, vpc.config['Subnets'], [...vpc.path, 'Subnets']));
      if (zones !== undefined && zones < 2) {
        failures++;
        ctx.report('oneZone', { service: svc.name, zones: countNoun(zones, 'Availability Zone') }, [
          ...vpc.path,
          'Subnets',
        ]);
      }
    }
    if (services.length > 0 && checks === 0) ctx.notApplicable('no service uses the REPLICA scheduler');
    else if (checks > 0) ctx.tally(checks, failures);
  },
});
