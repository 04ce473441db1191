// SCN010: every service that uses Service Connect sends the Service Connect proxy's logs to CloudWatch Logs
// (`ServiceConnectConfiguration.LogConfiguration` with the awslogs driver), the first place to look when a call
// between services fails.
import { defineRule } from '../../engine/define.js';
import { isRecord, literalString } from '../lib/cloudformation.js';
import { describe, modelOf, usesServiceConnect } from './model.js';

const REQUIRED_OPTIONS = ['awslogs-group', 'awslogs-region', 'awslogs-stream-prefix'];

export default defineRule({
  meta: {
    id: 'SCN010',
    name: 'service-connect-logs',
    target: 'cloudformation',
    severity: 'error',
    title: 'Send the Service Connect proxy logs to CloudWatch Logs',
    description:
      "Every service with Service Connect on sets 'ServiceConnectConfiguration.LogConfiguration' with 'LogDriver: awslogs' and the options 'awslogs-group', 'awslogs-region' and 'awslogs-stream-prefix' (required on Fargate), so the proxy's logs are kept when a call between services fails.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectConfiguration.html',
    evidence: ['ECS.9', 'E3046'],
    messages: {
      noServiceConnect:
        "No service uses Service Connect, so there are no Service Connect proxy logs to keep. Turn Service Connect on (Cloud Map DNS discovery has no proxy and no proxy logs), then add a 'LogConfiguration'.",
      missing:
        "Service '{{service}}' uses Service Connect without a 'LogConfiguration', so the proxy's logs (connection errors, retries, upstream failures) are lost. Add 'LogConfiguration: { LogDriver: awslogs, Options: { awslogs-group: …, awslogs-region: !Ref AWS::Region, awslogs-stream-prefix: {{prefix}} } }'.",
      notObject:
        "Service '{{service}}' sets the Service Connect 'LogConfiguration' to {{what}}; it must be an object with 'LogDriver' and 'Options'.",
      notAwslogs:
        "Service '{{service}}' sends Service Connect proxy logs with the driver {{driver}}; this lab keeps them in CloudWatch Logs. Set 'LogDriver: awslogs'.",
      missingOptions:
        "Service '{{service}}' sends Service Connect proxy logs to awslogs without {{options}}, which Fargate needs to deliver them. Add them under 'Options' (the stream prefix keeps the proxy's streams apart from the application's).",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const m = modelOf(t);
    const sc = m.services.filter(usesServiceConnect);
    if (sc.length === 0) {
      ctx.report('noServiceConnect', {}, m.services[0]?.path ?? ['Resources']);
      ctx.tally(1, 1);
      return;
    }
    let failed = 0;
    for (const s of sc) {
      const cfg = s.serviceConnect!.logConfiguration;
      const at = [...s.serviceConnect!.path, 'LogConfiguration'];
      if (cfg === undefined) {
        failed++;
        ctx.report(
          'missing',
          { service: s.name, prefix: `${s.name.toLowerCase()}-proxy` },
          s.serviceConnect!.path,
        );
        continue;
      }
      if (!isRecord(cfg)) {
        failed++;
        ctx.report('notObject', { service: s.name, what: describe(cfg) }, at);
        continue;
      }
      const driver = literalString(t, cfg['LogDriver']);
      if (driver !== 'awslogs') {
        failed++;
        ctx.report('notAwslogs', { service: s.name, driver: describe(cfg['LogDriver']) }, [
          ...at,
          'LogDriver',
        ]);
        continue;
      }
      const options = isRecord(cfg['Options']) ? cfg['Options'] : {};
      const absent = REQUIRED_OPTIONS.filter((o) => options[o] === undefined);
      if (absent.length) {
        failed++;
        ctx.report(
          'missingOptions',
          { service: s.name, options: absent.map((o) => `'${o}'`).join(', ') },
          cfg['Options'] === undefined ? at : [...at, 'Options'],
        );
      }
    }
    ctx.tally(sc.length, failed);
  },
});
