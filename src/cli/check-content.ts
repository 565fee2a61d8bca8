import { relative } from 'node:path';
import { checkContent } from '../build/content/check';
import { pageFile } from '../build/content/files';
import { formatProblem } from '../build/content/problems';

const root = process.cwd();
const { content, problems } = checkContent(root);

// Outdated translations do not stop the build: readers see a notice and a link to the source page.
const outdated = Object.entries(content.freshness).flatMap(([lang, pages]) =>
  Object.entries(pages ?? {})
    .filter(([, state]) => state === 'outdated')
    .map(([page]) => relative(root, pageFile(root, lang, page))),
);
if (outdated.length > 0) {
  console.warn(`Outdated translations (${outdated.length}), shown to readers with a notice; see npm run content:status:`);
  for (const file of outdated) console.warn(`  ${file}: the English page changed since this translation`);
}

if (problems.length > 0) {
  console.error(`Content check failed: ${problems.length} problem(s)\n`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
console.log('Content check passed.');
