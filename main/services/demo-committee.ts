import type { Classification, Person } from '../../core/api/models.js';

// The demo committee: a fictional city's standing committee with real materials (see
// demo/data/SOURCE.md). The profile belongs to one of its members, whose name the
// watermark shows.

export const demoCommitteeName = '清和市人民代表大会常务委员会';

export const demoPeople: readonly Omit<Person, 'id'>[] = [
  { name: '周文静', role: 'clerk', title: '办公厅秘书处' },
  { name: '陈建国', role: 'chair', title: '主任' },
  { name: '李明华', role: 'member', title: '委员' },
  { name: '王秀英', role: 'member', title: '委员' },
  { name: '张志强', role: 'member', title: '委员' },
  { name: '刘芳', role: 'member', title: '委员' },
  { name: '赵宇航', role: 'member', title: '委员' },
];

export const demoOwnerName = '李明华';

export const demoMeeting = {
  title: '第十七届人大常委会第二十三次会议',
  location: '市人大常委会机关第一会议室',
  // The session is a week after the demo is created, so it shows as the coming one.
  daysAhead: 7,
  startHour: 9,
} as const;

export type DemoMaterial = Readonly<{
  file: string;
  title: string;
  classification: Classification;
  // The demo file of the text this one revises (a draft's 现行法律).
  baseFile?: string;
}>;

export type DemoAgendaItem = Readonly<{ title: string; materials: readonly DemoMaterial[] }>;

export const demoAgenda: readonly DemoAgendaItem[] = [
  {
    title: '监督法修订草案审议',
    materials: [
      { file: 'jianduFa_2006.md', title: '监督法（现行法律）', classification: 'internal' },
      {
        file: 'jianduFa_2024.md',
        title: '监督法（修订草案）',
        classification: 'internal',
        baseFile: 'jianduFa_2006.md',
      },
    ],
  },
  {
    title: '常委会议事规则',
    materials: [
      {
        file: 'chongqing_rendachangweihui_yishiguize_2023.md',
        title: '重庆市人民代表大会常务委员会议事规则（参考）',
        classification: 'public',
      },
    ],
  },
  {
    title: '学习材料',
    materials: [
      {
        file: 'issue19360.pdf',
        title: '坚持社会主义核心价值体系 增强文化自觉和文化自信',
        classification: 'internal',
      },
      { file: 'file_pdfjs_test.pdf', title: '表单与批注示例', classification: 'public' },
    ],
  },
];
