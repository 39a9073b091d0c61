import { describe, expect, it } from 'vitest';

import {
  detectMaterialType,
  fileExtension,
  MAX_MATERIAL_BYTES,
  titleFromFileName,
} from '../../core/material-type.js';
import { readRealBytes, readRealText } from '../integration/realdata.js';

// '全世界无产者' in GBK, the bytes SimFang-variant.pdf stores (MANIFEST.md shows them as the
// mojibake 'È« ÊÀ ½ç ÎÞ ²ú Õß'): what a clerk's older Windows tools still write.
const GBK_TEXT = new Uint8Array([
  0xc8, 0xab, 0xca, 0xc0, 0xbd, 0xe7, 0xce, 0xde, 0xb2, 0xfa, 0xd5, 0xdf,
]);

function errorOf(result: ReturnType<typeof detectMaterialType>) {
  if (result.ok) throw new Error(`expected a refusal, got kind ${result.value.kind}`);
  return result.error;
}

describe('material type detection', () => {
  it('recognises a real PDF by its bytes', () => {
    const result = detectMaterialType('issue19360.pdf', readRealBytes('pdfs', 'issue19360.pdf'));
    expect(result).toEqual({ ok: true, value: { kind: 'pdf' } });
  });

  it('accepts a PDF that carries no extension at all', () => {
    const result = detectMaterialType('会议材料', readRealBytes('pdfs', 'rotation.pdf'));
    expect(result).toEqual({ ok: true, value: { kind: 'pdf' } });
  });

  it('decodes a real law text as strict UTF-8', () => {
    const result = detectMaterialType(
      'jianduFa_2024.md',
      readRealBytes('laws', 'jianduFa_2024.md'),
    );
    expect(result.ok && result.value.kind === 'text' && result.value.text).toBe(
      readRealText('laws', 'jianduFa_2024.md'),
    );
  });

  it('drops a UTF-8 byte-order mark from the text', () => {
    const law = readRealBytes('laws', 'npcsc_yishiguize_2009.md');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...law]);

    const result = detectMaterialType('议事规则.txt', withBom);
    if (!result.ok || result.value.kind !== 'text') throw new Error('expected text');
    expect(result.value.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(result.value.text).toBe(readRealText('laws', 'npcsc_yishiguize_2009.md'));
  });

  it('refuses an empty file and a file of only blanks', () => {
    expect(errorOf(detectMaterialType('空白.md', new Uint8Array())).code).toBe('material.empty');
    const blanks = new TextEncoder().encode(' \n\u3000\n\t');
    expect(errorOf(detectMaterialType('空白.txt', blanks)).code).toBe('material.empty');
  });

  it('refuses PDF bytes named as Markdown', () => {
    const error = errorOf(detectMaterialType('草案.md', readRealBytes('pdfs', 'pdkids.pdf')));
    expect(error).toMatchObject({
      code: 'material.typeMismatch',
      details: { extension: 'md', detected: 'pdf' },
    });
  });

  it('refuses a text named as a PDF', () => {
    const error = errorOf(
      detectMaterialType('监督法.pdf', readRealBytes('laws', 'jianduFa_2006.md')),
    );
    expect(error).toMatchObject({
      code: 'material.typeMismatch',
      details: { extension: 'pdf', detected: 'text' },
    });
  });

  it('refuses PDF bytes under any other extension', () => {
    const error = errorOf(detectMaterialType('报告.docx', readRealBytes('pdfs', 'rotation.pdf')));
    expect(error).toMatchObject({ code: 'material.typeMismatch', details: { detected: 'pdf' } });
  });

  it('refuses a GBK text with the encoding reason instead of importing mojibake', () => {
    const error = errorOf(detectMaterialType('通知.txt', GBK_TEXT));
    expect(error.code).toBe('material.textEncoding');
  });

  it('refuses UTF-16 text and names the encoding', () => {
    const law = readRealText('laws', 'jianduFa_2006.md');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(law, 'utf16le')]);
    const error = errorOf(detectMaterialType('监督法.txt', utf16));
    expect(error).toMatchObject({ code: 'material.textEncoding', details: { encoding: 'utf-16' } });
  });

  it('refuses a text file that contains NUL bytes as not being text', () => {
    const law = readRealBytes('laws', 'jianduFa_2006.md');
    law[100] = 0;
    expect(errorOf(detectMaterialType('监督法.md', law)).code).toBe('material.typeMismatch');
  });

  it('refuses other types, whatever they contain', () => {
    const error = errorOf(
      detectMaterialType('监督法.html', readRealBytes('laws', 'jianduFa_2006.md')),
    );
    expect(error).toMatchObject({
      code: 'material.unsupportedType',
      details: { extension: 'html' },
    });
  });

  it('refuses a file over the size limit before looking at its content', () => {
    const huge = new Uint8Array(MAX_MATERIAL_BYTES + 1);
    expect(errorOf(detectMaterialType('扫描件.pdf', huge)).code).toBe('material.tooLarge');
  });

  it('derives extension and default title from the file name', () => {
    expect(fileExtension('C:\\材料\\监督法.MD')).toBe('md');
    expect(fileExtension('.hidden')).toBe('');
    expect(titleFromFileName('/tmp/监督法（修订草案）.pdf')).toBe('监督法（修订草案）');
  });
});
