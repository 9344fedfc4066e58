import { describe, expect, it } from 'vitest';
import { collectFlags, LOAD_FLAGS, NumberFlags, readLoad } from './args';

const spec = { ...LOAD_FLAGS, agents: { type: 'string' }, verbose: { type: 'boolean' } } as const;

function load(args: readonly string[], ahtNeededFor?: string) {
  const parsed = collectFlags(args, spec);
  const flags = new NumberFlags(parsed.values, parsed.problems);
  return { load: readLoad(flags, ahtNeededFor), problems: flags.problems };
}

describe('collectFlags', () => {
  it('reads --name value and --name=value, and booleans', () => {
    expect(collectFlags(['--traffic', '10', '--agents=12', '--verbose'], spec)).toEqual({
      values: { traffic: '10', agents: '12', verbose: true }, positionals: [], problems: [],
    });
  });

  it('takes a negative number as a value, so it fails as a number, not as a missing value', () => {
    expect(collectFlags(['--traffic', '-5'], spec).values).toEqual({ traffic: '-5' });
  });

  it('lists every unknown flag, missing value and stray argument at once', () => {
    const { problems, values } = collectFlags(['--bogus', '3', '--traffic', '--agents', '4', 'extra', '-x', '--verbose=yes'], spec);
    expect(problems).toEqual([
      "Unknown option '--bogus'",
      "Option '--traffic <value>' argument missing",
      "Unexpected argument 'extra'",
      "Unknown option '-x'",
      "Option '--verbose' does not take an argument",
    ]);
    expect(values).toEqual({ agents: '4' });
  });

  it('leaves an unknown flag at the end alone', () => {
    expect(collectFlags(['--agents', '1', '--bogus'], spec).problems).toEqual(["Unknown option '--bogus'"]);
  });
});

describe('readLoad', () => {
  it('reads traffic, with --aht when given', () => {
    expect(load(['--traffic', '10'])).toEqual({ load: { traffic: 10, ahtSeconds: undefined }, problems: [] });
    expect(load(['--traffic', '10', '--aht', '180'], 'asa and serviceLevel')).toEqual({ load: { traffic: 10, ahtSeconds: 180 }, problems: [] });
  });

  it('turns calls over an interval into erlangs', () => {
    expect(load(['--calls', '100', '--interval', '1800', '--aht', '180'])).toEqual({ load: { traffic: 10, ahtSeconds: 180 }, problems: [] });
  });

  it('explains each way a load can be wrong', () => {
    expect(load([]).problems).toEqual(['a load is required: --traffic ERLANGS, or --calls C --interval SECONDS --aht SECONDS']);
    expect(load(['--traffic', '1', '--calls', '2']).problems).toEqual(['give the load as --traffic, or as --calls with --interval and --aht, not both']);
    expect(load(['--traffic', '1'], 'asa and serviceLevel').problems).toEqual(['--aht is required with --traffic: asa and serviceLevel are in seconds']);
    expect(load(['--calls', '2'])).toEqual({ load: undefined, problems: ['--interval is required', '--aht is required'] });
    expect(load(['--traffic', '0', '--aht', 'x'])).toEqual({
      load: undefined,
      problems: ['--traffic: expected a number > 0 and ≤ 1000000, got "0"', '--aht: expected a number ≥ 0.001 and ≤ 86400, got "x"'],
    });
  });
});
