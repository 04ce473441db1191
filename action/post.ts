// Post entry point (runs.post in action.yml): deletes the sandbox stacks the main step saved, even if it died.
import { runPost } from './sandbox/post.js';

await runPost();
