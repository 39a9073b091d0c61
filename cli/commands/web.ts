import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { startWebShell } from '../../main/web/server.js';
import type { CliCommand } from '../args.js';
import { openCliHost } from '../cli-host.js';
import { exitCodes, type ExitCode } from '../exit-codes.js';
import { printError, printLine } from '../output.js';
import { rendererDir } from '../paths.js';

type WebCommand = Extract<CliCommand, { name: 'web' }>;

// The browser shell on 127.0.0.1. The member unlocks in the page, so no passphrase is read
// here. Runs until SIGINT or SIGTERM, then locks the profile and stops.
export async function runWeb(command: WebCommand): Promise<ExitCode> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    printError(
      `找不到界面文件 ${rendererDir}，请先运行 npm run build:renderer (renderer not built)`,
    );
    return exitCodes.internal;
  }

  const cli = openCliHost(command.profile);
  let shell: Awaited<ReturnType<typeof startWebShell>>;
  try {
    shell = await startWebShell({ host: cli.host, rendererDir, port: command.port });
  } catch (error) {
    cli.close();
    const inUse = (error as { code?: string }).code === 'EADDRINUSE';
    printError(inUse ? `端口 ${command.port} 已被占用 (port in use)` : '无法启动浏览器界面');
    return exitCodes.internal;
  }

  printLine(shell.url);
  printError('议事浏览器界面已启动，请在浏览器中打开上面的地址；按 Ctrl+C 停止。');

  await stopSignal();
  await shell.close();
  cli.close();
  printError('已停止，档案已锁定 (stopped, profile locked)');
  return exitCodes.ok;
}

function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
