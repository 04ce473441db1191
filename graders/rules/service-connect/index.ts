// Service-to-service rules (prefix SCN), sorted by id: ECS Service Connect, its Cloud Map namespace, the client and
// client-server halves, and the App Mesh end-of-support explanation. Each file holds one rule; model.ts is the
// shared helper that follows Ref/GetAtt between services, task definitions, clusters and namespaces.
import twoFargateServices from './two-fargate-services.js';
import serviceConnectNamespace from './service-connect-namespace.js';
import serviceConnectEnabled from './service-connect-enabled.js';
import portNameMatchesTaskDefinition from './port-name-matches-task-definition.js';
import portMappingAppProtocol from './port-mapping-app-protocol.js';
import clientAlias from './client-alias.js';
import clientCallsAlias from './client-calls-alias.js';
import clientDependsOnServer from './client-depends-on-server.js';
import serviceHealthChecks from './service-health-checks.js';
import serviceConnectLogs from './service-connect-logs.js';
import appMeshEndOfSupport from './app-mesh-end-of-support.js';

export const serviceConnectRules = [
  twoFargateServices, // SCN001
  serviceConnectNamespace, // SCN002
  serviceConnectEnabled, // SCN003
  portNameMatchesTaskDefinition, // SCN004
  portMappingAppProtocol, // SCN005
  clientAlias, // SCN006
  clientCallsAlias, // SCN007
  clientDependsOnServer, // SCN008
  serviceHealthChecks, // SCN009
  serviceConnectLogs, // SCN010
  appMeshEndOfSupport, // SCN011
] as const;
