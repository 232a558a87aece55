import type { Outcome, RuleId, Step, Trace, Warning } from "./types";

/** Collects what a calculator did, in order, so every figure can be explained. */
export class Tracer {
  private readonly trace: Trace;

  constructor(inputs: Record<string, unknown>) {
    this.trace = { inputs, rules: [], steps: [], warnings: [] };
  }

  rule(id: RuleId): this {
    if (!this.trace.rules.includes(id)) this.trace.rules.push(id);
    return this;
  }

  /** Record a figure and return it, so steps read as assignments. */
  step<V extends Step["value"]>(rule: RuleId, label: string, value: V, args?: Step["args"]): V {
    this.rule(rule);
    this.trace.steps.push(args ? { rule, label, args, value } : { rule, label, value });
    return value;
  }

  warn(rule: RuleId, key: string, args?: Warning["args"]): void {
    this.rule(rule);
    this.trace.warnings.push(args ? { rule, key, args } : { rule, key });
  }

  done<T>(value: T): Outcome<T> {
    return { ok: true, value, trace: this.trace };
  }
}
