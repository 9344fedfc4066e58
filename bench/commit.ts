import { execFileSync } from 'node:child_process';

/** The commit a benchmark ran on, so printed figures can be compared across runs. */
export function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
