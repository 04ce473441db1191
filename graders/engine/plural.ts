// Counts in messages read naturally ("1 subnet", "2 subnets"), never "1 subnet(s)". English only: the course is.

/** `count` and the noun that agrees with it: `countNoun(1, 'task')` is "1 task", `countNoun(2, 'task')` "2 tasks". */
export function countNoun(count: number, singular: string, plural: string = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
