// Lab 14: the learner makes the labs-web stack deployable to two Regions from one template: no Region, zone,
// account or partition written into resources; images replicated to the other Region; Route 53 records that move
// users by health; one parameter file per Region that CloudFormation accepts; and a recovery.yaml that states the
// RTO, RPO and strategy and that the template backs. Thirty points over six items. Three checks need two files
// at once (a parameter file against the template, recovery.yaml against both); they live in
// rules/multi-region/cross-file.ts and run as the items' checks. Never deployed: it needs two Regions.
import { defineLab } from '../engine/define.js';
import type { Finding, ItemCheckContext, ItemCheckResult, LabFile } from '../engine/types.js';
import {
  judgeFailoverRoles,
  judgeParameterFiles,
  judgeRecoveryClaims,
  judgeReplicaParameters,
} from '../rules/multi-region/cross-file.js';
import { parameterFiles, type ParameterFile } from '../rules/multi-region/model.js';
import { CFN_REFERENCE, ECR_GUIDE, awsDoc, cfnLint, wellArchitected } from './lib/evidence.js';
import { notDeployed } from './lib/sandbox.js';
import { TEMPLATE_FILE } from './lib/template.js';

export const LAB_ID = '14-multi-region';

const CFN_GUIDE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide';
const R53_GUIDE = 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide';
const DR_WHITEPAPER = 'https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws';

/** Every file of the lab's parameters folder, one per Region. */
export const PARAMETERS_FILE: LabFile = {
  id: 'parameters',
  paths: ['parameters/'],
  kind: 'files',
  required: false,
};
/** The recovery objectives. */
export const RECOVERY_FILE: LabFile = {
  id: 'recovery',
  paths: ['recovery.yaml', 'recovery.yml'],
  kind: 'yaml',
  required: false,
};

function filesOf(ctx: ItemCheckContext): ParameterFile[] {
  return parameterFiles(ctx.doc('parameters', 'files')?.files ?? []);
}

function verdict(findings: Finding[], failed: string, unproven?: string): ItemCheckResult {
  if (unproven) return { fraction: 0, feedback: unproven, findings };
  return findings.length === 0 ? { fraction: 1 } : { fraction: 0, feedback: failed, findings };
}

/** The replication item: a replica Region from a parameter is another Region in every Region's file. */
export function replicaRegionCheck(ctx: ItemCheckContext): ItemCheckResult {
  const doc = ctx.doc('template', 'cloudformation');
  if (!doc) return { fraction: 0 };
  const r = judgeReplicaParameters(doc.template, filesOf(ctx), `${LAB_ID}/replica-region`);
  return verdict(r.findings, 'A parameter file makes a Region replicate into itself.', r.unproven);
}

/** The routing item: failover roles from a parameter give exactly one Region PRIMARY. */
export function failoverRolesCheck(ctx: ItemCheckContext): ItemCheckResult {
  const doc = ctx.doc('template', 'cloudformation');
  if (!doc) return { fraction: 0 };
  const r = judgeFailoverRoles(doc.template, filesOf(ctx), `${LAB_ID}/failover-roles`);
  return verdict(
    r.findings,
    'The parameter files do not give the failover roles one PRIMARY Region.',
    r.unproven,
  );
}

/** The parameter files item: every file fits the template's Parameters. */
export function parameterFilesCheck(ctx: ItemCheckContext): ItemCheckResult {
  const doc = ctx.doc('template', 'cloudformation');
  if (!doc)
    return {
      fraction: 0,
      feedback: 'The template is missing or unreadable, so the parameter files cannot be checked against it.',
    };
  const findings = judgeParameterFiles(doc.template, filesOf(ctx), `${LAB_ID}/parameter-values`);
  return verdict(
    findings,
    "CloudFormation would refuse to create the stack with some of these parameter files, or create it with another Region's values.",
  );
}

/** The recovery item: what recovery.yaml claims, the template and the parameter files do. */
export function recoveryClaimsCheck(ctx: ItemCheckContext): ItemCheckResult {
  const doc = ctx.doc('template', 'cloudformation');
  const recovery = ctx.doc('recovery', 'yaml');
  if (!doc || !recovery) return { fraction: 0 };
  const findings = judgeRecoveryClaims(doc.template, filesOf(ctx), recovery, `${LAB_ID}/recovery-claims`);
  return verdict(findings, "The template does not do what 'recovery.yaml' says it does.");
}

export default defineLab({
  id: LAB_ID,
  title: 'Multi-Region: one template, two Regions, and a plan for the bad day',
  part: '8 Multi-region architecture',
  summary:
    'Make the labs-web stack deployable unchanged to two Regions: no Region, zone, account or partition written into resources; images replicated to the other Region; Route 53 failover or latency records decided by health checks of /health; one parameter file per Region that CloudFormation accepts; and a recovery.yaml stating the RTO, RPO and disaster recovery strategy the design meets.',
  files: [TEMPLATE_FILE, PARAMETERS_FILE, RECOVERY_FILE],
  sandbox: notDeployed(
    'This lab deploys one template to two Regions and creates Route 53 records in a hosted zone you own; the sandbox deploys one stack to one emulated Region, so it grades the files statically only.',
  ),
  items: [
    {
      id: 'region-agnostic',
      title: 'Write no Region, zone, account or partition into resources and outputs',
      points: 6,
      file: 'template',
      rules: ['MRG001'],
      hint: "Replace every literal: '${AWS::Region}' for 'us-east-1' (in awslogs-region, endpoints and ARNs), '!Select [0, !GetAZs \"\"]' for 'us-east-1a', '${AWS::AccountId}' for the 12-digit account, and '${AWS::Partition}' for the 'aws' in 'arn:aws:' (AWS managed policies too: \"!Sub 'arn:${AWS::Partition}:iam::aws:policy/…'\"). What differs by Region belongs in a parameter, set in each 'parameters/<region>.json'.",
      praise: 'The template names no Region, zone, account or partition: it deploys unchanged anywhere.',
      evidence: [
        awsDoc(`${CFN_REFERENCE}/pseudo-parameter-reference.html`),
        awsDoc(`${CFN_REFERENCE}/intrinsic-function-reference-getavailabilityzones.html`),
        cfnLint('I3042'),
        cfnLint('W3010'),
        wellArchitected('REL13-BP04', 'rel_planning_for_recovery_config_drift.html'),
      ],
      docsUrl: `${CFN_REFERENCE}/pseudo-parameter-reference.html`,
    },
    {
      id: 'image-replication',
      title: "Replicate images to the other Region, never the stack's own",
      points: 4,
      file: 'template',
      rules: ['MRG002'],
      check: replicaRegionCheck,
      hint: "Give the template an 'AWS::ECR::ReplicationConfiguration' rule with one destination: its 'Region' from a String parameter such as 'ReplicaRegion', its 'RegistryId' from 'AWS::AccountId'. Each parameter file sets that parameter to the OTHER Region (eu-west-1 in us-east-1.json and the reverse). 'AWS::Region' is the stack's own Region, which ECR refuses as a destination. A template 'Rules' assertion that 'ReplicaRegion' differs from 'AWS::Region' makes CloudFormation refuse a wrong file.",
      praise: 'Every image pushed in one Region is copied to the other, ready to run there.',
      evidence: [
        awsDoc(`${ECR_GUIDE}/replication.html`),
        awsDoc(`${CFN_REFERENCE}/aws-resource-ecr-replicationconfiguration.html`),
        awsDoc(`${CFN_GUIDE}/rules-section-structure.html`),
        wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
      ],
      docsUrl: `${ECR_GUIDE}/replication.html`,
    },
    {
      id: 'dns-routing',
      title: 'Route users with failover or latency records that health decides',
      points: 5,
      file: 'template',
      rules: ['MRG003'],
      check: failoverRolesCheck,
      hint: "Add an 'AWS::Route53::RecordSet' for the application's name with 'SetIdentifier: !Ref AWS::Region' and either 'Failover: !Ref FailoverRole' (the us-east-1 file says PRIMARY, the eu-west-1 file SECONDARY) or latency routing ('Region: !Ref AWS::Region'). Give it 'HealthCheckId: !Ref HealthCheck', or make it an alias to '!GetAtt LoadBalancer.DNSName' (with 'HostedZoneId: !GetAtt LoadBalancer.CanonicalHostedZoneID') and 'EvaluateTargetHealth: true'.",
      praise: 'Route 53 sends users to a healthy Region, and each Region writes its own record.',
      evidence: [
        awsDoc(`${R53_GUIDE}/dns-failover-configuring.html`),
        awsDoc(`${R53_GUIDE}/routing-policy-failover.html`),
        awsDoc(`${R53_GUIDE}/routing-policy-latency.html`),
        awsDoc(`${CFN_REFERENCE}/aws-resource-route53-recordset.html`),
        wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
      ],
      docsUrl: `${R53_GUIDE}/dns-failover-configuring.html`,
    },
    {
      id: 'health-checks',
      title: "Probe the app's /health over HTTPS on this Region's endpoint",
      points: 4,
      file: 'template',
      rules: ['MRG004'],
      hint: "Add an 'AWS::Route53::HealthCheck' with 'HealthCheckConfig: { Type: HTTPS, Port: 443, ResourcePath: /health, FullyQualifiedDomainName: !GetAtt LoadBalancer.DNSName, EnableSNI: true, RequestInterval: 30, FailureThreshold: 3 }', so Route 53 asks the application itself, in this Region, whether it is well.",
      praise: "Route 53 decides each Region's health by asking the application's /health endpoint there.",
      evidence: [
        awsDoc(`${R53_GUIDE}/health-checks-creating-values.html`),
        awsDoc(`${R53_GUIDE}/dns-failover-determining-health-of-endpoints.html`),
        awsDoc(`${CFN_REFERENCE}/aws-resource-route53-healthcheck.html`),
        wellArchitected('REL11-BP01', 'rel_withstand_component_failures_monitoring_health.html'),
      ],
      docsUrl: `${R53_GUIDE}/health-checks-creating-values.html`,
    },
    {
      id: 'parameter-files',
      title: 'Keep one parameter file per Region that CloudFormation accepts',
      points: 6,
      file: 'parameters',
      rules: ['MRG005'],
      check: parameterFilesCheck,
      hint: 'Write \'parameters/<region>.json\' for each Region (at least two), as \'[{"ParameterKey": "…", "ParameterValue": "…"}]\' or \'{"Parameters": {"…": "…"}}\'. Give every parameter without a \'Default\', nothing the template does not declare, values within \'AllowedValues\', \'AllowedPattern\' and the length and value bounds, and each Region its own VPC, subnets and certificate: an ACM certificate is regional, so each file names the one in its own Region.',
      praise: 'Each Region has a parameter file CloudFormation accepts, with its own Regional values.',
      evidence: [
        awsDoc('https://docs.aws.amazon.com/cli/latest/reference/cloudformation/create-stack.html'),
        awsDoc(`${CFN_GUIDE}/continuous-delivery-codepipeline-cfn-artifacts.html`),
        awsDoc(`${CFN_GUIDE}/parameters-section-structure.html`),
        awsDoc('https://docs.aws.amazon.com/acm/latest/userguide/acm-regions.html'),
        wellArchitected('REL13-BP04', 'rel_planning_for_recovery_config_drift.html'),
      ],
      docsUrl: `${CFN_GUIDE}/parameters-section-structure.html`,
    },
    {
      id: 'recovery-objectives',
      title: 'State the RTO, RPO and strategy in recovery.yaml, and make the design meet them',
      points: 5,
      file: 'recovery',
      rules: ['MRG006'],
      check: recoveryClaimsCheck,
      hint: "Fill in 'recovery.yaml': 'strategy' (backup-and-restore, pilot-light, warm-standby or multi-site-active-active), 'rto' and 'rpo' as ISO 8601 durations ('PT15M'), 'regions' (one per parameter file), 'traffic' (failover for the first three strategies, latency or weighted for active/active, matching the template's records), 'images: replicated' (with the replication configuration) and 'how', a sentence or more on how the design meets the objectives.",
      praise: 'The recovery objectives are written down, and the template does what they need.',
      evidence: [
        awsDoc(`${DR_WHITEPAPER}/disaster-recovery-options-in-the-cloud.html`),
        awsDoc(`${DR_WHITEPAPER}/disaster-recovery-workloads-on-aws.html`),
        wellArchitected('REL13-BP01', 'rel_planning_for_recovery_objective_defined_recovery.html'),
        wellArchitected('REL13-BP02', 'rel_planning_for_recovery_disaster_recovery.html'),
      ],
      docsUrl: `${DR_WHITEPAPER}/disaster-recovery-options-in-the-cloud.html`,
    },
  ],
});
