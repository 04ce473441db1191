#!/usr/bin/env node
// The `labgrade` command. All logic lives in main.ts so tests can call it in-process.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
