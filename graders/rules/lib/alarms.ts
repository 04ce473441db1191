// CloudWatch alarms as templates write them: one metric (Namespace, MetricName, Dimensions), or metric math whose
// `Metrics` list holds MetricStat entries. The auto-scaling rules (SCL006) and the observability rules (OBS007,
// OBS008) read alarms through these, so an alarm in either style is judged the same way.
import type { CfnTemplate } from '../../engine/types.js';
import { get, isRecord, literalString, type NamedResource } from './cloudformation.js';

export const ALARM = 'AWS::CloudWatch::Alarm';

/** One metric an alarm watches, where its dimensions sit in the template. */
export interface AlarmMetric {
  namespace: unknown;
  metricName: unknown;
  dimensions: unknown;
  path: (string | number)[];
}

/** The metrics an alarm watches: its own metric, or each MetricStat of a metric-math alarm, with their paths. */
export function alarmMetrics(alarm: NamedResource): AlarmMetric[] {
  const at = [...alarm.path, 'Properties'];
  if (alarm.props['MetricName'] !== undefined)
    return [
      {
        namespace: alarm.props['Namespace'],
        metricName: alarm.props['MetricName'],
        dimensions: alarm.props['Dimensions'],
        path: [...at, 'Dimensions'],
      },
    ];
  const metrics = alarm.props['Metrics'];
  if (!Array.isArray(metrics)) return [];
  return metrics.flatMap((m, i) => {
    const metric = get(m, ['MetricStat', 'Metric']);
    if (!isRecord(metric)) return [];
    return [
      {
        namespace: metric['Namespace'],
        metricName: metric['MetricName'],
        dimensions: metric['Dimensions'],
        path: [...at, 'Metrics', i, 'MetricStat', 'Metric', 'Dimensions'],
      },
    ];
  });
}

/** The value of the named dimension in a `[{ Name, Value }]` list, or undefined when it is absent. */
export function dimensionValue(t: CfnTemplate, dimensions: unknown, name: string): unknown {
  if (!Array.isArray(dimensions)) return undefined;
  return dimensions.find((d) => isRecord(d) && literalString(t, d['Name']) === name)?.['Value'];
}
