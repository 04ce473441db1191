// Amazon ECR rules (prefix ECR), sorted by id: repository settings in CloudFormation templates, and the
// lifecycle policy document. Each file holds one rule; the meta-test keeps this list complete. lifecycle.ts
// (ECR's lifecycle policy rules, shared by ECR004 and ECR006), actions.ts (the ECR action names, for ECR007) and
// model.ts are helper modules, not rules.
import imageScanning from './image-scanning.js';
import immutableTags from './immutable-tags.js';
import kmsEncryption from './kms-encryption.js';
import lifecyclePolicyValid from './lifecycle-policy-valid.js';
import lifecycleRetention from './lifecycle-retention.js';
import repositoryLifecyclePolicy from './repository-lifecycle-policy.js';
import repositoryPolicyLeastPrivilege from './repository-policy-least-privilege.js';
import crossRegionReplication from './cross-region-replication.js';

export const ecrRules = [
  imageScanning, // ECR001
  immutableTags, // ECR002
  kmsEncryption, // ECR003
  lifecyclePolicyValid, // ECR004
  lifecycleRetention, // ECR005
  repositoryLifecyclePolicy, // ECR006
  repositoryPolicyLeastPrivilege, // ECR007
  crossRegionReplication, // ECR008
] as const;
