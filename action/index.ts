// Action entry point (runs.main in action.yml).
import { run } from './main.js';

await run();
