/**
 * The CDF P(X ≤ x) of a negative binomial X with real shape r > 0 and success probability
 * q = e^{−λ}, pmf h(x) = Γ(x + r) / (x! Γ(r)) · (1 − q)^x · q^r, stepped x = 0, 1, 2, …
 *
 * Why it appears in Erlang A: a sum of exponential stages whose rates form the arithmetic
 * progression γ(r), γ(r + 1), …, γ(r + n − 1) is ≤ t exactly when X ≥ n with λ = γt (the stages
 * are the −ln of a Beta(r, n) variable; see the note in erlang-a.ts).
 *
 * Terms are carried as logarithms, so q^r may underflow (r·λ in the thousands) without loss; the
 * logarithm is a compensated (Neumaier) running sum, so thousands of steps from a start near −r·λ
 * keep each term to about 1e-15 relative.
 */
export class NegativeBinomialCdf {
  private x = 0;
  private lnTerm: number;
  private lnCompensation = 0;
  private cdf: number;
  private done: boolean;
  private readonly lnFailure: number;
  private readonly mode: number;

  constructor(private readonly shape: number, rateTime: number) {
    this.lnFailure = Math.log(-Math.expm1(-rateTime)); // ln(1 − q)
    this.lnTerm = -shape * rateTime; // ln h(0) = r·ln q
    this.cdf = Math.exp(this.lnTerm);
    this.done = rateTime === 0; // no time: X = 0 surely
    this.mode = Math.max(0, (shape - 1) * Math.expm1(rateTime)); // (r − 1)(1 − q)/q
  }

  /** P(X ≤ x) at the current x. */
  get value(): number {
    return Math.min(this.cdf, 1);
  }

  /** Moves to x + 1. Once past the mode with negligible terms the CDF is 1 to double precision. */
  advance(): void {
    if (this.done) return;
    this.x += 1;
    const step = this.lnFailure + Math.log((this.x - 1 + this.shape) / this.x);
    const sum = this.lnTerm + step;
    this.lnCompensation += Math.abs(this.lnTerm) >= Math.abs(step) ? this.lnTerm - sum + step : step - sum + this.lnTerm;
    this.lnTerm = sum;
    const term = Math.exp(sum + this.lnCompensation);
    this.cdf += term;
    if (this.x > this.mode && term < 1e-18 * this.cdf) this.done = true;
  }
}
