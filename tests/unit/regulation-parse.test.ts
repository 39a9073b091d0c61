import { readdirSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import type { ProvisionNode, Regulation } from '../../core/regulation/model.js';
import { parseRegulation } from '../../core/regulation/parse.js';
import {
  countProvisions,
  indexProvisions,
  listArticles,
  listHeadings,
} from '../../core/regulation/query.js';
import { readRealText, realdataPath } from '../integration/realdata.js';

// The parser on every real law in the shared data, against the counts MANIFEST.md gives.

type ManifestCounts = Readonly<{ articles: number; chapters: number; sections: number }>;

// The `| file | articles | chapters | sections |` table of MANIFEST.md's laws section.
function manifestCounts(): Map<string, ManifestCounts> {
  const counts = new Map<string, ManifestCounts>();
  for (const line of readRealText('MANIFEST.md').split('\n')) {
    const match = /^\| (\S+\.md) \| (\d+) \| (\d+) \| (\d+) \|$/u.exec(line);
    if (match === null) continue;
    const [, file = '', articles, chapters, sections] = match;
    counts.set(file, {
      articles: Number(articles),
      chapters: Number(chapters),
      sections: Number(sections),
    });
  }
  return counts;
}

const law = (name: string): Regulation => parseRegulation(readRealText('laws', name));

function article(regulation: Regulation, number: number): ProvisionNode {
  const found = listArticles(regulation).find((entry) => entry.article.number === number);
  if (found === undefined) throw new Error(`no article ${number}`);
  return found.article;
}

const lawFiles = readdirSync(realdataPath('laws'))
  .filter((name) => name.endsWith('.md'))
  .sort();

describe('parsing the real laws', () => {
  const expected = manifestCounts();

  it('finds a MANIFEST row for each of the 15 law files', () => {
    expect(lawFiles).toHaveLength(15);
    expect([...expected.keys()].sort()).toEqual(lawFiles);
  });

  it.each(lawFiles)('%s has the articles, chapters and sections MANIFEST.md counts', (file) => {
    const counts = countProvisions(law(file));

    expect({
      articles: counts.articles,
      chapters: counts.chapters,
      sections: counts.sections,
    }).toEqual(expected.get(file));
  });

  it.each(lawFiles)('%s numbers its articles 1, 2, 3… in document order', (file) => {
    const numbers = listArticles(law(file)).map((entry) => entry.article.number);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
  });

  it('counts the items MANIFEST.md mentions', () => {
    expect(countProvisions(law('difang_zuzhifa_2022.md')).items).toBe(81);
    expect(countProvisions(law('chongqing_daibiaofa_banfa_2016.md')).items).toBe(44);
    expect(countProvisions(law('npcsc_yishiguize_2009.md')).items).toBe(0);
    expect(countProvisions(law('npcsc_yishiguize_2022.md')).items).toBe(10);
  });
});

describe('the structure of a regulation', () => {
  it('nests 民法典 as 编 › 分编 › 章 › 节, with 分编 written as plain lines', () => {
    const code = law('minfadian_full.md');
    const books = code.tree.children.filter((node) => node.kind === 'book');

    expect(books.map((book) => `${book.label} ${book.heading}`)).toEqual([
      '第一编 总则',
      '第二编 物权',
      '第三编 合同',
      '第四编 人格权',
      '第五编 婚姻家庭',
      '第六编 继承',
      '第七编 侵权责任',
    ]);
    const property = books[1];
    const subbooks = property?.children.filter((node) => node.kind === 'subbook') ?? [];
    expect(subbooks.map((node) => node.heading)).toEqual([
      '通则',
      '所有权',
      '用益物权',
      '担保物权',
      '占有',
    ]);
    expect(subbooks[0]?.children[0]?.label).toBe('第一章');
    expect(subbooks[0]?.children[0]?.heading).toBe('一般规定');

    const last = listArticles(code).at(-1);
    expect(last?.article.label).toBe('第一千二百六十条');
    expect(last?.headings.map((heading) => heading.label)).toEqual(['第七编', '第十章']);
  });

  it('keeps the promulgation block and stray header lines in the preamble', () => {
    const code = law('minfadian_full.md');
    const [preamble] = code.tree.children;

    expect(code.title).toBe('中华人民共和国民法典');
    expect(preamble?.kind).toBe('preamble');
    expect(preamble?.text).toContain('2020年5月28日');
    expect(preamble?.text.split('\n').at(-1)).toBe('会议通过）');
    expect(preamble?.text).not.toContain('INFO END');
  });

  it('reads headings with spaces or U+3000 inside as the same heading', () => {
    const spaced = listHeadings(law('daibiaoFa_2025.md'))[0]; // '## 第一章 总 则'
    const ideographic = listHeadings(law('daibiaoFa_2015.md'))[0]; // '## 第一章', U+3000, '总则'

    expect(spaced?.heading).toBe('总则');
    expect(ideographic?.heading).toBe('总则');
    expect(spaced?.id).toBe(ideographic?.id);
  });

  it('joins a chapter heading that the source wrapped onto two lines', () => {
    const chapters = listHeadings(law('jianduFa_2006.md'));

    expect(chapters[1]?.heading).toBe('听取和审议人民政府、人民法院和人民检察院的专项工作报告');
    expect(chapters[2]?.heading).toBe(
      '审查和批准决算，听取和审议国民经济和社会发展计划、预算的执行情况报告，听取和审议审计工作报告',
    );
  });

  it('splits an article into paragraphs and items with IDs under the article', () => {
    const eight = article(law('lifafa_2015.md'), 8); // 下列事项只能制定法律: （一）…（十一）
    const [intro] = eight.children;

    expect(eight.children).toHaveLength(1);
    expect(intro?.kind).toBe('paragraph');
    expect(intro?.text).toBe('下列事项只能制定法律:');
    expect(intro?.children).toHaveLength(11);
    expect(intro?.children[3]).toMatchObject({
      kind: 'item',
      number: 4,
      label: '（四）',
      text: '犯罪和刑罚；',
      id: `${eight.id}/p1/i4`,
    });
    expect(intro?.children[10]?.label).toBe('（十一）');
  });

  it('makes each further line of an article a paragraph', () => {
    const seven = article(law('lifafa_2015.md'), 7);

    expect(seven.children.map((node) => node.id)).toEqual([
      `${seven.id}/p1`,
      `${seven.id}/p2`,
      `${seven.id}/p3`,
    ]);
    expect(seven.children[1]?.text).toBe(
      '全国人民代表大会制定和修改刑事、民事、国家机构的和其他的基本法律。',
    );
  });

  it('names an article by its text, so the same article keeps its ID when renumbered', () => {
    const before = article(law('lifafa_2015.md'), 10);
    const after = article(law('lifafa_2023.md'), 13);

    expect(before.id).toMatch(/^art-[0-9a-f]{12}$/u);
    expect(after.id).toBe(before.id);
    expect(after.children.map((node) => node.id)).toEqual(before.children.map((node) => node.id));
  });

  it('gives identical articles distinct IDs', () => {
    const text = '第一条 本法自公布之日起施行。\n\n第二条 本法自公布之日起施行。\n';
    const [first, second] = listArticles(parseRegulation(text));

    expect(first?.article.id).toMatch(/^art-[0-9a-f]{12}$/u);
    expect(second?.article.id).toBe(`${first?.article.id}~2`);
  });

  it('gives every node a unique ID', () => {
    const code = law('minfadian_full.md');
    const ids = [...indexProvisions(code).keys()];
    let nodes = 0;
    const count = (node: ProvisionNode): void => {
      nodes += 1;
      node.children.forEach(count);
    };
    count(code.tree);

    expect(ids).toHaveLength(nodes);
  });
});

describe('plain text and Markdown alike', () => {
  it('parses a law without Markdown marks into the same articles', () => {
    const markdown = readRealText('laws', 'lifafa_2015.md');
    const plain = markdown
      .replace(/^#+ /gmu, '')
      .replace(/<!--.*-->/gu, '')
      .replace(/\n/gu, '\r\n');

    const fromMarkdown = law('lifafa_2015.md');
    const fromPlain = parseRegulation(`\uFEFF${plain}`);

    expect(fromPlain.title).toBe('中华人民共和国立法法');
    expect(countProvisions(fromPlain)).toEqual(countProvisions(fromMarkdown));
    expect(listArticles(fromPlain).map((entry) => entry.article.id)).toEqual(
      listArticles(fromMarkdown).map((entry) => entry.article.id),
    );
    expect(listHeadings(fromPlain).map((node) => node.heading)).toEqual(
      listHeadings(fromMarkdown).map((node) => node.heading),
    );
  });

  it('accepts 第X条 followed by U+3000 or by the text itself', () => {
    const text = [
      '某市条例',
      '第一章　总　则',
      '第一条　为了规范立法活动，制定本条例。',
      '第二条本条例适用于本市。',
      '第十条规定的事项，依照有关法律执行。',
      '第三条 本条例自公布之日起施行。',
    ].join('\n');
    const regulation = parseRegulation(text);
    const articles = listArticles(regulation).map((entry) => entry.article);

    expect(articles.map((node) => node.number)).toEqual([1, 2, 3]);
    expect(articles[0]?.children[0]?.text).toBe('为了规范立法活动，制定本条例。');
    expect(articles[1]?.children.map((node) => node.text)).toEqual([
      '本条例适用于本市。',
      '第十条规定的事项，依照有关法律执行。',
    ]);
    expect(listHeadings(regulation)[0]?.heading).toBe('总则');
  });

  it('returns a tree without articles for text that has none', () => {
    const regulation = parseRegulation(readRealText('MANIFEST.md'));
    expect(countProvisions(regulation).articles).toBe(0);
    expect(regulation.title).toBe('Real-world test data');
  });
});
