import { demoAgenda } from '../../../main/services/demo-committee.js';

// What the tests look for in the demo committee's materials (demo/data). Every phrase here is
// checked against its source before it is used, so a changed file fails loudly instead of
// making a search or a scan pass for nothing.

export type DemoMaterialRef = Readonly<{ fileName: string; title: string }>;

export function demoMaterial(fileName: string): DemoMaterialRef {
  for (const item of demoAgenda) {
    const material = item.materials.find((candidate) => candidate.file === fileName);
    if (material) return { fileName, title: material.title };
  }
  throw new Error(`${fileName} is not on the demo agenda`);
}

// issue19360.pdf: a one-page Chinese PDF (InDesign, embedded CJK font with a ToUnicode map).
export const readerPdf = demoMaterial('issue19360.pdf');
export const findPhrase = '核心价值体系';
export const highlightPhrase = '增强文化自觉';

// The revised draft of the Supervision Law, a Markdown text the reader lays out itself.
export const readerLawText = demoMaterial('jianduFa_2024.md');
export const lawFindPhrase = '专题询问';

// Distinctive sentences of each law text, for the at-rest scan.
export const lawPhrases: readonly Readonly<{ fileName: string; phrase: string }>[] = [
  { fileName: 'jianduFa_2006.md', phrase: '应当围绕国家工作大局，以经济建设为中心' },
  { fileName: 'jianduFa_2024.md', phrase: '坚持好、完善好、运行好人民代表大会制度' },
  { fileName: 'chongqing_rendachangweihui_yishiguize_2023.md', phrase: '提高会议质量和议事效率' },
  { fileName: 'chongqing_rendachangweihui_yishiguize_2023.md', phrase: '会议纪要由秘书长签发' },
];

// A note no material contains, unique to the run, so finding it anywhere means it leaked.
export function uniqueNote(): string {
  const stamp = Date.now().toString(36).toUpperCase();
  return `审议意见：第三项需与监督法第四十七条衔接（核对号 ${stamp}）`;
}
