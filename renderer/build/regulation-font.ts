import type { Plugin } from 'vite';

import { regulationFontFile, regulationFontLicenceFile } from '../regulation/pdf/font-file.js';

// The printable 条文对照表 embeds Noto Sans SC (SIL OFL 1.1) in the PDFs it makes. The
// build copies the TTF and its licence next to the app under fonts/ (same origin, fetched
// at run time under connect-src 'self') instead of inlining ten megabytes into a script.

const fontPackage = '@expo-google-fonts/noto-sans-sc';
const sources = [
  { from: '400Regular/NotoSansSC_400Regular.ttf', to: regulationFontFile },
  { from: 'LICENSE_FONT', to: regulationFontLicenceFile },
] as const;

export function regulationFont(): Plugin {
  return {
    name: 'yishi-regulation-font',
    apply: 'build',
    async generateBundle() {
      const resolved = await this.resolve(`${fontPackage}/package.json`);
      if (!resolved) this.error(`${fontPackage} is not installed`);

      const packageRoot = resolved.id.slice(0, -'package.json'.length);
      for (const source of sources) {
        this.emitFile({
          type: 'asset',
          fileName: source.to,
          source: await this.fs.readFile(packageRoot + source.from),
        });
      }
    },
  };
}
