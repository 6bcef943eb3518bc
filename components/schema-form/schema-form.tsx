'use client';
// <SchemaForm>: renders any protocol schema as a form, with JSON/YAML tabs over the same
// document. It validates with the schema itself (after pruning hidden fields) and hands the
// parsed document to onSubmit; where the data lives is the page's business.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FormProvider, useForm, useFormState, type Control, type FieldValues } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { fillDefaults } from './defaults';
import { ErrorStore } from './error-store';
import { ErrorSummary } from './error-summary';
import { SchemaFormContext, type SchemaFormContextValue, type WidgetEntry } from './form-context';
import { introspect } from './introspect';
import { issuesToMessages } from './messages';
import { ancestorsOf, getAt } from './paths';
import { EditTabs, tabId, type EditTab } from './edit-tabs';
import { focusField } from './focus-field';
import { DEFAULT_WIDGETS } from './registry';
import { SchemaField } from './schema-field';
import { checkDocumentText } from './text-check';
import { stringifyDocument } from './text-positions';
import { textSaveProblem } from './text-save-check';
import { TextTab } from './text-tab';
import { dependentsOf, pruneHidden, restoreHidden } from './visibility';


/** Thrown by an onSubmit whose user backed out (closed a review dialog): not an error. */
export class SubmitCancelled extends Error {
  constructor() {
    super('Save cancelled');
    this.name = 'SubmitCancelled';
  }
}

export interface SchemaFormProps<S extends z.ZodType> {
  schema: S;
  /** The document to edit (secrets as the redaction marker). Absent defaults are filled from the schema. */
  defaultValues?: Partial<z.input<S>> | Record<string, unknown>;
  /** Receives the parsed document (hidden fields pruned). Throwing keeps the form dirty. */
  onSubmit: (values: z.output<S>) => Promise<void> | void;
  onDirtyChange?: (dirty: boolean) => void;
  /** The document as it would be submitted (hidden fields pruned), after each edit once it is validated. */
  onValuesChange?: (values: z.input<S>) => void;
  readOnly?: boolean;
  submitLabel?: string;
  /** Rendered beside the submit button (cancel, a diff link...). */
  footer?: ReactNode;
  /** Extra widgets; a higher rank than the defaults' wins. */
  widgets?: readonly WidgetEntry[];
  className?: string;
}

export function SchemaForm<S extends z.ZodType>({
  schema,
  defaultValues,
  onSubmit,
  onDirtyChange,
  onValuesChange,
  readOnly = false,
  submitLabel = 'Save',
  footer,
  widgets,
  className,
}: SchemaFormProps<S>) {
  const formId = `sf${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const root = useMemo(() => introspect(schema), [schema]);
  const initial = useMemo(() => fillDefaults(root, defaultValues ?? {}) as FieldValues, [root, defaultValues]);
  const form = useForm<FieldValues>({ defaultValues: initial, mode: 'onSubmit', reValidateMode: 'onSubmit' });
  const { getValues, reset, subscribe } = form;
  const [store] = useState(() => new ErrorStore());
  const [stash] = useState(() => new Map<string, unknown>());
  const [revealers] = useState(() => new Set<(path: string) => boolean>());
  const initialRef = useRef(initial);
  const rootRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [tab, setTab] = useState<EditTab>('form');
  const [text, setText] = useState<{ value: string; parses: boolean }>({ value: '', parses: true });
  const [submitting, setSubmitting] = useState(false);
  // The error summary appears after the first attempt to save, then follows the errors live.
  const [attempted, setAttempted] = useState(false);
  const [submitError, setSubmitError] = useState<string>();
  const [tabNotice, setTabNotice] = useState<string>();
  // The text a save was refused for: that notice stays until the text changes (a late text
  // event for the same text, which parses, must not clear it).
  const refusedText = useRef<string | undefined>(undefined);

  // A new document from the page (after a save or a refetch) replaces the form's state.
  const firstInitial = useRef(true);
  useEffect(() => {
    if (firstInitial.current) {
      firstInitial.current = false;
      return;
    }
    initialRef.current = initial;
    reset(initial);
    store.clear();
    stash.clear();
    setAttempted(false);
  }, [initial, reset, store, stash]);

  // onValuesChange is fed from validation, which already computes the pruned document.
  const valuesChanged = useRef(false);
  const onValuesChangeRef = useRef(onValuesChange);
  onValuesChangeRef.current = onValuesChange;

  const validate = useCallback(() => {
    const pruned = pruneHidden(schema, getValues());
    const result = z.safeParse(schema, pruned);
    store.setIssues(result.success ? new Map() : issuesToMessages(schema, result.error.issues, pruned));
    if (valuesChanged.current) {
      valuesChanged.current = false;
      onValuesChangeRef.current?.(pruned as z.input<S>);
    }
    return result;
  }, [schema, getValues, store]);

  // Validation runs after the keystroke has painted (a task queued from the next animation
  // frame); several changes within a frame validate once.
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const frame = useRef(0);
  const cancelValidation = useCallback(() => {
    cancelAnimationFrame(frame.current);
    clearTimeout(timer.current);
    frame.current = 0;
  }, []);
  const validateSoon = useCallback(() => {
    if (frame.current) return;
    clearTimeout(timer.current);
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      timer.current = setTimeout(validate, 0);
    });
  }, [validate]);
  useEffect(() => cancelValidation, [cancelValidation]);

  const afterChange = useCallback(
    (path: string) => {
      valuesChanged.current = true;
      store.reveal(dependentsOf(root, path));
      validateSoon();
    },
    [root, store, validateSoon],
  );
  const afterBlur = useCallback(
    (path: string) => {
      store.reveal([path, ...ancestorsOf(path)]);
      validateSoon();
    },
    [store, validateSoon],
  );

  useEffect(() => {
    if (!onDirtyChange) return;
    return subscribe({ formState: { isDirty: true }, callback: ({ isDirty }) => onDirtyChange(!!isDirty) });
  }, [subscribe, onDirtyChange]);

  const focusPath = useCallback(
    (path: string) => {
      if (tab === 'form') return focusField(rootRef.current, path, revealers);
      setTab('form');
      requestAnimationFrame(() => focusField(rootRef.current, path, revealers));
    },
    [revealers, tab],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (readOnly || submitting) return;
    if (tab !== 'form') {
      // The text on screen, read now: the last edit may not have reached the form yet.
      const shown = rootRef.current?.querySelector<HTMLTextAreaElement>(`#${formId}-text`)?.value ?? text.value;
      const problem = textSaveProblem(schema, tab, shown);
      if (problem) {
        refusedText.current = shown;
        setTabNotice(problem);
        return;
      }
      applyText(checkDocumentText(schema, tab, shown).value);
    }
    cancelValidation();
    const result = validate();
    store.revealAll();
    setAttempted(true);
    if (!result.success) {
      if (tab === 'form') requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setSubmitting(true);
    setSubmitError(undefined);
    try {
      await onSubmit(result.data as z.output<S>);
      // What was saved is the new baseline: the form is clean until the next edit.
      reset(getValues());
      store.clear();
      setAttempted(false);
      setSaves((n) => n + 1);
    } catch (error) {
      if (error instanceof SubmitCancelled) return;
      setSubmitError(error instanceof Error ? error.message : 'The document was not saved.');
    } finally {
      setSubmitting(false);
    }
  };

  // A review dialog closing, or the submit button disabling itself while saving, leaves focus
  // on <body>: once saved (and the button enabled again), bring it back to the save button.
  const [saves, setSaves] = useState(0);
  useEffect(() => {
    if (saves === 0) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    rootRef.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
  }, [saves]);

  const switchTab = (next: EditTab) => {
    if (next === tab) return;
    if (tab !== 'form' && !text.parses) {
      setTabNotice(`Fix the ${tab.toUpperCase()} syntax error before leaving this tab.`);
      return;
    }
    refusedText.current = undefined;
    setTabNotice(undefined);
    if (next !== 'form') {
      setText({ value: stringifyDocument(next, pruneHidden(schema, getValues())), parses: true });
    } else {
      validateSoon();
    }
    setTab(next);
  };

  const applyText = useCallback(
    (value: unknown) => {
      const next = restoreHidden(schema, fillDefaults(root, value ?? {}), getValues());
      reset(next as FieldValues, { keepDefaultValues: true, keepIsSubmitted: true, keepTouched: true });
      valuesChanged.current = true;
      validateSoon();
    },
    [schema, root, getValues, reset, validateSoon],
  );

  const context = useMemo<SchemaFormContextValue>(
    () => ({
      schema,
      root,
      store,
      formId,
      readOnly,
      widgets: widgets ? [...DEFAULT_WIDGETS, ...widgets] : DEFAULT_WIDGETS,
      initialValueAt: (path) => getAt(initialRef.current, path),
      afterChange,
      afterBlur,
      stash,
      revealers,
    }),
    [schema, root, store, formId, readOnly, widgets, afterChange, afterBlur, stash, revealers],
  );

  return (
    <FormProvider {...form}>
      <SchemaFormContext.Provider value={context}>
        <form ref={rootRef} noValidate onSubmit={submit} className={cn('space-y-5', className)} aria-busy={submitting || undefined}>
          <EditTabs idPrefix={formId} panelId={`${formId}-panel`} value={tab} onChange={switchTab} />
          {tabNotice && (
            <p role="alert" className="text-sm text-danger">
              {tabNotice}
            </p>
          )}
          <div id={`${formId}-panel`} role="tabpanel" aria-labelledby={tabId(formId, tab)} className="space-y-5">
            {tab === 'form' ? (
              <>
                {attempted && <ErrorSummary ref={summaryRef} store={store} root={root} formId={formId} onSelect={focusPath} />}
                <SchemaField path="" info={root} />
              </>
            ) : (
              <TextTab
                key={tab}
                id={`${formId}-text`}
                schema={schema}
                format={tab}
                initialText={text.value}
                readOnly={readOnly}
                onApply={applyText}
                onTextChange={(value, parses) => {
                  setText({ value, parses });
                  if (parses && value !== refusedText.current) {
                    refusedText.current = undefined;
                    setTabNotice(undefined);
                  }
                }}
              />
            )}
          </div>
          {!readOnly && (
            <FormFooter control={form.control} submitting={submitting} submitLabel={submitLabel} error={submitError}>
              {footer}
            </FormFooter>
          )}
        </form>
      </SchemaFormContext.Provider>
    </FormProvider>
  );
}

interface FormFooterProps {
  control: Control<FieldValues>;
  submitting: boolean;
  submitLabel: string;
  error?: string;
  children?: ReactNode;
}

/** Subscribes to the dirty flag alone, so typing does not re-render the form. */
function FormFooter({ control, submitting, submitLabel, error, children }: FormFooterProps) {
  const { isDirty } = useFormState({ control });
  return (
    <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-border bg-bg py-3">
      <Button type="submit" variant="primary" disabled={submitting}>
        {submitting ? 'Saving…' : submitLabel}
      </Button>
      <span className="text-xs text-muted" aria-live="polite">
        {isDirty ? 'Unsaved changes' : 'No changes'}
      </span>
      {error && (
        <span role="alert" className="text-sm text-danger">
          {error}
        </span>
      )}
      {children && <div className="ml-auto flex items-center gap-2">{children}</div>}
    </div>
  );
}
