import type { Person } from '../../core/api/models.js';
import { listArticles, parseRegulation } from '../../core/regulation/index.js';

// 审议意见 the demo committee's members have already written, so that the comment list,
// the carry-over to the draft and the clerk's summary show real content. Those on the
// current law (2006) were written while the revision was prepared; the draft (2024) then
// renumbers 第四条 to 第八条 and 第三十六条 to 第五十二条, changes 第九条 and deletes
// 第十八条, so every way a comment can travel is on show.
//
// Limitation: until the hub exists, other members' comments reach a profile only as demo
// data; a real profile holds the comments written in it.

export type DemoComment = Readonly<{
  file: string;
  articleNumber: number;
  paragraph: number | null;
  authorName: string;
  // How long before the demo was created the comment was written.
  hoursAgo: number;
  text: string;
}>;

export const demoComments: readonly DemoComment[] = [
  {
    file: 'jianduFa_2006.md',
    articleNumber: 4,
    paragraph: null,
    authorName: '王秀英',
    hoursAgo: 96,
    text:
      '本条规定常委会集体行使监督职权，实践中执行得比较好，建议修订时保留原文。' +
      '同时建议在修订说明中强调，组成人员个人不直接处理具体问题，避免以个人名义代替集体监督。',
  },
  {
    file: 'jianduFa_2006.md',
    articleNumber: 9,
    paragraph: 2,
    authorName: '刘芳',
    hoursAgo: 95,
    text:
      '本款只规定人民政府、人民法院和人民检察院可以要求报告专项工作。监察体制改革后，' +
      '建议将监察委员会一并写入，与宪法和监察法的规定相衔接。',
  },
  {
    file: 'jianduFa_2006.md',
    articleNumber: 18,
    paragraph: null,
    authorName: '张志强',
    hoursAgo: 94,
    text:
      '本条列举的重点审查内容偏重收支平衡，对政府债务管理和预算绩效涉及不多。' +
      '建议增加对政府债务、预算绩效和审计查出问题整改情况的审查，并与预算法的规定衔接。',
  },
  {
    file: 'jianduFa_2006.md',
    articleNumber: 36,
    paragraph: 2,
    authorName: '赵宇航',
    hoursAgo: 90,
    text:
      '质询是刚性的监督方式，但现行规定对书面答复没有期限要求。' +
      '建议明确受质询机关书面答复的期限，逾期未答复的，由主任会议督促。',
  },
  {
    file: 'jianduFa_2024.md',
    articleNumber: 12,
    paragraph: 3,
    authorName: '王秀英',
    hoursAgo: 30,
    text:
      '第三款新增听取环境状况和环境保护目标完成情况报告，赞成。' +
      '建议明确每年至少报告一次，并规定报告的主要内容，便于常委会统筹安排议题。',
  },
  {
    file: 'jianduFa_2024.md',
    articleNumber: 29,
    paragraph: 2,
    authorName: '刘芳',
    hoursAgo: 28,
    text:
      '“必要时，常务委员会可以组织开展跟踪监督”的表述较为原则。' +
      '建议对跟踪监督的启动条件、方式和结果运用作出具体规定，增强可操作性。',
  },
  {
    file: 'jianduFa_2024.md',
    articleNumber: 52,
    paragraph: null,
    authorName: '陈建国',
    hoursAgo: 26,
    text:
      '建议增加规定：受质询机关的主要负责人应当到会答复；因特殊情况不能到会的，' +
      '应当书面说明理由，并由其他负责人到会答复。',
  },
];

export type PlannedComment = Readonly<{
  file: string;
  personId: string;
  provisionId: string;
  articleNumber: number;
  paragraph: number | null;
  hoursAgo: number;
  text: string;
}>;

/**
 * Finds each demo comment's provision in its parsed text and its author among the demo
 * people. Both are fixed demo data: a comment that finds neither is a bug, not a state.
 */
export function planDemoComments(
  texts: ReadonlyMap<string, string>,
  people: readonly Person[],
): PlannedComment[] {
  const articlesByFile = new Map(
    [...texts].map(([file, text]) => [file, listArticles(parseRegulation(text))] as const),
  );

  return demoComments.map((comment) => {
    const author = people.find((person) => person.name === comment.authorName);
    const entry = articlesByFile
      .get(comment.file)
      ?.find(({ article }) => article.number === comment.articleNumber);
    const provision =
      comment.paragraph === null
        ? entry?.article
        : entry?.article.children.find(
            (child) => child.kind === 'paragraph' && child.number === comment.paragraph,
          );
    if (author === undefined || provision === undefined) {
      throw new Error(`demo comment on ${comment.file} ${comment.articleNumber} has no anchor`);
    }

    return {
      file: comment.file,
      personId: author.id,
      provisionId: provision.id,
      articleNumber: comment.articleNumber,
      paragraph: comment.paragraph,
      hoursAgo: comment.hoursAgo,
      text: comment.text,
    };
  });
}
