// node:util's parseArgs explains a bad command line in English ("Option '--meeting <value>'
// argument missing"). The clerk reads Chinese first, so the refusal is said again in Chinese,
// with the same short English hint as every other message, and with an example value.

type OptionKinds = Readonly<Record<string, Readonly<{ type: 'string' | 'boolean' }>>>;

export function describeArgsError(
  error: unknown,
  options: OptionKinds,
  examples: Readonly<Record<string, string>>,
): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  // parseArgs quotes the option it stumbled on first: '--meeting <value>', '-x'.
  const option = /'(-{1,2}[^'\s<]+)/.exec(typeof message === 'string' ? message : '')?.[1];

  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `未知选项 ${option ?? ''} (unknown option)`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    const name = option.replace(/^-+/, '');
    if (options[name]?.type === 'boolean') {
      return `${option} 不接受取值 (${option} takes no value)`;
    }
    const example = examples[name] === undefined ? '' : `，例如 ${option} ${examples[name]}`;
    return `${option} 后缺少取值${example} (missing value for ${option})`;
  }
  return '无法识别的参数 (invalid arguments)';
}
