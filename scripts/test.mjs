// `npm test`: build the renderer, run the unit and integration tests (vitest), then the
// end-to-end tests (Playwright), and print one closing line that counts all of them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'yishi-test-'));
const vitestReport = join(reports, 'vitest.json');
const playwrightReport = join(reports, 'playwright.json');

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

const buildStatus = run('npm', ['run', 'build:renderer', '--', '--logLevel', 'warn']);
if (buildStatus !== 0) process.exit(buildStatus);

const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);

const playwrightStatus = run('npx', ['playwright', 'test'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
});

const counts = { passed: 0, failed: 0, skipped: 0 };

// Adds one runner's counts; a runner that exited non-zero without reporting a failing test
// (no tests found, a crash in setup, no report) still counts as one failure.
function add(status, passed, failed, skipped) {
  counts.passed += passed;
  counts.skipped += skipped;
  counts.failed += status !== 0 && failed === 0 ? 1 : failed;
}

const vitest = existsSync(vitestReport) ? JSON.parse(readFileSync(vitestReport, 'utf8')) : {};
add(
  vitestStatus,
  vitest.numPassedTests ?? 0,
  vitest.numFailedTests ?? 0,
  (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0),
);

const playwright = existsSync(playwrightReport)
  ? (JSON.parse(readFileSync(playwrightReport, 'utf8')).stats ?? {})
  : {};
add(
  playwrightStatus,
  (playwright.expected ?? 0) + (playwright.flaky ?? 0),
  playwright.unexpected ?? 0,
  playwright.skipped ?? 0,
);

console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(vitestStatus !== 0 || playwrightStatus !== 0 ? 1 : 0);
