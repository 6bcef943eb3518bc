'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { UserPlus } from 'lucide-react';
import { toast } from 'sonner';
import { PASSWORD_MIN_LENGTH, RoleSchema, UserCreateSchema, type Role, type UserCreate } from '@/schemas';
import { apiFetch } from '@/lib/http/api-fetch';
import { applyApiErrors } from '@/lib/http/form-errors';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { Table, Td, Th } from '@/components/ui/table';

export interface UserDto {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

export interface UsersClientProps {
  users: UserDto[];
  meId: string;
}

const FIELDS = ['email', 'name', 'role', 'password'] as const;

function CreateUserDialog({ open, onOpenChange, onCreated }: { open: boolean; onOpenChange: (o: boolean) => void; onCreated: () => void }) {
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<UserCreate>({
    resolver: zodResolver(UserCreateSchema) as never,
    defaultValues: { role: 'viewer', email: '', name: '', password: '' },
  });
  const submit = handleSubmit(async (values) => {
    try {
      await apiFetch('/api/v1/users', { method: 'POST', body: values });
      toast.success(`Created ${values.email}`);
      reset();
      onOpenChange(false);
      onCreated();
    } catch (err) {
      setFailure(applyApiErrors(err, setError as never, FIELDS));
    }
  });
  const e = formState.errors;
  const a11y = (n: (typeof FIELDS)[number]) => ({ id: `user-${n}`, 'aria-invalid': Boolean(e[n]), 'aria-describedby': e[n] ? `user-${n}-error` : undefined });
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Add a user"
      description="Share the initial password with them over a safe channel."
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" type="submit" form="user-form" disabled={formState.isSubmitting}>Create user</Button>
        </>
      }
    >
      <form id="user-form" onSubmit={submit} noValidate className="space-y-4">
        {failure && <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">{failure}</p>}
        <Field id="user-email" label="Email" error={e.email?.message}><Input type="email" {...a11y('email')} {...register('email')} /></Field>
        <Field id="user-name" label="Name" error={e.name?.message}><Input {...a11y('name')} {...register('name')} /></Field>
        <Field id="user-role" label="Role" error={e.role?.message}>
          <Select {...a11y('role')} {...register('role')}>
            {RoleSchema.options.map((r) => <option key={r} value={r}>{r}</option>)}
          </Select>
        </Field>
        <Field id="user-password" label="Initial password" error={e.password?.message} help={`At least ${PASSWORD_MIN_LENGTH} characters`}>
          <Input type="password" autoComplete="new-password" {...a11y('password')} {...register('password')} />
        </Field>
      </form>
    </Dialog>
  );
}

export function UsersClient({ users, meId }: UsersClientProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const update = async (u: UserDto, body: Partial<Pick<UserDto, 'role' | 'disabled'>>) => {
    try {
      await apiFetch(`/api/v1/users/${encodeURIComponent(u.id)}`, { method: 'PATCH', body });
      toast.success(`Updated ${u.email}`);
      router.refresh();
    } catch (err) {
      toast.error(err instanceof Error ? err.message : 'Update failed');
    }
  };
  return (
    <div className="space-y-4">
      <div className="flex justify-end">
        <Button variant="primary" onClick={() => setOpen(true)}><UserPlus className="h-4 w-4" aria-hidden /> Add user</Button>
      </div>
      <Table>
        <thead>
          <tr><Th>User</Th><Th>Role</Th><Th>Status</Th><Th className="text-right">Actions</Th></tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <Td>
                <div className="font-medium">{u.name} {u.id === meId && <Badge>you</Badge>}</div>
                <div className="text-xs text-muted">{u.email}</div>
              </Td>
              <Td>
                <label className="sr-only" htmlFor={`role-${u.id}`}>Role of {u.email}</label>
                <Select id={`role-${u.id}`} className="w-36" value={u.role} disabled={u.id === meId} onChange={(e) => update(u, { role: e.target.value as Role })}>
                  {RoleSchema.options.map((r) => <option key={r} value={r}>{r}</option>)}
                </Select>
              </Td>
              <Td>{u.disabled ? <Badge tone="danger">disabled</Badge> : <Badge tone="success">active</Badge>}</Td>
              <Td className="text-right">
                {u.id !== meId && (
                  <Button size="sm" variant="ghost" onClick={() => update(u, { disabled: !u.disabled })}>
                    {u.disabled ? 'Enable' : 'Disable'}
                  </Button>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <CreateUserDialog open={open} onOpenChange={setOpen} onCreated={() => router.refresh()} />
    </div>
  );
}
