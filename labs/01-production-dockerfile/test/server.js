// Runs with `npm test` (node --test), for instance in the build stage of your Dockerfile.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createApp } from '../server.js';

let server;
let base;

before(async () => {
  server = createApp();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(() => server.close());

test('GET /health answers 200 with status ok', async () => {
  const res = await fetch(`${base}/health`);
  assert.equal(res.status, 200);
  assert.equal((await res.json()).status, 'ok');
});

test('GET / answers with a greeting', async () => {
  const res = await fetch(`${base}/`);
  assert.equal(res.status, 200);
  assert.match((await res.json()).message, /^Hello from /);
});

test('unknown paths answer 404', async () => {
  const res = await fetch(`${base}/nope`);
  assert.equal(res.status, 404);
});
