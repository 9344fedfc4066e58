#!/usr/bin/env node
// The `switchboard` command. Our sources are TypeScript; tsx loads them without a build step.
import { register } from 'tsx/esm/api';

// A reader that stops early (`switchboard replay log.jsonl | head -1`) closes the pipe: stop quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

register();
const { main } = await import('../apps/server/src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
