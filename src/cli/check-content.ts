import { checkContent } from '../content/check';
import { formatProblem } from '../content/problems';

const { problems } = checkContent(process.cwd());
if (problems.length > 0) {
  console.error(`Content check failed: ${problems.length} problem(s)\n`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
console.log('Content check passed.');
