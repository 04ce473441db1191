// SBX019: no paid options the estimate does not price. EFS provisioned throughput is billed per MiB/s for every
// hour it is set, whether anything reads the file system or not (1,024 MiB/s is thousands of dollars a month), and
// once raised it cannot be lowered again for a day; elastic and bursting throughput bill for use only.
import { literalString, resources } from '../../../graders/rules/lib/cloudformation.js';
import { defineGuardRule, deployedTemplate } from './util/define.js';

export default defineGuardRule<'parameters'>()({
  meta: {
    id: 'SBX019',
    name: 'billable-options',
    target: 'cloudformation',
    severity: 'error',
    title: 'Use no provisioned capacity the estimate does not price',
    description:
      "No EFS file system sets 'ThroughputMode: provisioned' or 'ProvisionedThroughputInMibps', which bill for every hour whatever the use, and 'ThroughputMode' is a value the guard can read. Use 'elastic' or 'bursting' throughput.",
    docsUrl: 'https://docs.aws.amazon.com/efs/latest/ug/performance.html#throughput-modes',
    evidence: ['Amazon EFS pricing: provisioned throughput'],
    messages: {
      provisioned:
        "File system '{{name}}' provisions throughput ('{{value}}'), billed for every hour it is set whether used or not, and not lowered again for 24 hours. Use 'ThroughputMode: elastic' for the sandbox.",
      computed:
        "File system '{{name}}' computes 'ThroughputMode' at deploy time, so the guard cannot tell whether it provisions throughput. Write 'elastic' or 'bursting'.",
    },
  },
  check(doc, ctx) {
    const t = deployedTemplate(doc, ctx.options.parameters);
    for (const fs of resources(t, 'AWS::EFS::FileSystem')) {
      const mode = fs.props['ThroughputMode'];
      const modeText = literalString(t, mode);
      const mibps = fs.props['ProvisionedThroughputInMibps'];
      if (mode !== undefined && modeText === undefined)
        ctx.report('computed', { name: fs.name }, [...fs.path, 'Properties', 'ThroughputMode']);
      else if (modeText?.toLowerCase() === 'provisioned')
        ctx.report(
          'provisioned',
          {
            name: fs.name,
            value: `provisioned${mibps !== undefined ? `, ${literalString(t, mibps) ?? 'computed'} MiB/s` : ''}`,
          },
          [...fs.path, 'Properties', 'ThroughputMode'],
        );
      else if (mibps !== undefined)
        ctx.report(
          'provisioned',
          { name: fs.name, value: `ProvisionedThroughputInMibps ${literalString(t, mibps) ?? 'computed'}` },
          [...fs.path, 'Properties', 'ProvisionedThroughputInMibps'],
        );
    }
  },
});
