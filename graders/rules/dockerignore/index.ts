// .dockerignore rules (prefix DKI), sorted by id. Each file holds one rule; the meta-test keeps this list complete.
import excludesGit from './excludes-git.js';
import excludesDependencies from './excludes-dependencies.js';
import excludesEnvFiles from './excludes-env-files.js';

export const dockerignoreRules = [excludesGit, excludesDependencies, excludesEnvFiles] as const;
