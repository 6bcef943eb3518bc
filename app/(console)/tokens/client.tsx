'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Copy, KeyRound, Plus } from 'lucide-react';
import { toast } from 'sonner';
import { TokenCreateSchema, TokenScopeSchema, type TokenCreate, type TokenScope } from '@/schemas';
import { apiFetch } from '@/lib/http/api-fetch';
import { applyApiErrors } from '@/lib/http/form-errors';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Table, Td, Th } from '@/components/ui/table';

export interface TokenDto {
  id: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface TokensClientProps {
  tokens: TokenDto[];
}

const SCOPE_HELP: Record<TokenScope, string> = {
  'metrics:write': 'push metric points',
  'health:write': 'push health reports',
  'events:write': 'push log lines and change events',
  'actions:execute': 'claim and report approved healing actions',
  read: 'read the API',
  'metrics:read': 'scrape the console’s own metrics at /metrics (Prometheus)',
};

const FIELDS = ['name', 'scopes', 'expiresInDays'] as const;

export function TokensClient({ tokens }: TokensClientProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { register, control, handleSubmit, formState, setError, reset } = useForm<TokenCreate>({
    resolver: zodResolver(TokenCreateSchema),
    defaultValues: { name: '', scopes: ['metrics:write'] },
  });
  const submit = handleSubmit(async (values) => {
    try {
      const created = await apiFetch<{ token: string }>('/api/v1/tokens', { method: 'POST', body: values });
      setOpen(false);
      reset();
      setSecret(created.token);
      router.refresh();
    } catch (err) {
      setFailure(applyApiErrors(err, setError as never, FIELDS));
    }
  });
  const revoke = async (t: TokenDto) => {
    try {
      await apiFetch(`/api/v1/tokens/${t.id}`, { method: 'DELETE' });
      toast.success(`Revoked ${t.name}`);
    } catch (err) {
      toast.error(`${t.name} was not revoked: ${err instanceof Error ? err.message : String(err)}`);
    }
    router.refresh();
  };
  const e = formState.errors;
  return (
    <div className="space-y-4">
      <div className="flex justify-end">
        <Button variant="primary" onClick={() => { setFailure(null); setOpen(true); }}><Plus className="h-4 w-4" aria-hidden /> New token</Button>
      </div>
      {tokens.length === 0 ? (
        <EmptyState icon={KeyRound} title="No API tokens">Create one for each plugin runtime or agent that talks to the console.</EmptyState>
      ) : (
        <Table>
          <thead><tr><Th>Token</Th><Th>Scopes</Th><Th>Last used</Th><Th>Status</Th><Th className="text-right">Actions</Th></tr></thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id}>
                <Td>
                  <div className="font-medium">{t.name}</div>
                  <div className="font-mono text-xs text-muted">{t.prefix}… · by {t.createdBy}</div>
                </Td>
                <Td><div className="flex flex-wrap gap-1">{t.scopes.map((s) => <Badge key={s}>{s}</Badge>)}</div></Td>
                <Td className="text-muted">{t.lastUsedAt ? new Date(t.lastUsedAt).toLocaleString() : 'never'}</Td>
                <Td>
                  {t.revokedAt ? <Badge tone="danger">revoked</Badge> : t.expiresAt && new Date(t.expiresAt) < new Date() ? <Badge tone="warning">expired</Badge> : <Badge tone="success">active</Badge>}
                </Td>
                <Td className="text-right">{!t.revokedAt && <Button size="sm" variant="ghost" className="text-danger" onClick={() => revoke(t)}>Revoke</Button>}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="New API token"
        footer={<><Button onClick={() => setOpen(false)}>Cancel</Button><Button variant="primary" type="submit" form="token-form" disabled={formState.isSubmitting}>Create token</Button></>}
      >
        <form id="token-form" onSubmit={submit} noValidate className="space-y-4">
          {failure && <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">{failure}</p>}
          <Field id="token-name" label="Name" error={e.name?.message} help="e.g. billing-sync runtime">
            <Input id="token-name" aria-invalid={Boolean(e.name)} {...register('name')} />
          </Field>
          <fieldset className="space-y-1.5">
            <legend className="text-sm font-medium">Scopes</legend>
            <Controller
              control={control}
              name="scopes"
              render={({ field }) => (
                <div className="space-y-1">
                  {TokenScopeSchema.options.map((s) => (
                    <label key={s} className="flex items-center gap-2 text-sm">
                      <input
                        type="checkbox"
                        checked={field.value.includes(s)}
                        onChange={(ev) => field.onChange(ev.target.checked ? [...field.value, s] : field.value.filter((x) => x !== s))}
                      />
                      <code className="font-mono text-xs">{s}</code>
                      <span className="text-muted">{SCOPE_HELP[s]}</span>
                    </label>
                  ))}
                </div>
              )}
            />
            {e.scopes && <p role="alert" className="text-xs text-danger">{e.scopes.message}</p>}
          </fieldset>
          <Field id="token-expiry" label="Expires after (days)" error={e.expiresInDays?.message} help="Leave empty for a token that does not expire">
            <Input id="token-expiry" type="number" min={1} aria-invalid={Boolean(e.expiresInDays)} {...register('expiresInDays', { setValueAs: (v) => (v === '' ? undefined : Number(v)) })} />
          </Field>
        </form>
      </Dialog>
      <Dialog open={secret !== null} onOpenChange={(o) => !o && setSecret(null)} title="Copy the token now" description="It is shown only once; the console keeps only its hash.">
        <div className="flex gap-2">
          <Input readOnly value={secret ?? ''} aria-label="New API token" className="font-mono text-xs" />
          <Button aria-label="Copy token" onClick={() => { void navigator.clipboard.writeText(secret ?? ''); toast.success('Copied'); }}>
            <Copy className="h-4 w-4" aria-hidden />
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
