import { expect, test } from './fixtures.js';
import { runMemberReadsFlow } from './support/flow.js';
import { uniqueNote } from './support/materials.js';

// The member's main job in the browser shell: unlock the demo profile, open the meeting,
// read issue19360.pdf, find a phrase, see the watermark in the pixels, highlight with a
// note, find the note again after reopening, lock.

test('a member unlocks, reads a real Chinese PDF, annotates it and locks', async ({
  page,
  shell,
  demoProfile,
}) => {
  await page.goto(shell.url);
  await expect(page).toHaveTitle(/议事/);

  await runMemberReadsFlow(page, { passphrase: demoProfile.passphrase, note: uniqueNote() });
});
