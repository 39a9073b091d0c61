// `npm start`: the desktop app where Electron's runtime is installed; otherwise says what is
// missing and how to supply it, then serves the same app to a browser on 127.0.0.1 with the
// demo profile (.profiles/demo, or the folder in YISHI_PROFILE) and prints its address.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { buildElectron, buildRenderer, repoRoot } from './build.mjs';
import { electronExecutable, howToSupplyElectron } from './electron-runtime.mjs';

function run(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', env });
  // Ctrl+C reaches the child through the terminal; a SIGTERM sent to this script is passed on
  // so the child can lock the profile before it exits.
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  process.on('SIGINT', () => {});
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function nativeModuleReady() {
  const build = spawnSync(
    process.execPath,
    [join(repoRoot, 'scripts', 'build-native-electron.mjs')],
    {
      cwd: repoRoot,
      stdio: 'inherit',
    },
  );
  return build.status === 0;
}

async function startDesktop(executable) {
  await buildRenderer();
  await buildElectron();

  // A variable that would turn Electron into plain Node must not leak in from the shell.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;

  if (process.getuid?.() === 0) {
    console.warn(
      '以 root 运行时 Chromium 会拒绝启动沙箱 / ' +
        'Chromium refuses to run as root with its sandbox.',
    );
  }
  run(executable, ['.', ...process.argv.slice(2)], env);
}

async function startBrowserShell() {
  await buildRenderer();

  const profile = process.env.YISHI_PROFILE || join(repoRoot, '.profiles', 'demo');
  console.log(`浏览器外壳使用档案 / the browser shell uses the profile: ${profile}`);
  run(process.execPath, [
    join(repoRoot, 'bin', 'yishi.mjs'),
    'web',
    '--profile',
    profile,
    ...process.argv.slice(2),
  ]);
}

async function main() {
  const executable = electronExecutable();

  if (executable === null) {
    console.warn(howToSupplyElectron('not installed'));
    console.warn('\n改为启动浏览器外壳 / starting the browser shell instead.\n');
    return startBrowserShell();
  }

  if (!nativeModuleReady()) {
    console.warn('\n改为启动浏览器外壳 / starting the browser shell instead.\n');
    return startBrowserShell();
  }

  return startDesktop(executable);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
