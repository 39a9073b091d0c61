import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';

import { expect, test } from './fixtures.js';
import {
  findAndLand,
  highlightWithNote,
  lockAndExpectContentGone,
  openDemoMeeting,
  openMaterial,
  readTextMaterial,
  unlock,
} from './support/flow.js';
import {
  findPhrase,
  highlightPhrase,
  lawFindPhrase,
  lawPhrases,
  readerLawText,
  readerPdf,
  uniqueNote,
} from './support/materials.js';
import { demoDataDir } from './support/paths.js';
import { demoPdfPageTexts } from './support/pdf.js';
import {
  encode,
  filesInEntriesCreatedSince,
  listFiles,
  scanFiles,
  type Hit,
  type Needle,
} from './support/scan.js';

// Nothing readable at rest (ARCHITECTURE.md, invariant 1): after a member has read, searched
// and annotated the materials and the shell has locked and stopped, no file of the profile,
// of the shell's log, of the browser's profile or of the temp folders holds any of that text.
//
// Every process the test starts (`yishi demo`, `yishi web`, Chromium) gets the run folder's
// tmp/ as its TMPDIR, and Chromium keeps its profile in the run folder, so what they write
// is scanned whole. The shared OS temp folder, which other programs write to as well, is
// scanned for the entries created in it while the test ran.

// Coarse file-system clocks: count entries from a little before this file started.
const runStartedAt = Date.now() - 2000;

test('after reading and annotating, no file on disk holds material text or the note', async ({
  privatePage: page,
  shell,
  demoProfile,
}) => {
  const note = uniqueNote();

  await test.step('a member reads, searches and annotates, then locks', async () => {
    await page.goto(shell.url);
    await unlock(page, demoProfile.passphrase, { wrongFirst: true });
    await openDemoMeeting(page);
    await openMaterial(page, readerPdf);
    await findAndLand(page, readerPdf, findPhrase);
    await highlightWithNote(page, highlightPhrase, note);
    await readTextMaterial(page, readerLawText, lawFindPhrase);
    await lockAndExpectContentGone(page, [findPhrase, lawFindPhrase, note]);
  });

  const pdfText = (await demoPdfPageTexts(readerPdf.fileName)).join('\n');
  const pdfNeedles: Needle[] = [findPhrase, highlightPhrase, '增强文化自觉和文化自信'].map(
    (text) => ({ label: `${readerPdf.fileName}: ${text}`, text }),
  );
  const lawNeedles: Needle[] = lawPhrases.map(({ fileName, phrase }) => ({
    label: `${fileName}: ${phrase}`,
    text: phrase,
  }));
  const secretNeedles: Needle[] = [
    { label: 'the note', text: note },
    { label: 'the passphrase', text: demoProfile.passphrase },
  ];
  const needles = [...pdfNeedles, ...lawNeedles, ...secretNeedles];

  await test.step('control: the phrases are real and the scanner finds them', () => {
    for (const needle of pdfNeedles) expect(pdfText).toContain(needle.text);

    const inDemoData = scanFiles(listFiles(demoDataDir), lawNeedles);
    for (const { fileName, phrase } of lawPhrases) {
      expect(inDemoData).toContainEqual({
        file: join(demoDataDir, fileName),
        needle: `${fileName}: ${phrase}`,
        encoding: 'utf-8',
      });
    }

    expectScannerFindsEveryEncoding([...pdfNeedles, ...secretNeedles]);

    // The one file of the run that is meant to hold a secret: the member's passphrase file.
    expect(scanFiles([demoProfile.passphraseFile], secretNeedles)).toEqual([
      { file: demoProfile.passphraseFile, needle: 'the passphrase', encoding: 'utf-8' },
    ]);
  });

  // Everything in the run folder but the member's own passphrase file.
  const runFiles = (): string[] =>
    listFiles(demoProfile.runDir).filter((file) => file !== demoProfile.passphraseFile);

  await test.step('locked, shell and browser still running: no plaintext in the run folder', () => {
    // SQLite's WAL and SHM files, where it keeps them, exist while the database is open.
    expect(describe(scanFiles(runFiles(), needles), demoProfile.runDir)).toEqual([]);
  });

  await test.step('the browser shell stops and the browser closes', async () => {
    await shell.stop();
    await page.context().close();
  });

  await test.step('stopped: no plaintext in the run folder', () => {
    const files = runFiles();
    const names = files.map((file) => relative(demoProfile.runDir, file).split('/')[0]);
    expect(names).toEqual(expect.arrayContaining(['profile', 'shell.log', 'browser']));
    expect(listFiles(demoProfile.profileDir).map((file) => basename(file))).toEqual(
      expect.arrayContaining(['profile.json', 'yishi.db']),
    );

    expect(describe(scanFiles(files, needles), demoProfile.runDir)).toEqual([]);
    test.info().annotations.push({ type: 'run files scanned', description: String(files.length) });
  });

  await test.step('no entry created in the OS temp folder during the run', () => {
    // The run folder was scanned above (its passphrase file is the member's own).
    const created = filesInEntriesCreatedSince(tmpdir(), runStartedAt).filter(
      (file) => !file.startsWith(`${demoProfile.runDir}/`),
    );

    expect(describe(scanFiles(created, needles), tmpdir())).toEqual([]);
    test.info().annotations.push({
      type: 'temp files scanned',
      description: String(created.length),
    });
  });
});

// Each phrase hidden in binary noise in each encoding, as a leak in a database page would be.
function expectScannerFindsEveryEncoding(needles: readonly Needle[]): void {
  const folder = mkdtempSync(join(tmpdir(), 'yishi-scan-control-'));

  try {
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256));
    const encodings = ['utf-8', 'utf-16le', 'utf-16be'] as const;

    for (const encoding of encodings) {
      const file = join(folder, `${encoding}.bin`);
      const parts = needles.flatMap((needle) => [noise, encode(needle.text, encoding)]);
      writeFileSync(file, Buffer.concat([...parts, noise]));

      const found = scanFiles([file], needles).filter((hit) => hit.encoding === encoding);
      expect(found.map((hit) => hit.needle).sort()).toEqual(needles.map((n) => n.label).sort());
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function describe(hits: readonly Hit[], root: string): string[] {
  return hits.map((hit) => `${relative(root, hit.file)}: ${hit.needle} (${hit.encoding})`);
}
