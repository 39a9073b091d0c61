import { compareRegulations } from '../../core/regulation/compare.js';
import { checkReferences } from '../../core/regulation/references.js';
import { exitCodes, type ExitCode } from '../exit-codes.js';
import { printError, printLine } from '../output.js';
import type { RegulationCommand } from './regulation-args.js';
import {
  checkJson,
  checkSummary,
  compareJson,
  compareSummary,
  parseJson,
  parseSummary,
} from './regulation-format.js';
import { readRegulation, type ReadRegulation } from './regulation-read.js';

// `yishi regulation parse|compare|check`: the regulation core on files, for auditors and
// tests. A file that cannot be used is refused with exit code 4.

export async function runRegulation(command: RegulationCommand): Promise<ExitCode> {
  switch (command.action) {
    case 'parse': {
      const read = await readRegulation(command.file);
      if (!read.ok) return refuse(read);
      print(command.json ? [parseJson(read.regulation)] : parseSummary(read.regulation));
      return exitCodes.ok;
    }
    case 'compare': {
      const before = await readRegulation(command.oldFile);
      if (!before.ok) return refuse(before);
      const after = await readRegulation(command.newFile);
      if (!after.ok) return refuse(after);

      const comparison = compareRegulations(before.regulation, after.regulation);
      print(
        command.json
          ? [compareJson(comparison)]
          : compareSummary(before.regulation, after.regulation, comparison),
      );
      return exitCodes.ok;
    }
    case 'check': {
      const draft = await readRegulation(command.file);
      if (!draft.ok) return refuse(draft);
      let previous: ReadRegulation | undefined;
      if (command.previousFile !== undefined) {
        previous = await readRegulation(command.previousFile);
        if (!previous.ok) return refuse(previous);
      }

      const revision =
        previous?.ok === true
          ? {
              previous: previous.regulation,
              comparison: compareRegulations(previous.regulation, draft.regulation),
            }
          : undefined;
      const warnings = checkReferences(draft.regulation, revision);
      print(command.json ? [checkJson(warnings)] : checkSummary(warnings));
      return exitCodes.ok;
    }
  }
}

function refuse(read: Extract<ReadRegulation, { ok: false }>): ExitCode {
  printError(read.message);
  return exitCodes.refused;
}

function print(lines: readonly string[]): void {
  for (const line of lines) printLine(line);
}
