import type { CliCommand } from '../args.js';
import { openCliHost, refuse, unlockProfile } from '../cli-host.js';
import { exitCodes, type ExitCode } from '../exit-codes.js';
import { printError, printLine } from '../output.js';

type MeetingsCommand = Extract<CliCommand, { name: 'meetings' }>;

// One meeting per line, 'id<TAB>startsAt<TAB>title', so a script can `cut -f1`.
export async function runMeetings(command: MeetingsCommand): Promise<ExitCode> {
  const cli = openCliHost(command.profile);
  try {
    const session = await unlockProfile(cli, command.passphraseFile);
    if (!session.ok) return session.error;

    const meetings = await cli.call('meeting.list', {});
    if (!meetings.ok) return refuse(meetings.error);

    if (meetings.value.length === 0) printError('档案中还没有会议 (no meetings)');
    for (const meeting of meetings.value) {
      printLine(`${meeting.id}\t${meeting.startsAt}\t${meeting.title}`);
    }
    return exitCodes.ok;
  } finally {
    cli.close();
  }
}
