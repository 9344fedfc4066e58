// Typechecks every project in turn. The pure packages compile twice: their sources without Node or
// DOM types (so a Buffer, timer or process fails to compile), their tests with Node types.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const projects = [
  'packages/domain/tsconfig.json',
  'packages/domain/tsconfig.test.json',
  'packages/telephony/tsconfig.json',
  'packages/telephony/tsconfig.test.json',
  'packages/protocol/tsconfig.json',
  'packages/protocol/tsconfig.test.json',
  'apps/server/tsconfig.json',
  'apps/web/tsconfig.json',
  'tsconfig.tools.json',
];
let failed = 0;
for (const project of projects.filter((p) => existsSync(p))) {
  const run = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
  console.log(`typecheck ${project}: ${run.status === 0 ? 'ok' : 'FAILED'}`);
}
process.exit(failed === 0 ? 0 : 1);
