import { defineConfig } from '@playwright/test';

// End-to-end tests drive Debian's Chromium against the browser shell (the Electron runtime
// cannot be downloaded on every machine); tests/e2e/electron.spec.ts runs the same flow in
// Electron where its runtime exists.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // scripts/test.mjs names the JSON report's file (PLAYWRIGHT_JSON_OUTPUT_NAME) to count the
  // results; a plain `npx playwright test` writes it beside the HTML report folder.
  reporter: [
    ['list'],
    [
      'json',
      {
        outputFile: process.env['PLAYWRIGHT_JSON_OUTPUT_NAME'] ?? 'playwright-report/results.json',
      },
    ],
  ],
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
    launchOptions: {
      executablePath: process.env['YISHI_CHROMIUM'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
