import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

// electron-builder.yml, checked with electron-builder's own loader and schema (packaging
// itself needs Electron's runtime, which not every machine has).

const require = createRequire(import.meta.url);

type BuilderConfig = {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  extraResources: Array<{ from: string; to: string }>;
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
};

const { getConfig, validateConfiguration } =
  require('app-builder-lib/out/util/config/config.js') as {
    getConfig(projectDir: string, configPath: string, options: null): Promise<BuilderConfig>;
    validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
  };
const yaml = require('js-yaml') as { load(text: string): unknown };
const silent = { isEnabled: false, add: () => {} };

// The file as written; getConfig normalises some fields (files become filter sets).
const written = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema', async () => {
    const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
    await expect(validateConfiguration(config, silent)).resolves.toBeUndefined();
  });

  it('builds AppImage, deb, NSIS and dmg with the app’s identity', () => {
    const config = written;
    const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { productName: string };

    expect(config.appId).toBe('cn.yishi.desktop');
    // The same name as in development keeps one profile folder (userData) for both.
    expect(config.productName).toBe(packageJson.productName);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('ships the Electron-ABI SQLite build unpacked and the demo as a resource', () => {
    const config = written;

    expect(config.files).toEqual(
      expect.arrayContaining(['dist/**/*', 'dist-electron/**/*', 'package.json']),
    );
    expect(config.files).toContain('native/electron/better_sqlite3.node');
    expect(config.asarUnpack).toEqual(['native/electron/**']);
    expect(config.extraResources).toEqual([{ from: 'demo', to: 'demo', filter: ['**/*'] }]);
    expect(config.npmRebuild).toBe(false);
  });

  it('sets the Electron fuses that close Node-style entry points', () => {
    const config = written;

    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
