// Action entry point (runs.main in action.yml).
import { run } from './main.js';
import { dropDependencyDeprecations } from './util/deprecations.js';

dropDependencyDeprecations();

await run();
