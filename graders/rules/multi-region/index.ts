// Multi-region rules (prefix MRG), sorted by id: a region-agnostic template, ECR replication to a second Region,
// Route 53 routing records that health decides and the health checks behind them (template rules); the per-Region
// parameter files (a file-set rule); and the recovery objectives file (a YAML rule). Each file holds one rule;
// model.ts holds what they and the lab 14 rubric share.
import regionAgnostic from './region-agnostic.js';
import imageReplication from './image-replication.js';
import routingRecords from './routing-records.js';
import healthCheckProbe from './health-check-probe.js';
import parameterFiles from './parameter-files.js';
import recoveryObjectives from './recovery-objectives.js';

export const multiRegionRules = [
  regionAgnostic, // MRG001
  imageReplication, // MRG002
  routingRecords, // MRG003
  healthCheckProbe, // MRG004
  parameterFiles, // MRG005
  recoveryObjectives, // MRG006
] as const;
