// EXP006: the service scales between at least two tasks and a ceiling someone chose, on a metric with a target in
// a sensible range. Express Mode: 'ScalingTarget' ('MinTaskCount', 'MaxTaskCount', and optionally
// 'AutoScalingMetric' and 'AutoScalingTargetValue', which default to average CPU at 60). App Runner:
// 'AutoScalingConfigurationArn' pointing at an 'AWS::AppRunner::AutoScalingConfiguration' of this template
// ('MinSize', 'MaxSize'). Two tasks survive one task failure or one Availability Zone outage; a ceiling caps the
// bill when traffic (or a bug) runs away. The bounds are lab 09's (graders/rules/auto-scaling).
//
// Sources: ExpressGatewayScalingTarget, https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ExpressGatewayScalingTarget.html;
// AWS::AppRunner::AutoScalingConfiguration in the CloudFormation Template Reference.
import { defineRule } from '../../engine/define.js';
import type { CfnTemplate } from '../../engine/types.js';
import {
  isRecord,
  literal,
  literalNumber,
  literalString,
  type NamedResource,
} from '../lib/cloudformation.js';
import { CPU_TARGET_RANGE } from '../auto-scaling/cpu-target-tracking.js';
import { MAX_SENSIBLE_TASKS, MIN_TASKS } from '../auto-scaling/scaling-capacity.js';
import { APP_RUNNER_SCALING, expressMessages, pointsAt, propPath, readSubject } from './model.js';

/** App Runner's defaults when a configuration leaves them out (AWS::AppRunner::AutoScalingConfiguration). */
export const APP_RUNNER_DEFAULT_MIN = 1;
export const APP_RUNNER_DEFAULT_MAX = 25;

type Count = { state: 'absent' } | { state: 'unknown' } | { state: 'ok'; value: number };

function count(t: CfnTemplate, v: unknown): Count {
  if (v === undefined) return { state: 'absent' };
  const n = literalNumber(t, v);
  return n === undefined ? { state: 'unknown' } : { state: 'ok', value: n };
}

export default defineRule({
  meta: {
    id: 'EXP006',
    name: 'scaling-target',
    target: 'cloudformation',
    severity: 'error',
    title: `Scale between at least ${MIN_TASKS} tasks and a ceiling, on a sensible target`,
    description: `The Express service's 'ScalingTarget' (or the App Runner service's auto scaling configuration of this template) keeps at least ${MIN_TASKS} tasks, allows more, and caps them at ${MAX_SENSIBLE_TASKS} or fewer; a CPU or memory target lies from ${CPU_TARGET_RANGE.min} to ${CPU_TARGET_RANGE.max} percent, a request-count target is positive.`,
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ExpressGatewayScalingTarget.html',
    evidence: ['REL10-BP01', 'REL07-BP01'],
    messages: {
      ...expressMessages,
      noScaling:
        "Express service '{{service}}' has no 'ScalingTarget', so the grader cannot see how many tasks it keeps or how far it may grow. Add 'ScalingTarget' with 'MinTaskCount: 2', a 'MaxTaskCount' such as 6, and the metric to track.",
      noRunnerScaling:
        "App Runner service '{{service}}' names no auto scaling configuration, so it uses App Runner's default of 1 to 25 instances: one instance is a single point of failure. Add an 'AWS::AppRunner::AutoScalingConfiguration' and set 'AutoScalingConfigurationArn: !GetAtt <configuration>.AutoScalingConfigurationArn'.",
      unresolvedConfiguration:
        "App Runner service '{{service}}' takes its auto scaling configuration from something other than an 'AWS::AppRunner::AutoScalingConfiguration' of this template, so the grader cannot read its bounds. Define it here and use '!GetAtt <configuration>.AutoScalingConfigurationArn'.",
      minTooLow: `{{what}} lets the service shrink to {{min}}{{defaulted}}: one task failure or one Availability Zone outage then stops the service. Keep at least ${MIN_TASKS}.`,
      noMin: `{{what}} sets no minimum, so nobody chose how few tasks it may keep. Set {{property}} to ${MIN_TASKS} or more.`,
      noMax:
        '{{what}} sets no maximum, so nobody chose how far it may grow or what it may cost. Set {{property}}.',
      noRoom:
        '{{what}} allows at most {{max}} task(s) with a minimum of {{min}}, so it cannot scale out under load. Set the maximum above the minimum.',
      maxTooHigh: `{{what}} may run {{max}} tasks: a flood of requests or a runaway bug could start that many, and bill for them. Set the ceiling to the peak you expect plus headroom, at most ${MAX_SENSIBLE_TASKS}.`,
      targetOutOfRange: `{{what}} keeps {{metric}} at {{value}}%: above ${CPU_TARGET_RANGE.max}% leaves no headroom while new tasks start, and below ${CPU_TARGET_RANGE.min}% pays for tasks that mostly idle. Choose a target from ${CPU_TARGET_RANGE.min} to ${CPU_TARGET_RANGE.max}, such as 60.`,
      requestTarget:
        '{{what}} aims at {{value}} requests per target, which is not a positive number of requests a task can serve. Measure one task and set a target a little below what it sustains.',
      unverifiable:
        '{{what}} takes a bound or target from a value decided at deploy time, so the grader cannot check it. Write the number, or give the parameter a Default.',
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const s = readSubject(doc, ctx);
    if (!s) return;
    ctx.tally(1);
    const { svc } = s;
    let min: Count;
    let max: Count;
    let what: string;
    let maxProperty: string;
    let owner: NamedResource;
    let prefix: (string | number)[];
    if (s.design === 'express') {
      const target = svc.props['ScalingTarget'];
      if (!isRecord(target)) {
        ctx.report('noScaling', { service: svc.name }, propPath(svc));
        return;
      }
      what = `The 'ScalingTarget' of Express service '${svc.name}'`;
      owner = svc;
      prefix = ['ScalingTarget'];
      maxProperty = "'MaxTaskCount' (such as 6)";
      min = count(t, target['MinTaskCount']);
      max = count(t, target['MaxTaskCount']);
      const metric =
        target['AutoScalingMetric'] === undefined
          ? 'AVERAGE_CPU'
          : literalString(t, target['AutoScalingMetric']);
      const rawValue = target['AutoScalingTargetValue'];
      if (metric === undefined || (rawValue !== undefined && !literal(t, rawValue).known)) {
        ctx.report('unverifiable', { what }, propPath(svc, 'ScalingTarget'));
        return;
      }
      const value = rawValue === undefined ? undefined : literalNumber(t, rawValue);
      if (value !== undefined) {
        const at = propPath(svc, 'ScalingTarget', 'AutoScalingTargetValue');
        if (metric === 'REQUEST_COUNT_PER_TARGET') {
          if (!(value > 0)) ctx.report('requestTarget', { what, value }, at);
        } else if (value < CPU_TARGET_RANGE.min || value > CPU_TARGET_RANGE.max)
          ctx.report(
            'targetOutOfRange',
            { what, metric: metric === 'AVERAGE_MEMORY' ? 'average memory' : 'average CPU', value },
            at,
          );
      }
    } else {
      const raw = svc.props['AutoScalingConfigurationArn'];
      if (raw === undefined) {
        ctx.report('noRunnerScaling', { service: svc.name }, propPath(svc));
        return;
      }
      const config = pointsAt(t, raw, APP_RUNNER_SCALING, ['AutoScalingConfigurationArn']);
      if (!config) {
        ctx.report(
          'unresolvedConfiguration',
          { service: svc.name },
          propPath(svc, 'AutoScalingConfigurationArn'),
        );
        return;
      }
      what = `Auto scaling configuration '${config.name}'`;
      owner = config;
      prefix = [];
      maxProperty = "'MaxSize' (such as 6)";
      min = count(t, config.props['MinSize']);
      max = count(t, config.props['MaxSize']);
    }
    const at = (...rest: string[]) => [...owner.path, 'Properties', ...prefix, ...rest];
    if (min.state === 'unknown' || max.state === 'unknown') {
      ctx.report('unverifiable', { what }, at());
      return;
    }
    const minProperty = s.design === 'express' ? "'MinTaskCount'" : "'MinSize'";
    let minValue: number;
    if (min.state === 'ok') minValue = min.value;
    else if (s.design === 'apprunner') minValue = APP_RUNNER_DEFAULT_MIN;
    else {
      ctx.report('noMin', { what, property: minProperty }, at());
      minValue = MIN_TASKS;
    }
    if (minValue < MIN_TASKS)
      ctx.report(
        'minTooLow',
        { what, min: minValue, defaulted: min.state === 'absent' ? " (App Runner's default)" : '' },
        at(),
      );
    if (max.state === 'absent' && s.design === 'express') {
      ctx.report('noMax', { what, property: maxProperty }, at());
      return;
    }
    const maxValue = max.state === 'ok' ? max.value : APP_RUNNER_DEFAULT_MAX;
    if (maxValue <= minValue && minValue >= MIN_TASKS)
      ctx.report('noRoom', { what, max: maxValue, min: minValue }, at());
    else if (maxValue > MAX_SENSIBLE_TASKS) ctx.report('maxTooHigh', { what, max: maxValue }, at());
  },
});
