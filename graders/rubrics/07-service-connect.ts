// Lab 07: the learner writes a CloudFormation template with a front-end and a back-end service on Fargate that talk
// through ECS Service Connect. Thirty points over seven items. Cloud Map DNS discovery is the accepted alternative:
// half credit on the back-end and front-end items, none on the two items that are Service Connect itself (17/30 in
// all). App Mesh earns nothing and costs nothing: SCN011 explains its end of support on the all-or-nothing
// `service-connect` item, where its neutral outcome cannot change the score (see labs/07-service-connect/README.md).
import { defineLab } from '../engine/define.js';
import { service } from './lib/sandbox.js';
import { CFN_REFERENCE, ECS_API, ECS_GUIDE, awsDoc, cfnLint } from './lib/evidence.js';
import { TEMPLATE_FILE } from './lib/template.js';

const APP_MESH_MIGRATION =
  'https://aws.amazon.com/blogs/containers/migrating-from-aws-app-mesh-to-amazon-ecs-service-connect/';

export default defineLab({
  id: '07-service-connect',
  title: 'Service-to-service calls with ECS Service Connect',
  part: '5 Service discovery and service mesh',
  summary:
    'Connect a front-end and a back-end Fargate service with ECS Service Connect: one Cloud Map namespace, the back end as a client-server with a named port and a client alias, the front end as a client that calls the alias, health checks, and proxy logs in CloudWatch. App Mesh reached end of support on 2026-09-30 and earns no points.',
  files: [TEMPLATE_FILE],
  sandbox: service([
    'AWS::ServiceDiscovery::HttpNamespace',
    'AWS::ServiceDiscovery::PrivateDnsNamespace',
    'AWS::ServiceDiscovery::Service',
  ]),
  items: [
    {
      id: 'fargate-services',
      title: 'Run a front-end and a back-end service on Fargate',
      points: 4,
      file: 'template',
      rules: ['SCN001'],
      cfnLint: ['E3047', 'E3048', 'E3052', 'E3054'],
      scoring: 'proportional',
      hint: "Declare two 'AWS::ECS::Service' resources with 'LaunchType: FARGATE', each with 'TaskDefinition: !Ref' its own task definition (a valid Fargate Cpu/Memory pair, 'NetworkMode: awsvpc', 'RequiresCompatibilities: [FARGATE]'), 'Cluster: !Ref Cluster', and a 'NetworkConfiguration' with private subnets and a security group.",
      praise: 'Two Fargate services, each with its own task definition, in the stack’s cluster.',
      evidence: [
        cfnLint('E3047'),
        cfnLint('E3048'),
        cfnLint('E3052'),
        cfnLint('E3054'),
        awsDoc(`${CFN_REFERENCE}/aws-resource-ecs-service.html`),
      ],
      docsUrl: `${CFN_REFERENCE}/aws-resource-ecs-service.html`,
    },
    {
      id: 'namespace',
      title: 'Put both services in one Cloud Map namespace',
      points: 4,
      file: 'template',
      rules: ['SCN002'],
      scoring: 'proportional',
      hint: "Declare an 'AWS::ServiceDiscovery::HttpNamespace' (Service Connect needs no DNS zone) and set the cluster's 'ServiceConnectDefaults: { Namespace: !GetAtt Namespace.Arn }' (or each service's 'ServiceConnectConfiguration.Namespace'). Use the ARN: '!Ref' of a namespace returns its ID, which ECS does not accept here.",
      praise: 'Both services meet in one namespace the stack owns.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/service-connect-concepts.html`),
        awsDoc(`${ECS_API}/API_ClusterServiceConnectDefaultsRequest.html`),
        awsDoc(`${CFN_REFERENCE}/aws-resource-servicediscovery-httpnamespace.html`),
      ],
      docsUrl: `${ECS_GUIDE}/service-connect-concepts.html`,
    },
    {
      id: 'service-connect',
      title: 'Turn Service Connect on in both services (not App Mesh)',
      points: 4,
      file: 'template',
      rules: ['SCN003', 'SCN011'],
      // Both or nothing: a back end outside Service Connect cannot be called through an alias, and a front end
      // outside it cannot resolve one. All-or-nothing also keeps SCN011 (App Mesh) neutral: it never fails.
      scoring: 'all',
      hint: "Give both services 'ServiceConnectConfiguration' with 'Enabled: true' — the front end too, although it publishes nothing: only tasks of Service Connect services get the proxy that resolves client aliases. Cloud Map DNS discovery ('ServiceRegistries') is not Service Connect and earns nothing here. AWS App Mesh reached end of support on 2026-09-30: remove any 'AWS::AppMesh::*' resources and Envoy sidecars; they neither earn nor cost points.",
      praise: 'Both services are in Service Connect.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/service-connect.html`),
        awsDoc(`${ECS_GUIDE}/service-connect-concepts-deploy.html`),
        awsDoc(APP_MESH_MIGRATION),
        awsDoc('https://docs.aws.amazon.com/app-mesh/latest/userguide/what-is-app-mesh.html'),
        cfnLint('W3696'),
      ],
      docsUrl: `${ECS_GUIDE}/service-connect.html`,
    },
    {
      id: 'backend-server',
      title: 'Publish the back end as a client-server with a named port and a client alias',
      points: 7,
      file: 'template',
      rules: ['SCN004', 'SCN005', 'SCN006'],
      scoring: 'proportional',
      hint: "In the back end's task definition, name the container port mapping and state its protocol ('Name: api', 'AppProtocol: http'). In the back-end service add 'Services: [{ PortName: api, DiscoveryName: backend, ClientAliases: [{ DnsName: backend, Port: 8080 }] }]': the PortName must exist in the task definition that service runs, and the alias is the name and port clients call.",
      praise: 'The back end publishes a named HTTP port under a clear client alias.',
      evidence: [
        awsDoc(`${ECS_API}/API_ServiceConnectService.html`),
        awsDoc(`${ECS_API}/API_ServiceConnectClientAlias.html`),
        awsDoc(`${ECS_API}/API_PortMapping.html`),
      ],
      docsUrl: `${ECS_GUIDE}/service-connect-concepts-deploy.html`,
    },
    {
      id: 'frontend-client',
      title: 'Call the back end from the front end through the alias',
      points: 5,
      file: 'template',
      rules: ['SCN007', 'SCN008'],
      scoring: 'proportional',
      // No literal URL here: the hint shows beside a wrongPort finding, and the right URL depends on the alias's port,
      // which the finding already spells out.
      hint: "Give the front-end container an environment variable such as 'BACKEND_URL' whose value is 'http://' followed by the back end's client alias exactly as published, its 'DnsName', a colon and its 'Port' (the port the proxy listens on in every client task, whatever the container port is), keep Service Connect on in the front-end service, and add 'DependsOn: BackendService' so its tasks start after the back end's endpoint exists.",
      praise: 'The front end calls the back end by its alias, and starts after it.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/service-connect-concepts.html`),
        awsDoc(`${ECS_GUIDE}/service-connect-concepts-deploy.html`),
        awsDoc(`${ECS_API}/API_ServiceConnectClientAlias.html`),
      ],
      docsUrl: `${ECS_GUIDE}/service-connect-concepts-deploy.html`,
    },
    {
      id: 'health-checks',
      title: 'Health-check both services',
      points: 3,
      file: 'template',
      rules: ['SCN009'],
      scoring: 'proportional',
      hint: "Give the essential container of both task definitions a 'HealthCheck' that asks the app's own '/health' on the port it listens on, with a tool the image has (the Alpine-based image has 'wget', not 'curl'); ECS accepts Interval 5–300, Timeout 2–60, Retries 1–10 and StartPeriod 0–300 seconds. A service behind a load balancer may rely on its target group's 'HealthCheckPath' instead.",
      praise: 'ECS can replace a task of either service that stops answering.',
      evidence: [
        awsDoc(`${ECS_API}/API_HealthCheck.html`),
        { kind: 'checkov', id: 'CKV_AWS_261', url: 'https://www.checkov.io/5.Policy%20Index/terraform.html' },
      ],
      docsUrl: `${ECS_API}/API_HealthCheck.html`,
    },
    {
      id: 'service-connect-logs',
      title: 'Keep the Service Connect proxy logs in CloudWatch Logs',
      points: 3,
      file: 'template',
      rules: ['SCN010'],
      scoring: 'proportional',
      hint: "In both services' 'ServiceConnectConfiguration' add 'LogConfiguration: { LogDriver: awslogs, Options: { awslogs-group: !Ref LogGroup, awslogs-region: !Ref AWS::Region, awslogs-stream-prefix: api-proxy } }'. Cloud Map discovery has no proxy, so it earns nothing here.",
      praise: 'When a call between the services fails, the proxy’s side of the story is in CloudWatch Logs.',
      evidence: [
        awsDoc(`${ECS_API}/API_ServiceConnectConfiguration.html`),
        awsDoc(`${ECS_GUIDE}/configure-service-connect-proxy-container.html`),
        cfnLint('E3046'),
      ],
      docsUrl: `${ECS_API}/API_ServiceConnectConfiguration.html`,
    },
  ],
});
