// CAP005: each Fargate task definition decides its ephemeral storage on purpose: EphemeralStorage.SizeInGiB
// within Fargate's 21–200 GiB, or a written decision to keep the included 20 GiB (Metadata.EphemeralStorage).
import { defineRule } from '../../engine/define.js';
import { isRecord, literalNumber, literalString, resources } from '../lib/cloudformation.js';
import { allowsFargate } from './model.js';

const MIN_GIB = 21;
const MAX_GIB = 200;
/** A decision is a sentence, not a placeholder: at least this many words. */
const MIN_DECISION_WORDS = 4;

export default defineRule({
  meta: {
    id: 'CAP005',
    name: 'ephemeral-storage',
    target: 'cloudformation',
    severity: 'warning',
    title: 'Size ephemeral storage deliberately',
    description:
      "Each Fargate task definition either sets EphemeralStorage.SizeInGiB within the 21–200 GiB Fargate accepts (storage above the included 20 GiB is billed per GB-hour, and the image counts against it), or records in the task definition's Metadata.EphemeralStorage why the included 20 GiB is enough. cfn-lint does not check the range.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html',
    evidence: ['ECS API EphemeralStorage'],
    messages: {
      noTaskDefinition:
        "The template has no Fargate 'AWS::ECS::TaskDefinition', so there is no storage decision to check. Add the task definition the service runs.",
      undecided:
        "Task definition '{{task}}' says nothing about ephemeral storage, so it gets the default 20 GiB whether or not the image and scratch files fit. Either set 'EphemeralStorage: { SizeInGiB: 21 }' (21–200; each GiB above 20 is billed) or add 'Metadata: { EphemeralStorage: \"<why 20 GiB is enough>\" }' to the task definition.",
      notObject:
        "'EphemeralStorage' of task definition '{{task}}' must be an object such as '{ SizeInGiB: 30 }'.",
      noSize:
        "'EphemeralStorage' of task definition '{{task}}' has no 'SizeInGiB'. Set it to a whole number of GiB from 21 to 200.",
      notLiteral:
        "'SizeInGiB' of task definition '{{task}}' is decided at deploy time, so the grader cannot check it is within 21–200. Write the number, or give the parameter a 'Default'.",
      outOfRange:
        "'SizeInGiB' of task definition '{{task}}' is '{{size}}', but Fargate accepts a whole number from 21 to 200 GiB (20 GiB is the default you get without the property). {{fix}}",
      thinDecision:
        "The 'Metadata.EphemeralStorage' note of task definition '{{task}}' is {{what}}; write a sentence saying why the default 20 GiB is enough (image size, scratch files), or set 'EphemeralStorage.SizeInGiB' instead.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const tds = resources(t, 'AWS::ECS::TaskDefinition').filter((td) => allowsFargate(t, td));
    if (tds.length === 0) {
      ctx.report('noTaskDefinition', {}, ['Resources']);
      return;
    }
    let failed = 0;
    for (const td of tds) {
      const task = td.name;
      const props = [...td.path, 'Properties'];
      const es = td.props['EphemeralStorage'];
      const meta = isRecord(td.resource.Metadata) ? td.resource.Metadata['EphemeralStorage'] : undefined;
      const fail = (...args: Parameters<typeof ctx.report>) => {
        failed++;
        ctx.report(...args);
      };
      if (es === undefined) {
        if (meta === undefined) fail('undecided', { task }, td.path);
        else {
          const note = typeof meta === 'string' ? meta.trim() : '';
          const words = note.split(/\s+/).filter(Boolean).length;
          if (words < MIN_DECISION_WORDS) {
            fail('thinDecision', { task, what: note === '' ? 'empty or not text' : `only '${note}'` }, [
              ...td.path,
              'Metadata',
              'EphemeralStorage',
            ]);
          }
        }
        continue;
      }
      if (!isRecord(es)) {
        fail('notObject', { task }, [...props, 'EphemeralStorage']);
        continue;
      }
      const raw = es['SizeInGiB'];
      if (raw === undefined) {
        fail('noSize', { task }, [...props, 'EphemeralStorage']);
        continue;
      }
      const size = literalNumber(t, raw);
      const at = [...props, 'EphemeralStorage', 'SizeInGiB'];
      if (size === undefined) {
        const s = literalString(t, raw);
        if (s === undefined) fail('notLiteral', { task }, at);
        else fail('outOfRange', { task, size: s, fix: 'Write a whole number such as 30.' }, at);
      } else if (!Number.isInteger(size) || size < MIN_GIB || size > MAX_GIB) {
        const fix =
          size < MIN_GIB
            ? "To keep the default, remove 'EphemeralStorage' and record the decision in 'Metadata.EphemeralStorage'."
            : `Use ${MAX_GIB} GiB at most, or mount Amazon EFS for larger data.`;
        fail(
          'outOfRange',
          { task, size, fix: Number.isInteger(size) ? fix : 'Use a whole number of GiB.' },
          at,
        );
      }
    }
    ctx.tally(tds.length, failed);
  },
});
