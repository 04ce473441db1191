// Observability rules (prefix OBS) for CloudFormation templates, sorted by id: Container Insights, log groups and
// their key, container log routing, a trace collector and its permissions, alarms and who they notify, a dashboard,
// and configuration from Parameter Store. Each file holds one rule; model.ts reads services' task definitions, roles
// and load balancer dimensions.
import containerInsightsEnhanced from './container-insights-enhanced.js';
import logGroupRetentionKms from './log-group-retention-kms.js';
import logKeyPolicy from './log-key-policy.js';
import containerLogRouting from './container-log-routing.js';
import tracingSidecar from './tracing-sidecar.js';
import alarmCoverage from './alarm-coverage.js';
import alarmNotifications from './alarm-notifications.js';
import dashboard from './dashboard.js';
import ssmConfiguration from './ssm-configuration.js';

export const observabilityRules = [
  containerInsightsEnhanced, // OBS001
  logGroupRetentionKms, // OBS002
  logKeyPolicy, // OBS003
  containerLogRouting, // OBS004
  tracingSidecar, // OBS005
  alarmCoverage, // OBS006
  alarmNotifications, // OBS007
  dashboard, // OBS008
  ssmConfiguration, // OBS009
] as const;
