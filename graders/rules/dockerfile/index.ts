// Dockerfile rules (prefix DKR), sorted by id. Each file holds one rule; the meta-test keeps this list complete.
import dockerfileSyntax from './dockerfile-syntax.js';
import pinnedBaseImage from './pinned-base-image.js';
import multiStageBuild from './multi-stage-build.js';
import nonRootUser from './non-root-user.js';
import healthcheck from './healthcheck.js';
import execFormCommand from './exec-form-command.js';
import copyNotAdd from './copy-not-add.js';
import noSecretsInEnv from './no-secrets-in-env.js';
import aptGetHygiene from './apt-get-hygiene.js';
import apkNoCache from './apk-no-cache.js';
import pipNoCacheDir from './pip-no-cache-dir.js';
import nodePackageCache from './node-package-cache.js';
import absoluteWorkdir from './absolute-workdir.js';
import ociLabels from './oci-labels.js';
import noSshPort from './no-ssh-port.js';

export const dockerfileRules = [
  dockerfileSyntax,
  pinnedBaseImage,
  multiStageBuild,
  nonRootUser,
  healthcheck,
  execFormCommand,
  copyNotAdd,
  noSecretsInEnv,
  aptGetHygiene,
  apkNoCache,
  pipNoCacheDir,
  nodePackageCache,
  absoluteWorkdir,
  ociLabels,
  noSshPort,
] as const;
