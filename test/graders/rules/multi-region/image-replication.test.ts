// MRG002: a replication destination that is another Region, given so that one template serves every Region.
import rule from '../../../../graders/rules/multi-region/image-replication.js';
import { testRule } from '../../../helpers/rule-tester.js';

const params = `Parameters:
  ReplicaRegion:
    Type: String
`;
const replication = (region: string, extra = '') => `Resources:
  Replication:
    Type: AWS::ECR::ReplicationConfiguration
    Properties:
      ReplicationConfiguration:
        Rules:
          - Destinations:
              - Region: ${region}
                RegistryId: !Ref AWS::AccountId
${extra}`;

testRule(rule, {
  valid: [
    { name: 'a parameter', code: params + replication('!Ref ReplicaRegion') },
    {
      name: 'a mapping keyed by the stack Region, each entry another Region',
      code: `Mappings:
  Replicas:
    us-east-1: { Replica: eu-west-1 }
    eu-west-1: { Replica: us-east-1 }
${replication('!FindInMap [Replicas, !Ref AWS::Region, Replica]')}`,
    },
    { name: 'a literal Region (MRG001 reports the literal, not this rule)', code: replication('eu-west-1') },
    {
      name: 'a prefix filter that matches the repository',
      code: `${params}${replication(
        '!Ref ReplicaRegion',
        `            RepositoryFilters:
              - Filter: labs-
                FilterType: PREFIX_MATCH
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: labs-web
`,
      )}`,
    },
  ],
  invalid: [
    {
      name: 'no replication configuration',
      code: 'Resources:\n  Repo:\n    Type: AWS::ECR::Repository\n',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: "the stack's own Region",
      code: replication('!Ref AWS::Region'),
      errors: [{ messageId: 'ownRegion', line: 8, data: { name: 'Replication' } }],
    },
    {
      name: "the stack's own Region through a Sub",
      code: replication("!Sub '${AWS::Region}'"),
      errors: [{ messageId: 'ownRegion', line: 8 }],
    },
    {
      name: 'a name that is no Region',
      code: replication('europe'),
      errors: [{ messageId: 'badRegion', data: { value: 'europe' } }],
    },
    {
      name: 'a mapping in which a Region replicates to itself',
      code: `Mappings:
  Replicas:
    us-east-1: { Replica: us-east-1 }
${replication('!FindInMap [Replicas, !Ref AWS::Region, Replica]')}`,
      errors: [{ messageId: 'unreadable' }],
    },
    {
      name: 'no destinations',
      code: `Resources:
  Replication:
    Type: AWS::ECR::ReplicationConfiguration
    Properties:
      ReplicationConfiguration:
        Rules: []
`,
      errors: [{ messageId: 'noDestinations', line: 2 }],
    },
    {
      name: 'a prefix filter no repository can match',
      code: `${params}${replication(
        '!Ref ReplicaRegion',
        `            RepositoryFilters:
              - Filter: prod/
                FilterType: PREFIX_MATCH
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: labs-web
`,
      )}`,
      errors: [{ messageId: 'filterMisses', data: { filters: "'prod/'", repositories: "'labs-web'" } }],
    },
  ],
});
