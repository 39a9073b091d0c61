import { logToStderr, setLogLevel } from '../main/services/logger.js';
import { parseCommand, type CliCommand } from './args.js';
import { runDemo } from './commands/demo.js';
import { runImport } from './commands/import.js';
import { runMeetings } from './commands/meetings.js';
import { runRegulation } from './commands/regulation.js';
import { runTrace } from './commands/trace.js';
import { runWeb } from './commands/web.js';
import { exitCodes, type ExitCode } from './exit-codes.js';
import { helpText } from './help.js';
import { printError, printLine } from './output.js';

// `yishi`: entry point, started by bin/yishi.mjs.

async function run(command: CliCommand): Promise<ExitCode> {
  switch (command.name) {
    case 'help':
      printLine(helpText);
      return exitCodes.ok;
    case 'demo':
      return runDemo(command);
    case 'import':
      return runImport(command);
    case 'meetings':
      return runMeetings(command);
    case 'trace':
      return runTrace(command);
    case 'web':
      return runWeb(command);
    case 'regulation':
      return runRegulation(command);
  }
}

async function main(argv: readonly string[]): Promise<ExitCode> {
  const parsed = parseCommand(argv);
  if (!parsed.ok) {
    printError(`用法错误 (usage)：${parsed.message}`);
    printError('运行 yishi --help 查看用法');
    return exitCodes.usage;
  }

  // Log lines go to stderr, beside the messages. One-shot commands already say what went
  // wrong in Chinese, so only errors are logged; the web shell also reports what it does.
  logToStderr();
  setLogLevel(parsed.command.name === 'web' ? 'info' : 'error');

  try {
    return await run(parsed.command);
  } catch {
    printError('内部错误，请联系技术支持 (internal error)');
    return exitCodes.internal;
  }
}

process.exitCode = await main(process.argv.slice(2));
