// Template pieces the guard rule tests share: roles with one policy statement or one trust principal, and a
// Fargate service whose task definition and service properties a case can override.

export const ROLE_TRUST = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
};

/** A role whose inline policy has one statement. */
export const roleWith = (statement: Record<string, unknown>) => ({
  Resources: {
    TaskRole: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: ROLE_TRUST,
        Policies: [{ PolicyName: 'p', PolicyDocument: { Version: '2012-10-17', Statement: [statement] } }],
      },
    },
  },
});

/** A role that trusts one principal. */
export const roleTrusting = (principal: unknown, key = 'Principal') => ({
  Resources: {
    TaskRole: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', [key]: principal, Action: 'sts:AssumeRole' }],
        },
      },
    },
  },
});

/** A Fargate task definition (256 CPU units, 512 MiB) run by one service, with overrides for each. */
export const fargate = (
  taskProps: Record<string, unknown> = {},
  serviceProps: Record<string, unknown> = {},
) => ({
  Resources: {
    Cluster: { Type: 'AWS::ECS::Cluster' },
    TaskDefinition: {
      Type: 'AWS::ECS::TaskDefinition',
      Properties: {
        Cpu: '256',
        Memory: '512',
        NetworkMode: 'awsvpc',
        RequiresCompatibilities: ['FARGATE'],
        ContainerDefinitions: [{ Name: 'web', Image: 'nginx:1.27' }],
        ...taskProps,
      },
    },
    Service: {
      Type: 'AWS::ECS::Service',
      Properties: {
        Cluster: { Ref: 'Cluster' },
        TaskDefinition: { Ref: 'TaskDefinition' },
        DesiredCount: 1,
        ...serviceProps,
      },
    },
  },
});
