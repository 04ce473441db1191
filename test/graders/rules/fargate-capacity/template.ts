// Test helper (not a test): a complete lab-04-shaped template as data, which each case copies and changes, then
// renders as JSON (valid YAML) for the rule tester.
export type Template = {
  Resources: Record<
    string,
    { Type: string; Properties: Record<string, unknown>; Metadata?: Record<string, unknown> }
  >;
  Parameters?: Record<string, Record<string, unknown>>;
};

export function base(): Template {
  return {
    Resources: {
      Cluster: {
        Type: 'AWS::ECS::Cluster',
        Properties: {
          CapacityProviders: ['FARGATE', 'FARGATE_SPOT'],
          DefaultCapacityProviderStrategy: [
            { CapacityProvider: 'FARGATE', Base: 1, Weight: 1 },
            { CapacityProvider: 'FARGATE_SPOT', Weight: 3 },
          ],
        },
      },
      TaskDefinition: {
        Type: 'AWS::ECS::TaskDefinition',
        Properties: {
          RequiresCompatibilities: ['FARGATE'],
          NetworkMode: 'awsvpc',
          Cpu: '512',
          Memory: '2048',
          RuntimePlatform: { OperatingSystemFamily: 'LINUX', CpuArchitecture: 'ARM64' },
          EphemeralStorage: { SizeInGiB: 21 },
          ContainerDefinitions: [{ Name: 'web', Image: 'example/web:1.0.0', StopTimeout: 90 }],
        },
      },
      Service: {
        Type: 'AWS::ECS::Service',
        Properties: {
          Cluster: { Ref: 'Cluster' },
          TaskDefinition: { Ref: 'TaskDefinition' },
          DesiredCount: 4,
          CapacityProviderStrategy: [
            { CapacityProvider: 'FARGATE', Base: 1, Weight: 1 },
            { CapacityProvider: 'FARGATE_SPOT', Weight: 3 },
          ],
        },
      },
    },
  };
}

/** The base template changed by `edit`, as text. */
export function tpl(edit: (t: Template) => void = () => {}): string {
  const t = base();
  edit(t);
  return JSON.stringify(t, null, 2);
}

export const props = (t: Template, name: string): Record<string, unknown> => t.Resources[name]!.Properties;
export const container = (t: Template, i = 0): Record<string, unknown> =>
  (props(t, 'TaskDefinition')['ContainerDefinitions'] as Record<string, unknown>[])[i]!;
