// The parse cache keeps a template's value and the position of each of its nodes, both from a real parse: a cached
// document must be indistinguishable from a parsed one, for every template we have, and grading through a cache
// must give the report grading without one gives.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../../graders/engine/grade.js';
import {
  restoreKubernetes,
  restoreTemplate,
  restoreYaml,
  snapshotTemplate,
  snapshotYaml,
  templateCacheKey,
  type CacheEntry,
  type ParseCache,
} from '../../../graders/engine/parse-cache.js';
import { parseKubernetes } from '../../../graders/engine/parsers/kubernetes.js';
import { parseYamlDocument } from '../../../graders/engine/parsers/yaml.js';
import { parseCloudFormation } from '../../../graders/engine/parsers/cloudformation.js';
import { isRecord } from '../../../graders/engine/parsers/record.js';
import type { CfnTemplateDoc, DataPath } from '../../../graders/engine/types.js';
import { decodeText } from '../../../graders/engine/workspace.js';
import { LABS, RULES } from '../../../graders/index.js';
import { HAS_SHARED, HAS_SOLUTIONS, REPO, SHARED, SOLUTIONS_SKIP_REASON } from '../../helpers/tmp.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

function memoryCache(salt = 'test'): ParseCache & { gets: number; hits: number; sets: number } {
  const entries = new Map<string, CacheEntry>();
  return {
    salt,
    gets: 0,
    hits: 0,
    sets: 0,
    get(key) {
      this.gets++;
      const e = entries.get(key);
      if (e) this.hits++;
      // A copy, as a disk cache gives: nothing a run does to its template may reach the next run.
      return e && structuredClone(e);
    },
    set(key, entry) {
      this.sets++;
      entries.set(key, structuredClone(entry));
    },
  };
}

/** Every path in a value, plus a path that does not exist under each, to check the nearest-ancestor fallback. */
function paths(value: unknown, at: (string | number)[] = []): DataPath[] {
  const out: DataPath[] = [at, [...at, 'NotAKey'], [...at, 99]];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

function expectSameDocument(parsed: CfnTemplateDoc, label: string) {
  const restored = restoreTemplate(parsed.file, parsed.text, structuredClone(snapshotTemplate(parsed)));
  expect(restored.template, label).toEqual(parsed.template);
  expect(restored.format, label).toBe(parsed.format);
  const wrong = paths(parsed.template).filter(
    (p) => JSON.stringify(restored.locate(p)) !== JSON.stringify(parsed.locate(p)),
  );
  expect(wrong.slice(0, 3), label).toEqual([]);
}

function templatesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /(^|\/)template\.(ya?ml|json)$/.test(f))
    .map((f) => path.join(dir, f))
    .sort();
}

describe.skipIf(!HAS_SOLUTIONS)(
  'a cached template is the parsed template',
  { timeout: PROCESS_TEST_TIMEOUT_MS },
  () => {
    it('for every fixture template: the same value, and the same position for every path', () => {
      const files = ['solutions', 'naive', 'alternatives'].flatMap((d) =>
        templatesUnder(path.join(REPO, 'test/fixtures', d)),
      );
      expect(files.length).toBeGreaterThan(10);
      for (const f of files) {
        const r = parseCloudFormation(path.relative(REPO, f), fs.readFileSync(f, 'utf8'));
        if (r.ok) expectSameDocument(r.doc, f);
      }
    });

    it.skipIf(!HAS_SHARED)('for every corpus template that parses', () => {
      const dir = path.join(SHARED, 'corpus', 'cfn');
      let parsed = 0;
      for (const name of fs.readdirSync(dir).sort()) {
        const decoded = decodeText(fs.readFileSync(path.join(dir, name)));
        if (!decoded.ok) continue;
        const r = parseCloudFormation(name, decoded.text);
        if (!r.ok) continue;
        parsed++;
        expectSameDocument(r.doc, name);
      }
      expect(parsed).toBeGreaterThan(20);
    });

    it('keeps values JSON would not: NaN, infinities, -0 and a "__proto__" key as plain data', () => {
      const text =
        'Resources:\n  A:\n    Type: X::Y\n    Properties:\n      N: .nan\n      I: -.inf\n      Z: -0.0\n      __proto__:\n        polluted: true\n';
      const r = parseCloudFormation('template.yaml', text);
      if (!r.ok) throw new Error(r.findings[0]!.message);
      expectSameDocument(r.doc, 'special values');
      const restored = restoreTemplate('template.yaml', text, structuredClone(snapshotTemplate(r.doc)));
      const props = restored.template.Resources['A']!.Properties!;
      expect(Object.hasOwn(props, '__proto__')).toBe(true);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it('keys on the text, the extension and the salt', () => {
      const a = memoryCache('build-1');
      const b = memoryCache('build-2');
      const k = templateCacheKey(a, 'template.yaml', 'x');
      expect(templateCacheKey(a, 'other/template.yml', 'x')).not.toBe(k);
      expect(templateCacheKey(a, 'template.json', 'x')).not.toBe(k);
      expect(templateCacheKey(a, 'template.yaml', 'y')).not.toBe(k);
      expect(templateCacheKey(b, 'template.yaml', 'x')).not.toBe(k);
      expect(templateCacheKey(a, 'labs/other/template.yaml', 'x')).toBe(k);
    });
  },
);

// Grading with lint off starts no process; the timeout fits four gradings of the course on a busy machine.
describe.skipIf(!HAS_SOLUTIONS)(
  'cached YAML files are the parsed files',
  { timeout: PROCESS_TEST_TIMEOUT_MS },
  () => {
    const yamlFiles = (dir: string) =>
      fs
        .readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => /(^|\/)(k8s\/.*|cluster|recovery|appspec)\.ya?ml$|k8s\/.*\.ya?ml$/.test(f))
        .map((f) => path.join(dir, f))
        .sort();
    // Absent in the published learner template, where these tests skip.
    const files = HAS_SOLUTIONS
      ? ['solutions', 'naive', 'alternatives'].flatMap((d) => yamlFiles(path.join(REPO, 'test/fixtures', d)))
      : [];

    it('finds the manifests, eksctl configs, recovery files and appspecs of the fixtures', () => {
      expect(files.filter((f) => f.includes('/k8s/')).length).toBeGreaterThan(4);
      expect(files.some((f) => f.endsWith('recovery.yaml'))).toBe(true);
    });

    it.each(files.map((f) => [path.relative(REPO, f), f] as const))('%s', (label, file) => {
      const text = decodeText(fs.readFileSync(file));
      if (!text.ok) throw new Error(`${label} is not text`);
      const asManifests = parseKubernetes(label, text.text);
      if (!asManifests.ok) throw new Error(`${label} did not parse`);
      const restored = restoreKubernetes(
        label,
        text.text,
        structuredClone(snapshotYaml(asManifests.doc.documents)),
      );
      expect(restored.documents.map((d) => [d.index, d.value])).toEqual(
        asManifests.doc.documents.map((d) => [d.index, d.value]),
      );
      asManifests.doc.documents.forEach((d, i) => {
        const wrong = paths(d.value).filter(
          (p) => JSON.stringify(restored.documents[i]!.locate(p)) !== JSON.stringify(d.locate(p)),
        );
        expect(wrong.slice(0, 3), label).toEqual([]);
      });
      const one = parseYamlDocument(label, text.text);
      if (one.ok) {
        const back = restoreYaml(label, text.text, structuredClone(snapshotYaml([one.doc])))[0]!;
        expect(back.value).toEqual(one.doc.value);
        expect(
          paths(one.doc.value).filter(
            (p) => JSON.stringify(back.locate(p)) !== JSON.stringify(one.doc.locate(p)),
          ),
        ).toEqual([]);
      }
    });
  },
);

describe.skipIf(!HAS_SOLUTIONS)('grading through a parse cache', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  const zero = (r: unknown) =>
    JSON.parse(JSON.stringify(r).replace(/"durationMs":[0-9.]+/g, '"durationMs":0'));

  it('gives the same report as grading without one, and the second run parses no template or YAML file', async () => {
    const root = path.join(REPO, 'test/fixtures/solutions');
    const plain = await gradeSubmission({ root, labs: LABS, rules: RULES, lint: false });
    const cache = memoryCache();
    const first = await gradeSubmission({ root, labs: LABS, rules: RULES, lint: false, parseCache: cache });
    const templates = cache.sets;
    expect(templates).toBeGreaterThan(4);
    expect(cache.hits).toBe(0);
    const second = await gradeSubmission({ root, labs: LABS, rules: RULES, lint: false, parseCache: cache });
    expect(cache.hits).toBe(templates);
    expect(cache.sets).toBe(templates);
    expect(zero(first)).toEqual(zero(plain));
    expect(zero(second)).toEqual(zero(plain));
  });

  it('gives the same findings, at the same lines, for work with mistakes', async () => {
    const root = path.join(REPO, 'test/fixtures/naive');
    const plain = await gradeSubmission({ root, labs: LABS, rules: RULES, lint: false });
    const cache = memoryCache();
    await gradeSubmission({ root, labs: LABS, rules: RULES, lint: false, parseCache: cache });
    const cached = await gradeSubmission({ root, labs: LABS, rules: RULES, lint: false, parseCache: cache });
    expect(cache.hits).toBeGreaterThan(4);
    expect(zero(cached)).toEqual(zero(plain));
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, PROCESS_TEST_TIMEOUT_MS);
