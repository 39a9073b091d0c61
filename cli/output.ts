// The CLI's only way to talk: plain lines on stdout (results a script may parse) and
// stderr (messages for the person at the terminal).

export function printLine(text: string): void {
  process.stdout.write(`${text}\n`);
}

export function printError(text: string): void {
  process.stderr.write(`${text}\n`);
}
