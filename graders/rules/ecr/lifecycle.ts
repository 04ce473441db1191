// Helper module (exports no rule): Amazon ECR's own rules for a lifecycle policy document, shared by ECR004
// (the learner's lifecycle-policy.json) and ECR006 (a LifecyclePolicyText embedded in the template), plus the
// retention semantics ECR005 grades.
//
// Source: "Lifecycle policy properties in Amazon ECR" and "Examples of lifecycle policies"
// (https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html,
// …/lifecycle_policy_examples.html), checked 2026-11-26. These pages now include the archive storage class
// (`storageClass`, the `transition` action with `targetStorageClass: archive`, and the `sinceImagePulled` and
// `sinceImageTransitioned` count types), which the older summary in shared/reference/rules.md §6.4 predates; a
// policy that uses them is valid and is not marked down.
import { isRecord } from '../../engine/parsers/record.js';
import type { DataPath, MessageData } from '../../engine/types.js';

export const TAG_STATUSES = ['tagged', 'untagged', 'any'] as const;
export const COUNT_TYPES = [
  'imageCountMoreThan',
  'sinceImagePushed',
  'sinceImagePulled',
  'sinceImageTransitioned',
] as const;
export const ACTION_TYPES = ['expire', 'transition'] as const;
export const STORAGE_CLASSES = ['standard', 'archive'] as const;
/** ECR accepts at most this many `*` wildcards in one tagPatternList string. */
export const MAX_WILDCARDS = 4;

const POLICY_KEYS = ['rules'];
const RULE_KEYS = ['rulePriority', 'description', 'selection', 'action'];
const SELECTION_KEYS = [
  'tagStatus',
  'tagPatternList',
  'tagPrefixList',
  'storageClass',
  'countType',
  'countUnit',
  'countNumber',
];
const ACTION_KEYS = ['type', 'targetStorageClass'];

/** Prose for every problem, keyed by messageId; `{{where}}` names the rule ("rule 2 (rulePriority 3)"). */
export const lifecycleMessages = {
  notObject:
    'A lifecycle policy is one JSON object with a \'rules\' list, but this is {{what}}. Start from \'{ "rules": [ { "rulePriority": 1, "selection": { … }, "action": { "type": "expire" } } ] }\'.',
  noRules:
    "The policy has no 'rules' list, so ECR rejects it. Add '\"rules\": [ … ]' with at least one rule.",
  rulesNotList: "'rules' must be a list of rule objects ('[ { … } ]'), but it is {{what}}.",
  emptyRules: "'rules' is empty, so the policy expires nothing. Add a rule that expires untagged images.",
  unknownKey:
    "{{where}} has a key '{{key}}' that ECR's lifecycle policy format does not have, so ECR rejects the policy. Allowed here: {{allowed}}.",
  ruleNotObject: "{{where}} is {{what}}, not a rule object with 'rulePriority', 'selection' and 'action'.",
  missingField: "{{where}} has no '{{field}}', which ECR requires. {{fix}}",
  notAnObject: "'{{field}}' in {{where}} must be an object, but it is {{what}}.",
  badPriority:
    "'rulePriority' in {{where}} is {{what}}; it must be a whole number of 1 or more (rules run from the lowest number up).",
  duplicatePriority:
    'Rules {{rules}} {{verb}} rulePriority {{priority}}; ECR requires a unique rulePriority for every rule and rejects the policy. Renumber them (the numbers need not be consecutive).',
  anyNotLast:
    "{{where}} selects 'tagStatus: any' but has rulePriority {{priority}}, lower than rule priority {{max}}; ECR requires the 'any' rule to have the highest rulePriority, so it is evaluated last. Give it the largest number.",
  badEnum: "'{{field}}' in {{where}} is {{what}}; ECR accepts {{allowed}}.",
  badType: "'{{field}}' in {{where}} must be {{expected}}, but it is {{what}}.",
  taggedNeedsList:
    "{{where}} selects 'tagStatus: tagged' without a 'tagPrefixList' or 'tagPatternList', so ECR rejects it. Add the tags it applies to, such as '\"tagPatternList\": [\"v*\"]'.",
  listNotAllowed:
    "{{where}} selects 'tagStatus: {{tagStatus}}' but also sets '{{field}}'; tag lists are only for 'tagged' rules, so ECR rejects it. Remove '{{field}}', or use 'tagStatus: tagged'.",
  badList:
    '\'{{field}}\' in {{where}} must be a non-empty list of tag strings, such as \'["v", "release-"]\'.',
  tooManyWildcards:
    "Tag pattern '{{pattern}}' in {{where}} has {{count}} '*' wildcards; ECR allows at most 4 in each pattern.",
  countUnitRequired:
    "{{where}} counts by age ('countType: {{countType}}') but has no 'countUnit'; add '\"countUnit\": \"days\"'.",
  countUnitNotAllowed:
    "{{where}} counts images ('countType: imageCountMoreThan'), so it must not set 'countUnit'; remove it ('countUnit' is only for age-based count types).",
  badCountUnit: "'countUnit' in {{where}} is {{what}}; the only unit ECR accepts is 'days'.",
  badCountNumber:
    "'countNumber' in {{where}} is {{what}}; it must be a whole number of 1 or more (the number of images to keep, or of days).",
  archiveCountType:
    '{{where}} uses \'countType: sinceImageTransitioned\', which applies only to archived images; set \'"storageClass": "archive"\' in its selection.',
  standardOnly:
    "{{where}} sets 'storageClass: archive' with 'countType: {{countType}}'; only 'sinceImageTransitioned' selects archived images, so use 'standard' (or leave 'storageClass' out).",
  transitionNeedsTarget:
    '{{where}} has \'action.type: transition\' without \'"targetStorageClass": "archive"\'; ECR needs the target storage class.',
  targetNotAllowed:
    "{{where}} sets 'targetStorageClass' on an 'expire' action; it belongs only to 'transition' actions. Remove it.",
} as const;

export type LifecycleMessageId = keyof typeof lifecycleMessages;

export interface LifecycleProblem {
  messageId: LifecycleMessageId;
  data: MessageData;
  /** Path inside the policy document, e.g. ['rules', 1, 'selection', 'tagStatus']. */
  path: DataPath;
}

type Json = Record<string, unknown>;

/** "a list", "the text 'x'", "the number '0'": how a wrong value reads in a message. */
export function describe(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return "'null'";
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text '${v.length > 60 ? `${v.slice(0, 57)}…` : v}'`;
  if (typeof v === 'number') return `the number '${v}'`;
  if (typeof v === 'boolean') return `'${v}'`;
  return 'an object';
}

const quoted = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

/** The policy's rule objects with their index and label; entries that are not objects are skipped. */
export function policyRules(policy: unknown): { index: number; rule: Json; where: string }[] {
  if (!isRecord(policy) || !Array.isArray(policy['rules'])) return [];
  const out: { index: number; rule: Json; where: string }[] = [];
  policy['rules'].forEach((rule: unknown, index) => {
    if (isRecord(rule)) out.push({ index, rule, where: ruleLabel(index, rule) });
  });
  return out;
}

function ruleLabel(index: number, rule: unknown): string {
  const p = isRecord(rule) ? rule['rulePriority'] : undefined;
  return typeof p === 'number' ? `rule ${index + 1} (rulePriority ${p})` : `rule ${index + 1}`;
}

/** Every way the document breaks ECR's lifecycle policy rules; empty when ECR would accept it. */
export function validateLifecyclePolicy(policy: unknown): LifecycleProblem[] {
  const out: LifecycleProblem[] = [];
  const add = (messageId: LifecycleMessageId, data: MessageData, path: DataPath) =>
    out.push({ messageId, data, path });

  if (!isRecord(policy)) {
    add('notObject', { what: describe(policy) }, []);
    return out;
  }
  for (const key of Object.keys(policy)) {
    if (!POLICY_KEYS.includes(key))
      add('unknownKey', { where: 'The policy', key, allowed: quoted(POLICY_KEYS) }, [key]);
  }
  const rules = policy['rules'];
  if (rules === undefined) {
    add('noRules', {}, []);
    return out;
  }
  if (!Array.isArray(rules)) {
    add('rulesNotList', { what: describe(rules) }, ['rules']);
    return out;
  }
  if (rules.length === 0) {
    add('emptyRules', {}, ['rules']);
    return out;
  }

  const priorities = new Map<number, number[]>();
  const anyRules: { index: number; priority: number; where: string }[] = [];
  rules.forEach((rule: unknown, index) => {
    const where = ruleLabel(index, rule);
    const at = (...rest: (string | number)[]): DataPath => ['rules', index, ...rest];
    if (!isRecord(rule)) {
      add('ruleNotObject', { where: capitalize(where), what: describe(rule) }, at());
      return;
    }
    for (const key of Object.keys(rule)) {
      if (!RULE_KEYS.includes(key))
        add('unknownKey', { where: capitalize(where), key, allowed: quoted(RULE_KEYS) }, at(key));
    }

    const priority = rule['rulePriority'];
    if (priority === undefined) {
      add(
        'missingField',
        {
          where: capitalize(where),
          field: 'rulePriority',
          fix: 'Add a unique \'"rulePriority"\' such as 1.',
        },
        at(),
      );
    } else if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 1) {
      add('badPriority', { where, what: describe(priority) }, at('rulePriority'));
    } else {
      priorities.set(priority, [...(priorities.get(priority) ?? []), index]);
    }
    const description = rule['description'];
    if (description !== undefined && typeof description !== 'string') {
      add(
        'badType',
        { field: 'description', where, expected: 'text', what: describe(description) },
        at('description'),
      );
    }

    const selection = rule['selection'];
    let tagStatus: string | undefined;
    if (selection === undefined) {
      add(
        'missingField',
        {
          where: capitalize(where),
          field: 'selection',
          fix: 'Add a \'"selection"\' object saying which images the rule applies to.',
        },
        at(),
      );
    } else if (!isRecord(selection)) {
      add('notAnObject', { field: 'selection', where, what: describe(selection) }, at('selection'));
    } else {
      tagStatus = checkSelection(selection, where, (...rest) => at('selection', ...rest), add);
      if (
        tagStatus === 'any' &&
        typeof priority === 'number' &&
        Number.isInteger(priority) &&
        priority >= 1
      ) {
        anyRules.push({ index, priority, where });
      }
    }

    const action = rule['action'];
    if (action === undefined) {
      add(
        'missingField',
        { where: capitalize(where), field: 'action', fix: 'Add \'"action": { "type": "expire" }\'.' },
        at(),
      );
    } else if (!isRecord(action)) {
      add('notAnObject', { field: 'action', where, what: describe(action) }, at('action'));
    } else {
      checkAction(action, where, (...rest) => at('action', ...rest), add);
    }
  });

  for (const [priority, indexes] of priorities) {
    if (indexes.length < 2) continue;
    const names = indexes.map((i) => String(i + 1));
    add(
      'duplicatePriority',
      {
        rules: `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] as string}`,
        verb: names.length === 2 ? 'both use' : 'all use',
        priority,
      },
      ['rules', indexes[1] as number, 'rulePriority'],
    );
  }
  const max = Math.max(...priorities.keys());
  for (const a of anyRules) {
    if (a.priority < max)
      add('anyNotLast', { where: capitalize(a.where), priority: a.priority, max }, [
        'rules',
        a.index,
        'rulePriority',
      ]);
  }
  return out;
}

type Add = (messageId: LifecycleMessageId, data: MessageData, path: DataPath) => void;

function checkSelection(
  sel: Json,
  where: string,
  at: (...rest: (string | number)[]) => DataPath,
  add: Add,
): string | undefined {
  const Where = capitalize(where);
  for (const key of Object.keys(sel)) {
    if (!SELECTION_KEYS.includes(key))
      add(
        'unknownKey',
        { where: `The selection of ${where}`, key, allowed: quoted(SELECTION_KEYS) },
        at(key),
      );
  }
  const rawStatus = sel['tagStatus'];
  let tagStatus: string | undefined;
  if (rawStatus === undefined) {
    add(
      'missingField',
      { where: Where, field: 'tagStatus', fix: "Add '\"tagStatus\"': 'tagged', 'untagged' or 'any'." },
      at(),
    );
  } else if (typeof rawStatus !== 'string' || !(TAG_STATUSES as readonly string[]).includes(rawStatus)) {
    add(
      'badEnum',
      { field: 'tagStatus', where, what: describe(rawStatus), allowed: quoted(TAG_STATUSES) },
      at('tagStatus'),
    );
  } else tagStatus = rawStatus;

  const lists = (['tagPrefixList', 'tagPatternList'] as const).filter((f) => sel[f] !== undefined);
  for (const field of lists) {
    const list = sel[field];
    if (!Array.isArray(list) || list.length === 0 || list.some((s) => typeof s !== 'string' || s === '')) {
      add('badList', { field, where }, at(field));
      continue;
    }
    if (field === 'tagPatternList') {
      for (const pattern of list as string[]) {
        const count = (pattern.match(/\*/g) ?? []).length;
        if (count > MAX_WILDCARDS) add('tooManyWildcards', { pattern, where, count }, at(field));
      }
    }
  }
  if (tagStatus === 'tagged' && lists.length === 0) add('taggedNeedsList', { where: Where }, at('tagStatus'));
  if ((tagStatus === 'untagged' || tagStatus === 'any') && lists.length > 0) {
    for (const field of lists) add('listNotAllowed', { where: Where, tagStatus, field }, at(field));
  }

  const countType = sel['countType'];
  const validCountType =
    typeof countType === 'string' && (COUNT_TYPES as readonly string[]).includes(countType);
  if (countType === undefined) {
    add(
      'missingField',
      {
        where: Where,
        field: 'countType',
        fix: "Add '\"countType\"': 'imageCountMoreThan' to keep a number of images, or 'sinceImagePushed' to expire by age.",
      },
      at(),
    );
  } else if (!validCountType) {
    add(
      'badEnum',
      { field: 'countType', where, what: describe(countType), allowed: quoted(COUNT_TYPES) },
      at('countType'),
    );
  }
  const countUnit = sel['countUnit'];
  if (validCountType) {
    if (countType === 'imageCountMoreThan') {
      if (countUnit !== undefined) add('countUnitNotAllowed', { where: Where }, at('countUnit'));
    } else if (countUnit === undefined) add('countUnitRequired', { where: Where, countType }, at());
  }
  if (
    countUnit !== undefined &&
    countUnit !== 'days' &&
    !(validCountType && countType === 'imageCountMoreThan')
  ) {
    add('badCountUnit', { where, what: describe(countUnit) }, at('countUnit'));
  }
  const countNumber = sel['countNumber'];
  if (countNumber === undefined) {
    add(
      'missingField',
      {
        where: Where,
        field: 'countNumber',
        fix: 'Add \'"countNumber"\': how many images to keep, or after how many days to act.',
      },
      at(),
    );
  } else if (typeof countNumber !== 'number' || !Number.isInteger(countNumber) || countNumber < 1) {
    add('badCountNumber', { where, what: describe(countNumber) }, at('countNumber'));
  }

  const storageClass = sel['storageClass'];
  if (
    storageClass !== undefined &&
    (typeof storageClass !== 'string' || !(STORAGE_CLASSES as readonly string[]).includes(storageClass))
  ) {
    add(
      'badEnum',
      { field: 'storageClass', where, what: describe(storageClass), allowed: quoted(STORAGE_CLASSES) },
      at('storageClass'),
    );
  } else if (validCountType) {
    if (countType === 'sinceImageTransitioned' && storageClass !== 'archive')
      add('archiveCountType', { where: Where }, at());
    if (countType !== 'sinceImageTransitioned' && storageClass === 'archive')
      add('standardOnly', { where: Where, countType }, at('storageClass'));
  }
  return tagStatus;
}

function checkAction(
  action: Json,
  where: string,
  at: (...rest: (string | number)[]) => DataPath,
  add: Add,
): void {
  const Where = capitalize(where);
  for (const key of Object.keys(action)) {
    if (!ACTION_KEYS.includes(key))
      add('unknownKey', { where: `The action of ${where}`, key, allowed: quoted(ACTION_KEYS) }, at(key));
  }
  const type = action['type'];
  if (type === undefined) {
    add(
      'missingField',
      { where: Where, field: 'action.type', fix: 'Add \'"type": "expire"\' to the action.' },
      at(),
    );
    return;
  }
  if (typeof type !== 'string' || !(ACTION_TYPES as readonly string[]).includes(type)) {
    add(
      'badEnum',
      { field: 'action.type', where, what: describe(type), allowed: quoted(ACTION_TYPES) },
      at('type'),
    );
    return;
  }
  const target = action['targetStorageClass'];
  if (type === 'transition' && target !== 'archive') add('transitionNeedsTarget', { where: Where }, at());
  if (type === 'expire' && target !== undefined)
    add('targetNotAllowed', { where: Where }, at('targetStorageClass'));
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Retention semantics (ECR005): what a full-score policy does, beyond being valid.

export const retentionMessages = {
  notAPolicy:
    "The file is not a lifecycle policy with a 'rules' list, so it expires nothing. Write '{ \"rules\": [ … ] }' with the two rules the lab asks for.",
  noUntaggedRule:
    'No rule expires untagged images (\'"tagStatus": "untagged"\' with \'"action": { "type": "expire" }\'), so every image that loses its tag to a newer push stays and is billed for storage. Add one, for example expire untagged images \'sinceImagePushed\' 7 days, or keep only \'imageCountMoreThan\' 1.',
  noTaggedCountRule:
    'No rule keeps the last N tagged images (\'"tagStatus": "tagged"\' with a tag list, \'"countType": "imageCountMoreThan"\' and \'"action": { "type": "expire" }\'), so tagged releases pile up forever{{detail}}. Add one, for example keep the last 20 images whose tags match \'v*\'.',
} as const;

export type RetentionMessageId = keyof typeof retentionMessages;

export interface RetentionProblem {
  messageId: RetentionMessageId;
  data: MessageData;
  path: DataPath;
}

/** The two retention goals a full-score policy meets (expire untagged; keep the last N tagged): what is missing. */
export function retentionProblems(policy: unknown): {
  goals: number;
  missed: number;
  problems: RetentionProblem[];
} {
  const problems: RetentionProblem[] = [];
  if (!isRecord(policy) || !Array.isArray(policy['rules'])) {
    return { goals: 2, missed: 2, problems: [{ messageId: 'notAPolicy', data: {}, path: [] }] };
  }
  const rules = policyRules(policy);
  const expires = (r: Json) => isRecord(r['action']) && r['action']['type'] === 'expire';
  const sel = (r: Json): Json => (isRecord(r['selection']) ? r['selection'] : {});
  const untagged = rules.some(({ rule }) => sel(rule)['tagStatus'] === 'untagged' && expires(rule));
  const taggedRules = rules.filter(({ rule }) => sel(rule)['tagStatus'] === 'tagged' && expires(rule));
  const keepsN = taggedRules.some(({ rule }) => {
    const s = sel(rule);
    const n = s['countNumber'];
    const hasList = Array.isArray(s['tagPrefixList']) || Array.isArray(s['tagPatternList']);
    return (
      hasList &&
      s['countType'] === 'imageCountMoreThan' &&
      typeof n === 'number' &&
      Number.isInteger(n) &&
      n >= 1
    );
  });
  if (!untagged) problems.push({ messageId: 'noUntaggedRule', data: {}, path: ['rules'] });
  if (!keepsN) {
    const byAge = taggedRules.find(({ rule }) => sel(rule)['countType'] !== 'imageCountMoreThan');
    problems.push({
      messageId: 'noTaggedCountRule',
      data: {
        detail: byAge
          ? ` (${byAge.where} expires tagged images by age, which deletes even the newest release if nothing is pushed for a while)`
          : '',
      },
      path: byAge ? ['rules', byAge.index] : ['rules'],
    });
  }
  return { goals: 2, missed: problems.length, problems };
}
