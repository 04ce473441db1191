// Every `TODO (task N)` in a lab's starter files points at a task the lab's README has, about the same thing.
// A learner reads the TODO, opens the README at task N and must find the task the TODO is about; when a task is
// added or renumbered, this fails until the starters follow.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUBRICS } from '../../graders/index.js';
import { REPO } from '../helpers/tmp.js';

interface Todo {
  file: string;
  line: number;
  text: string;
  tasks: number[];
}

/** The numbers a reference names: "task 4", "tasks 2-9", "task 1 and 2", "tasks 1, 3 and 5". */
export function taskNumbers(ref: string): number[] {
  const out: number[] = [];
  for (const part of ref.split(/\s*(?:,|\band\b|&)\s*/)) {
    const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(part.trim());
    if (range) for (let n = Number(range[1]); n <= Number(range[2]); n++) out.push(n);
    else if (/^\d+$/.test(part.trim())) out.push(Number(part.trim()));
    else throw new Error(`cannot read the task reference '(task ${ref})'`);
  }
  return out;
}

const TASK_REF = /\(tasks?\s+([\d\s,–-]+(?:(?:and|&)\s*\d+)?)\)/g;

/** The TODO comments of one lab folder (README excluded), with every task number each one names. */
function starterTodos(labId: string): Todo[] {
  const dir = path.join(REPO, 'labs', labId);
  const out: Todo[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = path.posix.join(rel, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(r);
      } else if (r !== 'README.md') {
        fs.readFileSync(path.join(dir, r), 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (!/\bTODO\b/.test(line)) return;
            const tasks = [...line.matchAll(TASK_REF)].flatMap((m) => taskNumbers(m[1]!));
            out.push({ file: `labs/${labId}/${r}`, line: i + 1, text: line.trim(), tasks });
          });
      }
    }
  };
  walk('.');
  return out;
}

/** The README's numbered tasks (the list under "## Tasks"), each with its text and any "### N." section. */
export function readmeTasks(readme: string): Map<number, string> {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => /^##\s+Tasks\b/.test(l));
  if (start < 0) return new Map();
  const tasks = new Map<number, string>();
  let current: number | undefined;
  for (const line of lines.slice(start + 1)) {
    if (/^##\s/.test(line)) break; // the next top-level section
    const item = /^(\d+)\.\s+(.*)$/.exec(line);
    const section = /^###\s+(\d+)\.\s+(.*)$/.exec(line);
    if (item ?? section) {
      current = Number((item ?? section)![1]);
      tasks.set(current, `${tasks.get(current) ?? ''} ${(item ?? section)![2]}`);
    } else if (current !== undefined && (/^\s+\S/.test(line) || (line.trim() && !/^#/.test(line)))) {
      tasks.set(current, `${tasks.get(current)!} ${line.trim()}`);
    } else if (/^###\s/.test(line)) current = undefined;
  }
  return tasks;
}

/** Content words, crudely stemmed, so "health check" in a TODO meets "health-check" and "checks" in a README. */
const STOP = new Set(
  'this that with from into each every your their there these those them they what which when where then than have does more only also here make'.split(
    ' ',
  ),
);
export function stems(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/todo\s*\(tasks?[^)]*\)/g, ' ')
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 4 && !STOP.has(w))
      .map((w) => w.slice(0, 5)),
  );
}

/** How many content words a TODO shares with a README task's text. */
function overlap(todo: string, task: string): number {
  const words = stems(task);
  return [...stems(todo)].filter((w) => words.has(w)).length;
}

const labs = RUBRICS.map((lab) => ({
  id: lab.id,
  tasks: readmeTasks(fs.readFileSync(path.join(REPO, 'labs', lab.id, 'README.md'), 'utf8')),
  todos: starterTodos(lab.id),
}));

describe('starter TODOs and README tasks', () => {
  it('reads task references as the starters write them', () => {
    expect(taskNumbers('4')).toEqual([4]);
    expect(taskNumbers('2-9')).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(taskNumbers('1 and 8')).toEqual([1, 8]);
    expect(taskNumbers('1, 3 and 5')).toEqual([1, 3, 5]);
    expect(() => taskNumbers('one')).toThrow(/cannot read/);
  });

  it('finds the numbered tasks of every README, and TODOs in the starters', () => {
    for (const lab of labs)
      expect(lab.tasks.size, `${lab.id} README has no numbered tasks`).toBeGreaterThan(0);
    // Not vacuous: the course's starters do carry task references.
    expect(labs.flatMap((l) => l.todos).filter((t) => t.tasks.length > 0).length).toBeGreaterThan(10);
  });

  for (const lab of labs) {
    it(`${lab.id}: every starter TODO names README tasks that exist, about the same thing`, () => {
      const problems: string[] = [];
      for (const todo of lab.todos) {
        const where = `${todo.file}:${todo.line} '${todo.text}'`;
        if (todo.tasks.length === 0) {
          // A TODO line without a task reference is fine only as the value a task replaces (`http://TODO:8080`).
          if (/(?:^|\s)(?:#|\/\/)\s*TODO\b/.test(todo.text)) problems.push(`${where} names no task`);
          continue;
        }
        const missing = todo.tasks.filter((n) => !lab.tasks.has(n));
        if (missing.length) {
          problems.push(
            `${where} names task ${missing.join(', ')}; the README has tasks 1-${lab.tasks.size}`,
          );
          continue;
        }
        // Plausibly the same task: the TODO shares content words with the README text of the tasks it names,
        // and no other task shares more (ties allowed). Crude, but a TODO sent to the wrong task fails it.
        const own = overlap(todo.text, todo.tasks.map((n) => lab.tasks.get(n)!).join(' '));
        const better = [...lab.tasks]
          .filter(([n, text]) => !todo.tasks.includes(n) && overlap(todo.text, text) > own)
          .map(([n]) => n);
        if (stems(todo.text).size > 0 && own === 0)
          problems.push(`${where} shares no word with README task ${todo.tasks.join(', ')}`);
        else if (better.length)
          problems.push(
            `${where} reads more like README task ${better.join(' or ')} than ${todo.tasks.join(', ')}`,
          );
      }
      expect(problems).toEqual([]);
    });
  }
});
