import { resolve } from 'node:path';

import type { CliCommand } from '../args.js';
import { openCliHost, refuse } from '../cli-host.js';
import { exitCodes, type ExitCode } from '../exit-codes.js';
import { printError, printLine } from '../output.js';
import { readPassphrase } from '../passphrase.js';

type DemoCommand = Extract<CliCommand, { name: 'demo' }>;

export async function runDemo(command: DemoCommand): Promise<ExitCode> {
  const cli = openCliHost(command.profile);
  try {
    const info = await cli.call('app.info', {});
    if (info.ok && info.value.profileExists) return refuse({ code: 'profile.exists' });

    const passphrase = await readPassphrase({ file: command.passphraseFile, confirm: true });
    if (!passphrase.ok) {
      printError(passphrase.message);
      return passphrase.exitCode;
    }

    const session = await cli.call('profile.createDemo', { passphrase: passphrase.passphrase });
    if (!session.ok) return refuse(session.error);

    const { committee, user } = session.value;
    printLine(`已创建演示档案 (demo profile created)：${resolve(command.profile)}`);
    printLine(`${committee}，档案所有人：${user.name}（${user.title}）`);

    const meetings = await cli.call('meeting.list', {});
    if (!meetings.ok) return refuse(meetings.error);
    for (const meeting of meetings.value) printLine(`会议 ${meeting.id}  ${meeting.title}`);
    return exitCodes.ok;
  } finally {
    cli.close();
  }
}
