import { toChineseNumeral } from './regulation/index.js';

// The clerk's file of 审议意见 on one draft: one section per article in reading order, the
// article's text quoted, then every comment on it with its author. Written in Chinese, the
// language of the comments and of the committee's own papers.

export type CommentForExport = Readonly<{
  authorName: string;
  // Local time, already formatted ('YYYY-MM-DD HH:mm').
  writtenAt: string;
  paragraph: number | null;
  text: string;
  // Set for a comment written on an earlier version of the text.
  writtenOn: Readonly<{ title: string; version: number; articleNumber: number }> | null;
}>;

export type ArticleSection = Readonly<{
  // '第八条', or '已删除的条文（原第十八条）' for a provision the draft no longer has.
  label: string;
  // The article's text after 第X条, one line per paragraph or item.
  quote: string;
  comments: readonly CommentForExport[];
}>;

export type CommentsExport = Readonly<{
  title: string;
  version: number;
  meetingTitle: string;
  agendaOrdinal: number;
  agendaTitle: string;
  // The text the draft revises, when it has one.
  baseTitle: string | null;
  exportedAt: string;
  sections: readonly ArticleSection[];
}>;

export function renderCommentsMarkdown(file: CommentsExport): string {
  const count = file.sections.reduce((sum, section) => sum + section.comments.length, 0);
  const lines = [
    `# 审议意见汇总：${oneLine(file.title)}（第 ${file.version} 版）`,
    '',
    `- 会议：${oneLine(file.meetingTitle)}`,
    `- 议程：${file.agendaOrdinal} ${oneLine(file.agendaTitle)}`,
  ];
  if (file.baseTitle !== null) lines.push(`- 对照文本：${oneLine(file.baseTitle)}`);
  lines.push(`- 导出时间：${file.exportedAt}`, `- 意见条数：${count}`, '');

  if (count === 0) lines.push('（尚无审议意见）', '');
  for (const section of file.sections) lines.push(...articleSection(section));

  return lines.join('\n');
}

function articleSection(section: ArticleSection): string[] {
  const lines = [`## ${oneLine(section.label)}`, ''];

  // One quoted paragraph per line of the article, so a viewer does not run them together.
  const quoted = section.quote
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  for (const [index, line] of quoted.entries()) {
    if (index > 0) lines.push('>');
    lines.push(`> ${line}`);
  }
  if (quoted.length > 0) lines.push('');

  section.comments.forEach((comment, index) => {
    lines.push(`### 意见 ${index + 1}：${oneLine(comment.authorName)}`, '');
    lines.push(`- 时间：${comment.writtenAt}`);
    if (comment.paragraph !== null) {
      lines.push(`- 针对：第${toChineseNumeral(comment.paragraph)}款`);
    }
    if (comment.writtenOn !== null) {
      const { title, version, articleNumber } = comment.writtenOn;
      const where = `第${toChineseNumeral(articleNumber)}条`;
      lines.push(`- 原提出于：${oneLine(title)}（第 ${version} 版）${where}`);
    }
    lines.push('', ...commentBody(comment.text), '');
  });
  return lines;
}

// A comment is the member's own prose: its lines are kept, but a line that Markdown would
// read as a heading, quote or list marker is escaped so it cannot break the file's outline.
function commentBody(text: string): string[] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.replace(/^(\s*)([#>*+-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'));
}

// Headings and list items are one line; a newline in a title would break the structure.
function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}
