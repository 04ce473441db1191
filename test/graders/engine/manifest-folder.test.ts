// A lab file that is a folder of Kubernetes manifests (`paths: ['k8s/']`): every manifest under it is parsed into
// one set, so a rule can resolve a Service's selector against a Deployment in another file. Rules report on the
// file a document came from; one bad file makes the set invalid with its own line; links are never followed and
// are named; the set is the starter only when every manifest in it is an untouched starter file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineLab, defineRule } from '../../../graders/engine/define.js';
import { gradeSubmission } from '../../../graders/engine/grade.js';
import { loadSubmission } from '../../../graders/engine/load.js';
import { isRecord } from '../../../graders/engine/parsers/record.js';
import { manifestSet, parseKubernetes } from '../../../graders/engine/parsers/kubernetes.js';
import { contentHash, readStarters } from '../../../graders/engine/starters.js';
import type { KubernetesDoc, Lab } from '../../../graders/engine/types.js';
import { notDeployed } from '../../../graders/rubrics/lib/sandbox.js';
import { makeTree } from '../../helpers/tmp.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

/** A Service must select the labels of some Deployment's pods, wherever that Deployment is. */
const selects = defineRule({
  meta: {
    id: 'TST020',
    name: 'service-selects-pods',
    target: 'kubernetes',
    severity: 'error',
    title: 'Services select pods',
    description: 'Test rule: every Service selector matches the pod labels of a Deployment in the set.',
    docsUrl: 'https://example.invalid/tst020',
    evidence: [],
    messages: { orphan: "Service '{{name}}' selects no pods." },
  },
  check(doc, ctx) {
    const at = (v: unknown, ...keys: string[]): unknown =>
      keys.reduce<unknown>((o, k) => (isRecord(o) ? o[k] : undefined), v);
    const labels = (v: unknown) => (isRecord(v) ? v : {});
    const podLabels = doc.documents
      .filter((d) => at(d.value, 'kind') === 'Deployment')
      .map((d) => labels(at(d.value, 'spec', 'template', 'metadata', 'labels')));
    const services = doc.documents.filter((d) => at(d.value, 'kind') === 'Service');
    for (const d of services) {
      const sel = labels(at(d.value, 'spec', 'selector'));
      const ok = podLabels.some((l) => Object.entries(sel).every(([k, v]) => l[k] === v));
      if (!ok)
        ctx.report(
          'orphan',
          { name: String(at(d.value, 'metadata', 'name')) },
          { file: d.file, ...d.locate(['spec', 'selector']) },
        );
    }
    ctx.tally(services.length);
  },
});

const lab: Lab = defineLab({
  id: '93-manifests',
  title: 'Manifests',
  part: 'test',
  summary: 'A lab that reads a folder of Kubernetes manifests.',
  files: [{ id: 'manifests', paths: ['k8s/'], kind: 'kubernetes', required: true }],
  sandbox: notDeployed('test lab'),
  items: [
    {
      id: 'selects',
      title: 'Services select pods',
      points: 10,
      file: 'manifests',
      rules: ['TST020'],
      hint: 'Match the selector to the pod labels.',
      evidence: [{ kind: 'aws-doc', url: 'https://example.invalid/tst020' }],
      docsUrl: 'https://example.invalid/tst020',
    },
  ],
});

const DIR = 'labs/93-manifests';
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      labels:
        app: web
`;
const SERVICE = (app: string) => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: ${app}
`;

describe('a folder of manifests', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('resolves a selector across files, and reports on the file of the document at fault', async () => {
    const good = makeTree({
      [`${DIR}/k8s/apps/deployment.yaml`]: DEPLOYMENT,
      [`${DIR}/k8s/service.yml`]: `---\n${SERVICE('web')}---\n`,
      [`${DIR}/k8s/README.md`]: 'not a manifest: {',
    });
    const ok = await gradeSubmission({ root: good, labs: [lab], rules: [selects], lint: false });
    expect(ok.labs[0]!.items[0]).toMatchObject({ status: 'passed', earned: 10 });

    const bad = makeTree({
      [`${DIR}/k8s/a.yaml`]: DEPLOYMENT,
      [`${DIR}/k8s/b.yaml`]: `${SERVICE('web')}---\n${SERVICE('api')}`,
    });
    const r = await gradeSubmission({ root: bad, labs: [lab], rules: [selects], lint: false });
    expect(r.labs[0]!.items[0]!.findings.map((f) => [f.file, f.line])).toEqual([[`${DIR}/k8s/b.yaml`, 14]]);
  });

  it('holds every document of every manifest file, in path order', async () => {
    const root = makeTree({
      [`${DIR}/k8s/b.yaml`]: `${SERVICE('web')}---\n${SERVICE('x')}`,
      [`${DIR}/k8s/a/c.json`]: '{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"labs"}}',
    });
    const st = (await loadSubmission(root, [lab])).labs[0]!.files.get('manifests');
    if (st?.state !== 'parsed' || st.doc.kind !== 'kubernetes') throw new Error(`not parsed: ${st?.state}`);
    expect(st.doc.file).toBe(`${DIR}/k8s`);
    expect(st.doc.files).toEqual([`${DIR}/k8s/a/c.json`, `${DIR}/k8s/b.yaml`]);
    expect(st.doc.documents.map((d) => [d.file, d.index])).toEqual([
      [`${DIR}/k8s/a/c.json`, 0],
      [`${DIR}/k8s/b.yaml`, 0],
      [`${DIR}/k8s/b.yaml`, 1],
    ]);
  });

  it('is invalid when one file does not parse, naming that file and line, and the lab is started', async () => {
    const root = makeTree({
      [`${DIR}/k8s/a.yaml`]: DEPLOYMENT,
      [`${DIR}/k8s/b.yaml`]: 'kind: Service\nspec: [unclosed\n',
    });
    const loaded = (await loadSubmission(root, [lab])).labs[0]!;
    const st = loaded.files.get('manifests');
    expect(st?.state).toBe('invalid');
    if (st?.state !== 'invalid') throw new Error('not invalid');
    expect(st.findings.map((f) => f.file)).toEqual([`${DIR}/k8s/b.yaml`]);
    expect(st.findings[0]!.line).toBeGreaterThan(1);
    expect(loaded.started).toBe(true);
  });

  it('is missing when the folder is absent or holds no manifest, saying where it looked', async () => {
    for (const files of [{ [`${DIR}/notes.txt`]: 'x' }, { [`${DIR}/k8s/notes.txt`]: 'x' }]) {
      const st = (await loadSubmission(makeTree(files), [lab])).labs[0]!.files.get('manifests');
      expect(st).toMatchObject({ state: 'missing', tried: [`${DIR}/k8s/`] });
    }
  });

  it('does not follow a link in the folder, and says so', async () => {
    const root = makeTree({ [`${DIR}/k8s/a.yaml`]: DEPLOYMENT, 'outside/svc.yaml': SERVICE('api') });
    fs.symlinkSync(path.join(root, 'outside/svc.yaml'), path.join(root, DIR, 'k8s/svc.yaml'));
    const loaded = (await loadSubmission(root, [lab])).labs[0]!;
    const st = loaded.files.get('manifests');
    if (st?.state !== 'parsed' || st.doc.kind !== 'kubernetes') throw new Error('not parsed');
    expect(st.doc.files).toEqual([`${DIR}/k8s/a.yaml`]);
    expect(loaded.notices).toEqual([
      expect.objectContaining({ file: `${DIR}/k8s/svc.yaml`, ruleId: 'labgrade/ignored-link' }),
    ]);
  });

  it('is the starter only while every manifest is an untouched starter file', async () => {
    const root = makeTree({ [`${DIR}/k8s/a.yaml`]: DEPLOYMENT, [`${DIR}/k8s/b.yaml`]: SERVICE('web') });
    const starters = readStarters(root, lab);
    expect(starters).toEqual({
      'k8s/a.yaml': contentHash(DEPLOYMENT),
      'k8s/b.yaml': contentHash(SERVICE('web')),
    });
    const withStarters: Lab = { ...lab, starters };
    expect(
      (await gradeSubmission({ root, labs: [withStarters], rules: [selects], lint: false })).labs[0]!.status,
    ).toBe('not-started');
    fs.writeFileSync(path.join(root, DIR, 'k8s/b.yaml'), SERVICE('api'));
    const edited = await gradeSubmission({ root, labs: [withStarters], rules: [selects], lint: false });
    expect(edited.labs[0]!.status).not.toBe('not-started');
    expect(edited.labs[0]!.items[0]!.status).toBe('failed');
    fs.writeFileSync(path.join(root, DIR, 'k8s/b.yaml'), SERVICE('web'));
    fs.writeFileSync(path.join(root, DIR, 'k8s/c.yaml'), SERVICE('web'));
    const added = await gradeSubmission({ root, labs: [withStarters], rules: [selects], lint: false });
    expect(added.labs[0]!.status).not.toBe('not-started');
  });

  it('manifestSet joins parsed files in path order, whatever order they come in', () => {
    const part = (file: string, text: string): KubernetesDoc => {
      const r = parseKubernetes(file, text);
      if (!r.ok) throw new Error('no parse');
      return r.doc;
    };
    const set = manifestSet('k8s', [
      part('k8s/z.yaml', SERVICE('a')),
      part('k8s/m.yaml', `${DEPLOYMENT}---\n`),
    ]);
    expect(set.files).toEqual(['k8s/m.yaml', 'k8s/z.yaml']);
    expect(set.documents.map((d) => d.file)).toEqual(['k8s/m.yaml', 'k8s/z.yaml']);
  });
});
