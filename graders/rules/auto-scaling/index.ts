// ECS service auto scaling rules (prefix SCL) for CloudFormation templates, sorted by id: the scalable target,
// its capacity, target-tracking and step-scaling policies, cooldowns, and the service's own DesiredCount. Each
// file holds one rule; model.ts reads targets, policies and the strings (ResourceId, ResourceLabel, alarm
// dimensions) that must name this stack's resources.
import scalableTarget from './scalable-target.js';
import scalingCapacity from './scaling-capacity.js';
import cpuTargetTracking from './cpu-target-tracking.js';
import requestCountTracking from './request-count-tracking.js';
import scalingCooldowns from './scaling-cooldowns.js';
import stepScalingAlarm from './step-scaling-alarm.js';
import desiredCountScaling from './desired-count-scaling.js';

export const autoScalingRules = [
  scalableTarget, // SCL001
  scalingCapacity, // SCL002
  cpuTargetTracking, // SCL003
  requestCountTracking, // SCL004
  scalingCooldowns, // SCL005
  stepScalingAlarm, // SCL006
  desiredCountScaling, // SCL007
] as const;
