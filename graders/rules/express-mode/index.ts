// ECS Express Mode rules (prefix EXP) for CloudFormation templates, sorted by id: the service runs the image on the
// app's port, a valid task size, a pinned private ECR image, separate roles for the platform and the app, a health
// check on '/health', bounded scaling, private networking, and data the stack controls. Each rule reads an
// 'AWS::ECS::ExpressGatewayService', or an 'AWS::AppRunner::Service' (App Runner is closed to new customers, but
// existing accounts still run it); model.ts picks the service and reads roles and references.
import servicePort from './service-port.js';
import taskSize from './task-size.js';
import ecrImage from './ecr-image.js';
import separateRoles from './separate-roles.js';
import healthCheckPath from './health-check-path.js';
import scalingTarget from './scaling-target.js';
import privateNetwork from './private-network.js';
import ownedData from './owned-data.js';

export const expressModeRules = [
  servicePort, // EXP001
  taskSize, // EXP002
  ecrImage, // EXP003
  separateRoles, // EXP004
  healthCheckPath, // EXP005
  scalingTarget, // EXP006
  privateNetwork, // EXP007
  ownedData, // EXP008
] as const;
