/**
 * Checks the content before any page renders: `checkContent` over the content model, the same
 * rules and messages as `npm run content:check`. A build with problems stops with all of them
 * listed; the dev server shows them and goes on, and reads the content again when a file changes.
 * Prints one glossary summary per build.
 */
import type { AstroIntegration } from 'astro';
import { getModel, invalidateModel } from '../build/content.ts';
import { checkContent } from '../lib/content/check.ts';
import { formatProblems } from '../lib/content/problems.ts';
import { glossaryReport } from '../lib/content/report.ts';

/** The integration. */
export default function content(root = process.cwd()): AstroIntegration {
  return {
    name: 'tit-for-tat:content',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const model = getModel(root);
        const problems = checkContent(model);
        if (problems.length > 0) {
          const message = `The content has problems; fix them and build again:\n${formatProblems(problems)}`;
          if (command === 'build') throw new Error(message);
          logger.error(message);
        }
        logger.info(glossaryReport(model).summary);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', (_event, path) => {
          if (!path.replaceAll('\\', '/').includes('/content/')) return;
          invalidateModel(root);
          const problems = checkContent(getModel(root));
          if (problems.length > 0) logger.error(formatProblems(problems));
        });
      },
    },
  };
}
