import type { ParsedCommand } from '../args.js';

// `yishi regulation parse|compare|check …`: works on text files alone, so it needs no
// profile and no passphrase.

export type RegulationCommand =
  | Readonly<{ name: 'regulation'; action: 'parse'; file: string; json: boolean }>
  | Readonly<{
      name: 'regulation';
      action: 'compare';
      oldFile: string;
      newFile: string;
      json: boolean;
    }>
  | Readonly<{
      name: 'regulation';
      action: 'check';
      file: string;
      previousFile: string | undefined;
      json: boolean;
    }>;

const usage = (message: string): ParsedCommand => ({ ok: false, message });

export function parseRegulationCommand(
  rest: readonly string[],
  json: boolean | undefined,
): ParsedCommand {
  const [action, ...files] = rest;
  const asJson = json === true;

  switch (action) {
    case 'parse': {
      const [file] = files;
      if (file === undefined || files.length !== 1) {
        return usage('regulation parse 需要一个文件 (one FILE expected)');
      }
      return { ok: true, command: { name: 'regulation', action, file, json: asJson } };
    }
    case 'compare': {
      const [oldFile, newFile] = files;
      if (oldFile === undefined || newFile === undefined || files.length !== 2) {
        return usage('regulation compare 需要原文本和新文本两个文件 (OLD NEW expected)');
      }
      return { ok: true, command: { name: 'regulation', action, oldFile, newFile, json: asJson } };
    }
    case 'check': {
      const [file, previousFile] = files;
      if (file === undefined || files.length > 2) {
        return usage('regulation check 需要草案文件，可再加上一版文件 (FILE [PREVIOUS])');
      }
      return {
        ok: true,
        command: { name: 'regulation', action, file, previousFile, json: asJson },
      };
    }
    default:
      return usage('regulation 的用法：parse FILE、compare OLD NEW 或 check FILE [PREVIOUS]');
  }
}
