// Times a person reads (the watermark's 'opened at', export headers) are local wall-clock
// time to the minute; stored timestamps stay ISO 8601 in UTC.

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** 'YYYY-MM-DD HH:mm' in the machine's local time zone. */
export function formatLocalMinute(date: Date): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** 'YYYYMMDD' in local time, for file names. */
export function formatLocalDay(date: Date): string {
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
}
