import { describe, expect, it } from 'vitest';
import { NegativeBinomialCdf } from './negative-binomial-cdf';

function cdfValues(shape: number, rateTime: number, upTo: number): number[] {
  const cdf = new NegativeBinomialCdf(shape, rateTime);
  const values: number[] = [];
  for (let x = 0; x <= upTo; x += 1) {
    values.push(cdf.value);
    cdf.advance();
  }
  return values;
}

/** P(Σ_i Exp(λ_i) ≤ t) for distinct rates, by the explicit hypoexponential formula. */
function hypoexponentialCdf(rates: readonly number[], t: number): number {
  let survival = 0;
  rates.forEach((li, i) => {
    let weight = 1;
    rates.forEach((lj, j) => {
      if (j !== i) weight *= lj / (lj - li);
    });
    survival += weight * Math.exp(-li * t);
  });
  return 1 - survival;
}

describe('NegativeBinomialCdf', () => {
  it('matches the pmf C(x + r − 1, x)·p^x·q^r for an integer shape', () => {
    const r = 3;
    const q = Math.exp(-0.7);
    const p = 1 - q;
    let expected = 0;
    let binomial = 1; // C(x + r − 1, x)
    cdfValues(r, 0.7, 30).forEach((value, x) => {
      if (x > 0) binomial = (binomial * (x + r - 1)) / x;
      expected += binomial * p ** x * q ** r;
      expect(value).toBeCloseTo(expected, 14);
    });
  });

  it('gives P(sum of exponentials with rates γ(r), …, γ(r + n − 1) ≤ t) as P(X ≥ n)', () => {
    for (const [shape, gamma, t] of [[2.5, 0.1, 7], [0.3, 1, 1.5], [40, 0.05, 3]] as const) {
      const values = cdfValues(shape, gamma * t, 6);
      for (let n = 1; n <= 6; n += 1) {
        const rates = Array.from({ length: n }, (_, i) => gamma * (shape + i));
        // The explicit formula cancels badly for close rates (shape 40): 1e-9 is its accuracy, not ours.
        expect(1 - (values[n - 1] as number)).toBeCloseTo(hypoexponentialCdf(rates, t), 9);
      }
    }
  });

  it('keeps its mean r·p/q when q^r underflows', () => {
    const shape = 4001;
    const rateTime = 1 / 3;
    const values = cdfValues(shape, rateTime, 5000);
    expect(values[0]).toBe(0); // q^r = e^{−1333.7}
    const mean = values.reduce((sum, f) => sum + (1 - f), 0);
    expect(mean / (shape * Math.expm1(rateTime))).toBeCloseTo(1, 10);
    expect(values[5000]).toBe(1);
  });

  it('is a point mass at 0 when no time passes', () => {
    expect(cdfValues(7, 0, 3)).toEqual([1, 1, 1, 1]);
  });
});
