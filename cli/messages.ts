import type { AppError, ErrorCode } from '../core/result.js';
import type { PdfBrokenReason } from '../main/services/materials/pdf-check.js';

// What the CLI tells a clerk when a call is refused: Chinese first, with a short English
// hint for the administrator who reads the same terminal.

type Details = AppError['details'];
type Message = (details: Details) => string;

const seconds = (details: Details) => Math.ceil(Number(details?.['retryAfterMs'] ?? 0) / 1000);
const megabytes = (bytes: unknown) => (Number(bytes ?? 0) / (1024 * 1024)).toFixed(0);

const pdfReasons: Readonly<Record<PdfBrokenReason, string>> = {
  invalidStructure: '文件结构无效',
  unreadable: '无法解析',
  noPages: '没有页面',
  pageUnreadable: '有页面无法解析',
  timeout: '解析超时',
  tooComplex: '解析所需内存超出上限',
};

const readOnlyParts: Readonly<Record<string, string>> = {
  folder: '文件夹',
  keyFile: '密钥文件（profile.json）',
  database: '数据库（yishi.db）',
};

const detectedNames: Readonly<Record<string, string>> = {
  pdf: 'PDF',
  text: '文本',
  zip: 'ZIP 压缩包（如 Word .docx）',
  ole: '旧版 Office 文档',
  png: 'PNG 图片',
  jpeg: 'JPEG 图片',
  binary: '二进制数据',
};

const messages: Readonly<Record<ErrorCode, Message>> = {
  'input.invalid': () => '输入不符合要求 (invalid input)',
  'ipc.unknownMethod': () => '内部错误：未知的调用 (unknown method)',
  'ipc.foreignSender': () => '内部错误：调用来源不明 (foreign sender)',
  'profile.notFound': () =>
    '该目录下没有议事档案，可先运行 yishi demo 创建 (no profile in this folder)',
  'profile.exists': () => '该目录下已有档案，未作任何改动 (a profile already exists here)',
  'profile.locked': () => '档案已锁定，请重新解锁 (profile is locked)',
  'profile.wrongPassphrase': () => '口令不正确 (wrong passphrase)',
  'profile.throttled': (details) =>
    `口令错误次数过多，请在 ${seconds(details)} 秒后再试 (too many wrong passphrases)`,
  'profile.newerDatabase': () =>
    '档案由更新版本的议事创建，请先升级本程序 (profile written by a newer Yishi)',
  'profile.corrupt': (details) =>
    `档案已损坏或不完整${details?.['part'] ? `（${String(details['part'])}）` : ''}，` +
    '请联系办公厅 (profile is damaged)',
  'profile.readOnly': (details) =>
    `档案${readOnlyParts[String(details?.['part'])] ?? ''}只能读取、不能写入，` +
    '请检查权限或磁盘是否只读 (profile is read-only)',
  'profile.weakPassphrase': () => '口令太短，请至少使用 8 个字符 (passphrase too short)',
  'meeting.notFound': () => '找不到该会议，可用 yishi meetings 查看会议编号 (no such meeting)',
  'agendaItem.notFound': () => '找不到该议程项 (no such agenda item)',
  'material.notFound': () => '找不到该材料 (no such material)',
  'material.empty': () => '文件为空 (empty file)',
  'material.duplicate': (details) =>
    `本次会议已有内容相同的材料“${String(details?.['title'] ?? '')}”，未重复导入 (duplicate)`,
  'material.typeMismatch': (details) =>
    `文件内容与扩展名不符：扩展名为 .${String(details?.['extension'] ?? '')}，` +
    `内容却是${detectedNames[String(details?.['detected'])] ?? '未知格式'}` +
    ' (content does not match the name)',
  'material.unsupportedType': (details) =>
    `不支持的文件类型 .${String(details?.['extension'] ?? '')}：` +
    '只能导入 PDF、Markdown (.md) 或纯文本 (.txt) (unsupported file type)',
  'material.tooLarge': (details) =>
    `文件过大（${megabytes(details?.['size'])} MB），上限为 ` +
    `${megabytes(details?.['limit'])} MB (file too large)`,
  'material.pdfBroken': (details) =>
    `PDF 文件已损坏，无法打开：${pdfReasons[details?.['reason'] as PdfBrokenReason] ?? '未知原因'}` +
    `${details?.['page'] ? `（第 ${String(details['page'])} 页）` : ''} (broken PDF)`,
  'material.pdfWrongPassword': () => 'PDF 密码不正确 (wrong PDF password)',
  'material.textEncoding': () => '文本不是 UTF-8 编码，请先另存为 UTF-8 再导入 (text is not UTF-8)',
  'annotation.notFound': () => '找不到该批注 (no such annotation)',
  'disk.full': () => '磁盘已满，未写入任何内容 (disk full)',
  internal: () => '内部错误，请联系技术支持 (internal error)',
};

export function describeError(error: AppError): string {
  return messages[error.code](error.details);
}
