#!/usr/bin/env node
// The `yishi` command. The CLI is TypeScript run through tsx, so the package needs no build
// step for scripts and tests.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
