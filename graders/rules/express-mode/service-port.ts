// EXP001: the service runs the labs-web container image and sends requests to the port the app listens on. The
// app listens on the PORT environment variable, or 3000 without it (labs/01-production-dockerfile/server.js). An
// Express service sends traffic to 'PrimaryContainer.ContainerPort'; an App Runner service to
// 'ImageConfiguration.Port', which App Runner defaults to 8080. A port the app does not listen on fails every health
// check, so the service never becomes healthy. App Runner can also build from source code, but Express Mode runs
// only images, so the lab grades an image-based App Runner service.
import { defineRule } from '../../engine/define.js';
import { get, isRecord, literalString } from '../lib/cloudformation.js';
import {
  APP_DEFAULT_PORT,
  appPort,
  existingPath,
  expressMessages,
  portVariable,
  propPath,
  readSubject,
} from './model.js';

/** App Runner's default for 'ImageConfiguration.Port' (App Runner API, ImageConfiguration). */
export const APP_RUNNER_DEFAULT_PORT = 8080;

export default defineRule({
  meta: {
    id: 'EXP001',
    name: 'service-port',
    target: 'cloudformation',
    severity: 'error',
    title: 'Run the image and send traffic to the port the app listens on',
    description:
      "The Express service's primary container (or the App Runner service's image repository) runs an image, and the port requests are sent to ('ContainerPort', or App Runner's 'Port') is the one the app listens on: its PORT environment variable, or 3000.",
    docsUrl:
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-expressgatewayservice-expressgatewaycontainer.html',
    evidence: ['ExpressGatewayContainer.containerPort', 'ImageConfiguration.Port'],
    messages: {
      ...expressMessages,
      noContainer:
        "Express service '{{service}}' has no 'PrimaryContainer', which Express Mode requires: it names the image to run. Add 'PrimaryContainer' with 'Image' and 'ContainerPort'.",
      noPort:
        "Express service '{{service}}' sets no 'PrimaryContainer.ContainerPort', so the load balancer Express Mode creates does not know the app listens on {{port}}. Add 'ContainerPort: {{port}}'.",
      wrongPort:
        "Express service '{{service}}' sends traffic to port {{given}}, but the app listens on {{port}} ({{why}}). Every health check then fails and no task becomes healthy. Set 'ContainerPort: {{port}}', or set the PORT environment variable to {{given}}.",
      sourceCode:
        "App Runner service '{{service}}' builds from a code repository. Express Mode, its successor, runs only container images, and this lab deploys the labs-web image from Amazon ECR. Use 'SourceConfiguration.ImageRepository' instead of 'CodeRepository'.",
      noImageRepository:
        "App Runner service '{{service}}' has no 'SourceConfiguration.ImageRepository', so App Runner has no image to run. Add one with 'ImageIdentifier', 'ImageRepositoryType: ECR' and 'ImageConfiguration.Port'.",
      wrongRunnerPort:
        "App Runner service '{{service}}' sends traffic to port {{given}}{{defaulted}}, but the app listens on {{port}} ({{why}}). Every health check then fails and the service never starts. Set 'ImageConfiguration.Port' to '{{port}}', or the PORT runtime variable to '{{given}}'.",
      unverifiable:
        "Service '{{service}}' takes its port or the app's PORT from a value decided at deploy time, so the grader cannot check that they match. Write the port in the template, or give its parameter a Default.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const s = readSubject(doc, ctx);
    if (!s) return;
    ctx.tally(1);
    const { svc } = s;
    const why = (env: unknown) =>
      portVariable(t, env)
        ? 'its PORT variable says so'
        : `no PORT variable is set, so it uses its default, ${APP_DEFAULT_PORT}`;
    if (s.design === 'express') {
      const container = svc.props['PrimaryContainer'];
      if (!isRecord(container)) {
        ctx.report('noContainer', { service: svc.name }, propPath(svc));
        return;
      }
      const port = appPort(t, container['Environment']);
      const raw = container['ContainerPort'];
      const given = raw === undefined ? undefined : literalString(t, raw);
      if (port === undefined || (raw !== undefined && given === undefined)) {
        ctx.report('unverifiable', { service: svc.name }, propPath(svc, 'PrimaryContainer'));
        return;
      }
      if (raw === undefined) {
        ctx.report('noPort', { service: svc.name, port }, propPath(svc, 'PrimaryContainer'));
        return;
      }
      if (Number(given) !== port)
        ctx.report(
          'wrongPort',
          { service: svc.name, given: given ?? '', port, why: why(container['Environment']) },
          propPath(svc, 'PrimaryContainer', 'ContainerPort'),
        );
      return;
    }
    const source = svc.props['SourceConfiguration'];
    const image = get(source, ['ImageRepository']);
    if (!isRecord(image)) {
      if (isRecord(source) && source['CodeRepository'] !== undefined)
        ctx.report(
          'sourceCode',
          { service: svc.name },
          propPath(svc, 'SourceConfiguration', 'CodeRepository'),
        );
      else ctx.report('noImageRepository', { service: svc.name }, existingPath(svc, ['SourceConfiguration']));
      return;
    }
    const config = isRecord(image['ImageConfiguration']) ? image['ImageConfiguration'] : {};
    const env = config['RuntimeEnvironmentVariables'];
    const port = appPort(t, env);
    const raw = config['Port'];
    const given = raw === undefined ? String(APP_RUNNER_DEFAULT_PORT) : literalString(t, raw);
    if (port === undefined || given === undefined) {
      ctx.report(
        'unverifiable',
        { service: svc.name },
        existingPath(svc, ['SourceConfiguration', 'ImageRepository', 'ImageConfiguration']),
      );
      return;
    }
    if (Number(given) !== port)
      ctx.report(
        'wrongRunnerPort',
        {
          service: svc.name,
          given,
          defaulted: raw === undefined ? ", App Runner's default" : '',
          port,
          why: why(env),
        },
        raw === undefined
          ? existingPath(svc, ['SourceConfiguration', 'ImageRepository', 'ImageConfiguration'])
          : propPath(svc, 'SourceConfiguration', 'ImageRepository', 'ImageConfiguration', 'Port'),
      );
  },
});
