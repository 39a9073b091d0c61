// The member's own notes as a Markdown file they can keep outside Yishi: one section per
// material, one sub-section per page, each note under the passage it refers to. The file
// is written in Chinese because that is the language of the notes and the materials.

export type NoteForExport = Readonly<{
  page: number;
  quote: string;
  note: string;
}>;

export type MaterialNotes = Readonly<{
  title: string;
  version: number;
  // Text materials have no pages worth naming; their notes are listed without page headings.
  paged: boolean;
  meetingTitle: string;
  agendaOrdinal: number;
  agendaTitle: string;
  notes: readonly NoteForExport[];
}>;

export type NotesExport = Readonly<{
  ownerName: string;
  // Local time, already formatted ('YYYY-MM-DD HH:mm').
  exportedAt: string;
  materials: readonly MaterialNotes[];
}>;

export function renderNotesMarkdown(notes: NotesExport): string {
  const count = notes.materials.reduce((sum, material) => sum + material.notes.length, 0);
  const lines = [
    '# 我的批注',
    '',
    `- 导出人：${oneLine(notes.ownerName)}`,
    `- 导出时间：${notes.exportedAt}`,
    `- 批注条数：${count}`,
    '',
  ];

  if (count === 0) lines.push('（尚无批注）', '');
  for (const material of notes.materials) lines.push(...materialSection(material));

  return lines.join('\n');
}

function materialSection(material: MaterialNotes): string[] {
  const agenda = `议程 ${material.agendaOrdinal} ${oneLine(material.agendaTitle)}`;
  const lines = [
    `## ${oneLine(material.title)}（第 ${material.version} 版）`,
    '',
    `${oneLine(material.meetingTitle)} · ${agenda}`,
    '',
  ];

  let page: number | undefined;
  for (const note of material.notes) {
    if (material.paged && note.page !== page) {
      page = note.page;
      lines.push(`### 第 ${page} 页`, '');
    }
    lines.push(...noteBlock(note));
  }
  return lines;
}

function noteBlock(note: NoteForExport): string[] {
  const lines: string[] = [];
  if (note.quote.trim() !== '') {
    lines.push(
      ...note.quote
        .trim()
        .split(/\r?\n/)
        .map((line) => (line ? `> ${line}` : '>')),
      '',
    );
  }
  if (note.note.trim() !== '') lines.push(note.note.trim(), '');
  if (lines.length === 0) lines.push('（无文字的标记）', '');
  return lines;
}

// Headings and list items are one line; a newline in a title would break the structure.
function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

const FORBIDDEN_IN_FILE_NAMES = '\\/:*?"<>|';

/** A file name that every desktop file system accepts. */
export function safeFileName(stem: string, extension: string): string {
  const cleaned = [...stem]
    .map((char) =>
      char.charCodeAt(0) < 0x20 || FORBIDDEN_IN_FILE_NAMES.includes(char) ? '_' : char,
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${cleaned || 'notes'}.${extension}`;
}
