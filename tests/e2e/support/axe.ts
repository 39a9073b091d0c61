import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// axe-core on the screen as it stands. Serious and critical findings fail the test; the
// message lists each with the elements it found, so the fix can start from the report.

const blocking = new Set(['serious', 'critical']);

export async function expectNoSeriousA11yViolations(page: Page, screen: string): Promise<void> {
  await test.step(`axe: ${screen}`, async () => {
    const results = await new AxeBuilder({ page }).analyze();
    // axe really looked at the page: it records the rules the page passed too.
    expect(results.passes.length).toBeGreaterThan(0);

    const serious = results.violations.filter((violation) => blocking.has(violation.impact ?? ''));

    const report = serious.map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n'),
    );
    expect(report, `axe on the ${screen} screen`).toEqual([]);
  });
}
