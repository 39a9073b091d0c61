import { readFile } from 'node:fs/promises';

import type { Regulation } from '../../core/regulation/model.js';
import { parseRegulation } from '../../core/regulation/parse.js';
import { countProvisions } from '../../core/regulation/query.js';

// Reads a regulation from a file for the CLI, or says in Chinese why it cannot.

export type ReadRegulation =
  Readonly<{ ok: true; regulation: Regulation }> | Readonly<{ ok: false; message: string }>;

export async function readRegulation(file: string): Promise<ReadRegulation> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, message: unreadable(file, (error as NodeJS.ErrnoException).code) };
  }

  if (new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-') {
    return {
      ok: false,
      message: `${file}：这是 PDF 文件，请提供 UTF-8 文本或 Markdown (PDF given)`,
    };
  }

  let text: string;
  try {
    // fatal: a GBK file must be refused, not parsed into replacement characters.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `${file}：文本不是 UTF-8 编码，请先另存为 UTF-8 (not UTF-8)` };
  }

  const regulation = parseRegulation(text);
  if (countProvisions(regulation).articles === 0) {
    return {
      ok: false,
      message: `${file}：没有找到任何条文（以“第一条”等开头的行）(no articles found)`,
    };
  }
  return { ok: true, regulation };
}

function unreadable(file: string, code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return `找不到文件 ${file} (no such file)`;
    case 'EISDIR':
      return `${file} 是文件夹，不是文件 (is a directory)`;
    case 'EACCES':
    case 'EPERM':
      return `没有读取 ${file} 的权限 (permission denied)`;
    default:
      return `无法读取文件 ${file} (cannot read)`;
  }
}
