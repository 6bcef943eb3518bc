'use client';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { PluginCreateSchema, type PluginCreate } from '@/schemas';
import { Dialog } from '@/components/ui/dialog';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { applyApiErrors } from '@/lib/http/form-errors';

export interface PluginFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** When set, the dialog renames this plugin (its id cannot change). */
  editing?: PluginCreate;
  onSubmit: (values: PluginCreate) => Promise<void>;
}

const FIELDS = ['id', 'name', 'description', 'dependsOn'] as const;
const EMPTY: PluginCreate = { id: '', name: '', description: '', dependsOn: [] };

/** "orders-db, session-cache" or one per line, as the list the API takes. */
const toIds = (v: unknown) => (typeof v === 'string' ? v.split(/[\s,]+/).filter(Boolean) : v);

export function PluginFormDialog({ open, onOpenChange, editing, onSubmit }: PluginFormDialogProps) {
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<PluginCreate>({ resolver: zodResolver(PluginCreateSchema), defaultValues: EMPTY });
  const { register, handleSubmit, formState, reset, setError } = form;

  useEffect(() => {
    if (open) {
      reset(editing ?? EMPTY);
      setFailure(null);
    }
  }, [open, editing, reset]);

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
      onOpenChange(false);
    } catch (err) {
      setFailure(applyApiErrors(err, setError as never, FIELDS));
    }
  });

  const err = formState.errors;
  // A list's error sits on the list (too many) or on the item that is wrong.
  const dependsOnError = err.dependsOn?.message ?? (Array.isArray(err.dependsOn) ? err.dependsOn.find(Boolean)?.message : undefined);
  const a11y = (name: (typeof FIELDS)[number]) => ({
    id: `plugin-${name}`,
    'aria-invalid': Boolean(err[name]),
    'aria-describedby': err[name] ? `plugin-${name}-error` : `plugin-${name}-help`,
  });
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={editing ? `Edit ${editing.id}` : 'Register a plugin'}
      description={editing ? undefined : 'The id is how runtimes and API clients refer to the plugin; it cannot change later.'}
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" type="submit" form="plugin-form" disabled={formState.isSubmitting}>
            {editing ? 'Save' : 'Register'}
          </Button>
        </>
      }
    >
      <form id="plugin-form" onSubmit={submit} noValidate className="space-y-4">
        {failure && <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">{failure}</p>}
        <Field id="plugin-id" label="Id" error={err.id?.message} help="Lowercase letters, digits and - _ . @ /, e.g. billing-sync">
          <Input {...a11y('id')} disabled={Boolean(editing)} placeholder="billing-sync" {...register('id')} />
        </Field>
        <Field id="plugin-name" label="Name" error={err.name?.message}>
          <Input {...a11y('name')} placeholder="Billing sync" {...register('name')} />
        </Field>
        <Field id="plugin-description" label="Description" error={err.description?.message} help="Optional, up to 500 characters">
          <Textarea {...a11y('description')} rows={3} className="font-sans" {...register('description')} />
        </Field>
        <Field
          id="plugin-dependsOn"
          label="Depends on"
          error={dependsOnError}
          help="Ids of registered plugins it needs, separated by commas (a database, a cache). Their incidents absorb this plugin's when both go wrong together."
        >
          <Input {...a11y('dependsOn')} placeholder="orders-db, session-cache" className="font-mono" {...register('dependsOn', { setValueAs: toIds })} />
        </Field>
      </form>
    </Dialog>
  );
}
