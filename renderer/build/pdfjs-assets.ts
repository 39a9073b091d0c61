import type { Plugin } from 'vite';

// pdf.js fetches its CMaps, standard fonts, wasm decoders and ICC profiles at run time.
// Chinese PDFs with non-embedded fonts and JBIG2/JPX scans need them offline, so the build
// copies them next to the app under pdfjs/ (same origin, allowed by connect-src 'self').
// Rolldown's plugin file system (this.fs) keeps Node built-ins out of renderer/.
export const pdfjsAssetFolders = ['cmaps', 'standard_fonts', 'wasm', 'iccs'] as const;

type PluginFs = Readonly<{
  readdir(path: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ isDirectory(): boolean }>;
}>;

export function pdfjsAssets(): Plugin {
  return {
    name: 'yishi-pdfjs-assets',
    apply: 'build',
    async generateBundle() {
      const resolved = await this.resolve('pdfjs-dist/package.json');
      if (!resolved) this.error('pdfjs-dist is not installed');

      const pdfjsRoot = resolved.id.slice(0, -'package.json'.length);

      for (const folder of pdfjsAssetFolders) {
        for (const file of await listFiles(this.fs, pdfjsRoot + folder)) {
          this.emitFile({
            type: 'asset',
            fileName: `pdfjs/${folder}/${file.relative}`,
            source: await this.fs.readFile(file.absolute),
          });
        }
      }
    },
  };
}

type ListedFile = Readonly<{ absolute: string; relative: string }>;

async function listFiles(fs: PluginFs, folder: string, prefix = ''): Promise<ListedFile[]> {
  const listed: ListedFile[] = [];

  for (const name of await fs.readdir(folder)) {
    const absolute = `${folder}/${name}`;
    const relative = prefix + name;

    if ((await fs.stat(absolute)).isDirectory()) {
      listed.push(...(await listFiles(fs, absolute, `${relative}/`)));
    } else {
      listed.push({ absolute, relative });
    }
  }

  return listed;
}
