// Every dependent-field rule of the protocol in one list, gathered from the tables the schemas
// themselves enforce, so the form engine hides exactly what the schemas reject.
import { AUTOSCALING_DEPENDENT_FIELDS, AUTOSCALING_REVALIDATED_FIELDS } from './aiops';
import { CODEGEN_DEPENDENT_FIELDS } from './codegen';
import type { DependentField, RevalidatedField } from './common';
import { HOT_RELOAD_DEPENDENT_FIELDS } from './distributed-state';
import { UPSTREAM_DEPENDENT_FIELDS } from './registry';
import { RUNTIME_DEPENDENT_FIELDS } from './sandbox';

export const DEPENDENT_FIELDS: readonly DependentField[] = [
  ...RUNTIME_DEPENDENT_FIELDS,
  ...UPSTREAM_DEPENDENT_FIELDS,
  ...AUTOSCALING_DEPENDENT_FIELDS,
  ...HOT_RELOAD_DEPENDENT_FIELDS,
  ...CODEGEN_DEPENDENT_FIELDS,
];

export const REVALIDATED_FIELDS: readonly RevalidatedField[] = AUTOSCALING_REVALIDATED_FIELDS;
