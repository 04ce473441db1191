// Identity helpers that let TypeScript infer a rule's messageIds and check a lab's shape at definition time.
import type { FileKind, Lab, Rule } from './types.js';

export function defineRule<K extends FileKind, M extends string>(rule: Rule<K, M>): Rule<K, M> {
  return rule;
}

export function defineLab(lab: Lab): Lab {
  return lab;
}
