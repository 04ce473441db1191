// DKR008: apt-get installs leave nothing behind: -y, --no-install-recommends, package lists removed in the
// same RUN, and apt-get rather than apt. Package lists and recommended packages matter only where they ship: in
// the stages the final image is made of. A build stage the final image only copies from may keep them, but its
// RUNs still execute, so '-y' and 'apt-get' are judged in every stage: without '-y' the build itself stops.
import { defineRule } from '../../engine/define.js';
import { cacheMountTargets, finalImageRuns, runCommands, startOf } from './support.js';

export default defineRule({
  meta: {
    id: 'DKR008',
    name: 'apt-get-hygiene',
    target: 'dockerfile',
    severity: 'warning',
    title: 'Install apt packages without leftovers',
    description:
      "Every apt-get install runs non-interactively; in the final image's stages it also uses --no-install-recommends and its RUN removes /var/lib/apt/lists, so the layer holds only the packages (build stages the final image only copies from may keep them); 'apt', meant for people at a terminal, is not used.",
    docsUrl: 'https://docs.docker.com/build/building/best-practices/#apt-get',
    evidence: ['DL3009', 'DL3014', 'DL3015', 'DL3027', 'CKV_DOCKER_9'],
    messages: {
      lists:
        "This 'RUN' installs with apt-get but leaves the package lists in '/var/lib/apt/lists', tens of megabytes the app never uses. End the same 'RUN' with '&& rm -rf /var/lib/apt/lists/*'.",
      recommends:
        "'apt-get install' without '--no-install-recommends' also installs recommended packages the app does not need, which makes the image bigger and gives attackers more to work with. Add '--no-install-recommends'.",
      yes: "'apt-get install' without '-y' waits for a confirmation nobody can type during a build, so the step fails. Add '-y'.",
      apt: "'apt' is made for people at a terminal and warns that its command line may change. Use 'apt-get' in Dockerfiles.",
    },
  },
  check(doc, ctx) {
    const shipped = new Set(finalImageRuns(doc.ast).map((r) => r.getRange().start.line));
    let checked = 0;
    let failed = 0;
    for (const run of doc.ast.getInstructions().filter((i) => i.getKeyword() === 'RUN')) {
      const ships = shipped.has(run.getRange().start.line);
      const commands = runCommands(run);
      const usesApt = commands.some((w) => w[0] === 'apt');
      const installs = commands.filter((w) => w[0] === 'apt-get' && w.includes('install'));
      if (!usesApt && installs.length === 0) continue;
      checked++;
      const found = new Set<'lists' | 'recommends' | 'yes' | 'apt'>();
      if (usesApt) found.add('apt');
      for (const words of installs) {
        const yes = words.some((w) => /^-(y|qq?y|yq)$/.test(w) || w === '--yes' || w === '--assume-yes');
        if (!yes) found.add('yes');
        if (
          ships &&
          !words.includes('--no-install-recommends') &&
          !words.some((w) => /Install-Recommends=(false|0)/i.test(w))
        ) {
          found.add('recommends');
        }
      }
      const cleaned =
        commands.some((w) => w[0] === 'rm' && w.some((a) => a.startsWith('/var/lib/apt/lists'))) ||
        cacheMountTargets(run).some((t) => t.startsWith('/var/lib/apt'));
      if (ships && installs.length > 0 && !cleaned) found.add('lists');
      if (found.size > 0) failed++;
      for (const id of found) ctx.report(id, {}, startOf(run));
    }
    if (checked === 0) ctx.notApplicable('no apt-get install');
    else ctx.tally(checked, failed);
  },
});
