// Advice: warnings about settings that are valid but risky. They never block a save; the form
// shows them beside the field named by `path`.

export type AdviceSeverity = 'info' | 'warning' | 'risk';

export interface Advice {
  /** Dotted path of the field, array items by index: 'upstream.0.tls.verifyCertificate'. */
  path: string;
  severity: AdviceSeverity;
  title: string;
  /** One line: why this setting is risky. */
  reason: string;
}

/** One row of a kind's rule table. */
export interface AdviceRule<D> {
  /** Stable name, for tests and as a UI key. */
  id: string;
  severity: AdviceSeverity;
  title: string;
  reason: string;
  /** The paths where the rule fires in this document; empty when it does not. */
  at: (doc: D) => string[];
}
