import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { MaterialSummary, MeetingDetail, MeetingSummary } from '../core/api/models.js';
import type { Result } from '../core/result.js';
import { createServiceHost, type ServiceHost } from '../main/services/index.js';
import { DEFAULT_SCRYPT } from '../main/services/profile/kdf.js';
import { createProfileStore } from '../main/services/profile/store.js';
import { renderFirstPage } from './first-page.js';
import { medianMs, printRows, type Row } from './measure.js';
import { benchRegulation } from './regulation.js';

// `npm run bench`: each figure is Yishi's path against a baseline measured in the same run.

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const realdata = resolve(repoRoot, '..', 'shared', 'realdata');
const PASSPHRASE = 'bench-passphrase-清和';
const MATERIAL_BYTES = 50 * 1024 * 1024;

function unwrap<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`bench step failed: ${result.error.code}`);
  return result.value as T;
}

async function benchUnlock(dir: string): Promise<Row> {
  const store = createProfileStore({ dir, idleLockMs: Infinity });
  unwrap(await store.create(PASSPHRASE));
  store.lock('manual');

  const unlockMs = await medianMs(5, async () => {
    unwrap(await store.unlock(PASSPHRASE));
    store.lock('manual');
  });
  store.close();

  // Baseline: the key derivation alone, with the same scrypt parameters.
  const { N, r, p } = DEFAULT_SCRYPT;
  const scryptMs = await medianMs(
    5,
    () =>
      new Promise((done, fail) => {
        scrypt(PASSPHRASE, randomBytes(16), 32, { N, r, p, maxmem: 256 * N * r }, (error, key) =>
          error ? fail(error) : done(key),
        );
      }),
  );

  return {
    name: 'unlock (scrypt N=2^17 + open SQLCipher db)',
    value: unlockMs,
    baseline: scryptMs,
    unit: 'ms',
  };
}

// 50 MB of real law text (the whole 民法典, repeated) so import and open do real work.
function fiftyMegabytesOfLaw(): Uint8Array {
  const law = readFileSync(join(realdata, 'laws', 'minfadian_full.md'));
  const copies = Math.ceil(MATERIAL_BYTES / law.length);
  return new Uint8Array(
    Buffer.concat(Array.from({ length: copies }, () => law)).subarray(0, MATERIAL_BYTES),
  );
}

async function openHost(dir: string): Promise<{ host: ServiceHost; agendaItemId: string }> {
  const host = createServiceHost({
    profileDir: dir,
    demoDir: join(repoRoot, 'demo'),
    transport: 'web',
    appVersion: 'bench',
    idleLockMs: Infinity,
  });
  unwrap(await host.invoke('profile.createDemo', { passphrase: PASSPHRASE }));
  const [meeting] = unwrap<MeetingSummary[]>(await host.invoke('meeting.list', {}));
  const detail = unwrap<MeetingDetail>(
    await host.invoke('meeting.get', { meetingId: meeting?.id }),
  );
  return { host, agendaItemId: detail.agendaItems[0]?.id ?? '' };
}

async function importMaterial(
  host: ServiceHost,
  agendaItemId: string,
  fileName: string,
  bytes: Uint8Array,
) {
  return unwrap<MaterialSummary>(
    await host.invoke('material.import', {
      agendaItemId,
      fileName,
      bytes,
      classification: 'internal',
    }),
  );
}

async function benchRead(host: ServiceHost, agendaItemId: string): Promise<Row> {
  const bytes = fiftyMegabytesOfLaw();
  const material = await importMaterial(host, agendaItemId, 'bench-50mb.md', bytes);
  const megabytes = bytes.length / 1024 / 1024;

  const openMs = await medianMs(3, async () =>
    unwrap(await host.invoke('material.open', { materialId: material.id })),
  );

  // Baseline: AES-256-GCM decryption of the same 50 MB with node:crypto, nothing else.
  const key = randomBytes(32);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(bytes), cipher.final()]);
  const tag = cipher.getAuthTag();
  const gcmMs = await medianMs(3, () => {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed), decipher.final()]);
  });

  console.log(
    `  50 MB read: ${(megabytes / (openMs / 1000)).toFixed(0)} MB/s from the encrypted store, ` +
      `${(megabytes / (gcmMs / 1000)).toFixed(0)} MB/s raw AES-256-GCM`,
  );
  return {
    name: 'open 50 MB material (SQLCipher + SHA-256 check)',
    value: openMs,
    baseline: gcmMs,
    unit: 'ms',
  };
}

async function benchFirstPage(host: ServiceHost, agendaItemId: string): Promise<Row> {
  const path = join(realdata, 'pdfs', 'pdkids.pdf');
  const material = await importMaterial(
    host,
    agendaItemId,
    'pdkids.pdf',
    new Uint8Array(readFileSync(path)),
  );

  await renderFirstPage(new Uint8Array(readFileSync(path))); // warm pdf.js and its fonts

  const storeMs = await medianMs(5, async () => {
    const opened = unwrap<{ bytes: Uint8Array }>(
      await host.invoke('material.open', { materialId: material.id }),
    );
    await renderFirstPage(opened.bytes);
  });
  const plainMs = await medianMs(5, () => renderFirstPage(new Uint8Array(readFileSync(path))));

  return {
    name: 'pdkids.pdf first page: encrypted store vs plain file',
    value: storeMs,
    baseline: plainMs,
    unit: 'ms',
  };
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'yishi-bench-'));
  try {
    console.log('Yishi benchmarks (median of runs; ratio = yishi / baseline, lower is better)');
    const rows: Row[] = [await benchUnlock(join(scratch, 'unlock'))];

    const { host, agendaItemId } = await openHost(join(scratch, 'profile'));
    rows.push(await benchRead(host, agendaItemId));
    rows.push(await benchFirstPage(host, agendaItemId));
    host.close();
    rows.push(await benchRegulation(realdata));

    printRows(rows);
    console.log(`\npeak RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
