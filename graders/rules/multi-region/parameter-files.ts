// MRG005: one parameter file per Region, each one CloudFormation can use. Files sit in 'parameters/' and are named
// after the Region they deploy to ('parameters/eu-west-1.json'). Two formats are accepted: the CloudFormation CLI
// list '[{"ParameterKey": …, "ParameterValue": …}]' (create-stack --parameters file://…), and the template
// configuration object '{"Parameters": {"Key": "Value"}}' of CodePipeline, which 'aws cloudformation deploy
// --parameter-overrides file://…' also reads (AWS CLI v2). Values are strings in both. At least two Regions. Whether
// each file fits the template's Parameters is the lab 14 rubric's check, which sees the template too.
import { defineRule } from '../../engine/define.js';
import { parameterFiles } from './model.js';

export default defineRule({
  meta: {
    id: 'MRG005',
    name: 'parameter-files',
    target: 'files',
    severity: 'error',
    title: 'Keep one valid parameter file per Region',
    description:
      "The lab's 'parameters/' folder holds at least two JSON files named after commercial AWS Regions ('us-east-1.json'), each in the CloudFormation CLI format (a list of ParameterKey/ParameterValue) or the CodePipeline template configuration format ('{\"Parameters\": {…}}'), with string values and no repeated key.",
    docsUrl: 'https://docs.aws.amazon.com/cli/latest/reference/cloudformation/create-stack.html',
    evidence: ['AWS CLI create-stack --parameters', 'CodePipeline template configuration file'],
    messages: {
      tooFew:
        "'parameters/' holds {{count}} parameter file(s) named after a Region; a multi-Region deployment needs one per Region, at least two, such as 'parameters/us-east-1.json' and 'parameters/eu-west-1.json'.",
      notJson:
        "'{{file}}' is in 'parameters/' but is not a '.json' file, so no deployment command reads it. Rename it '<region>.json' in one of the two JSON formats, or move it out of 'parameters/'.",
      notRegionName:
        "'{{file}}' is named '{{name}}', which is not a commercial AWS Region code, so nobody can tell which Region it deploys to. Name it after its Region, such as 'eu-west-1.json'.",
      invalidJson: '{{why}}',
      badShape:
        "'{{file}}' is neither a list of '{\"ParameterKey\": …, \"ParameterValue\": …}' entries (the CloudFormation CLI format) nor an object with a 'Parameters' map (the CodePipeline template configuration format), so no command can read it.",
      badEntry:
        'Entry {{index}} of \'{{file}}\' needs a string \'ParameterKey\' and a \'ParameterValue\', as in \'{"ParameterKey": "DomainName", "ParameterValue": "app.example.com"}\'.',
      notString:
        "The value of '{{key}}' in '{{file}}' is not a string; CloudFormation parameter values are always strings, so write it in quotes (a list as \"a,b\").",
      duplicateKey:
        "'{{key}}' appears twice in '{{file}}'; CloudFormation refuses a parameter given twice. Keep one.",
    },
  },
  check(doc, ctx) {
    const files = parameterFiles(doc.files);
    let failed = 0;
    for (const f of files) {
      for (const p of f.problems) ctx.report(p.id, p.data, { file: f.file, line: p.line, column: p.column });
      if (f.problems.length > 0) failed++;
    }
    const regional = files.filter((f) => f.region !== undefined && f.format !== undefined);
    if (regional.length < 2) {
      // With the lab folder as the set, 'parameters/' is a subfolder; with the folder itself, it is the set.
      const folder = doc.file.endsWith('/parameters') ? doc.file : `${doc.file}/parameters`;
      ctx.report(
        'tooFew',
        { count: regional.length },
        { file: files[0]?.file ?? folder, line: 1, column: 1 },
      );
      failed++;
    }
    // One check per file, and one for "two Regions or more".
    ctx.tally(files.length + 1, failed);
  },
});
