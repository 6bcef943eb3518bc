'use client';
import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Boxes, Pencil, Plus, Trash2 } from 'lucide-react';
import { toast } from 'sonner';
import type { PluginCreate } from '@/schemas';
import { apiFetch, pluginPath } from '@/lib/http/api-fetch';
import { pluginQueries, type PluginDto } from '@/lib/queries/plugins';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { PluginFormDialog } from '@/components/plugins/plugin-form-dialog';

export interface PluginsClientProps {
  canEdit: boolean;
  canDelete: boolean;
}

export function PluginsClient({ canEdit, canDelete }: PluginsClientProps) {
  const qc = useQueryClient();
  const router = useRouter();
  const { data: plugins = [] } = useQuery(pluginQueries.list());
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<PluginCreate | undefined>();
  const [deleting, setDeleting] = useState<PluginDto | null>(null);

  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: pluginQueries.all() });
    router.refresh(); // the sidebar's plugin switcher is rendered on the server
  };

  const save = async (values: PluginCreate) => {
    if (editing) {
      await apiFetch(pluginPath(editing.id), { method: 'PATCH', body: { name: values.name, description: values.description ?? '', dependsOn: values.dependsOn ?? [] } });
      toast.success(`Saved ${editing.id}`);
    } else {
      await apiFetch('/api/v1/plugins', { method: 'POST', body: values });
      toast.success(`Registered ${values.id}`);
    }
    await refresh();
  };

  const remove = useMutation({
    mutationFn: (id: string) => apiFetch(pluginPath(id), { method: 'DELETE' }),
    onSuccess: async (_d, id) => {
      toast.success(`Deleted ${id}; its audit trail is kept`);
      setDeleting(null);
      await refresh();
    },
    onError: (err) => toast.error(err.message),
  });

  return (
    <>
      <PageHeader
        title="Plugins"
        description="Every plugin the console manages. Each has its own sandbox, hot-reload state and AIOps settings."
        actions={
          canEdit && (
            <Button variant="primary" onClick={() => { setEditing(undefined); setFormOpen(true); }}>
              <Plus className="h-4 w-4" aria-hidden /> Register plugin
            </Button>
          )
        }
      />
      {plugins.length === 0 ? (
        <EmptyState icon={Boxes} title="No plugins registered">
          Register a plugin to configure its sandbox, state and AIOps agent.
        </EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>Plugin</Th>
              <Th>Description</Th>
              <Th>Registered</Th>
              {(canEdit || canDelete) && <Th className="text-right">Actions</Th>}
            </tr>
          </thead>
          <tbody>
            {plugins.map((p) => (
              <tr key={p.id}>
                <Td>
                  <Link href={`/plugins/${encodeURIComponent(p.id)}/sandbox`} className="font-medium text-accent hover:underline">
                    {p.name}
                  </Link>
                  <div className="mt-0.5 flex items-center gap-2 font-mono text-xs text-muted">
                    {p.id} {p.demo && <Badge tone="warning">demo</Badge>}
                  </div>
                </Td>
                <Td className="max-w-md text-muted">
                  {p.description || '—'}
                  {p.dependsOn.length > 0 && <div className="mt-0.5 break-words font-mono text-xs">depends on {p.dependsOn.join(', ')}</div>}
                </Td>
                <Td className="whitespace-nowrap text-muted">{new Date(p.createdAt).toLocaleDateString()}</Td>
                {(canEdit || canDelete) && (
                  <Td className="whitespace-nowrap text-right">
                    {canEdit && (
                      <Button size="sm" variant="ghost" aria-label={`Edit ${p.id}`} onClick={() => { setEditing({ id: p.id, name: p.name, description: p.description, dependsOn: p.dependsOn }); setFormOpen(true); }}>
                        <Pencil className="h-3.5 w-3.5" aria-hidden /> Edit
                      </Button>
                    )}
                    {canDelete && (
                      <Button size="sm" variant="ghost" className="text-danger" aria-label={`Delete ${p.id}`} onClick={() => setDeleting(p)}>
                        <Trash2 className="h-3.5 w-3.5" aria-hidden /> Delete
                      </Button>
                    )}
                  </Td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <PluginFormDialog open={formOpen} onOpenChange={setFormOpen} editing={editing} onSubmit={save} />
      <Dialog
        open={deleting !== null}
        onOpenChange={(o) => !o && setDeleting(null)}
        title={`Delete ${deleting?.id ?? ''}?`}
        description="Its configuration documents and their versions are removed. The audit trail is kept."
        footer={
          <>
            <Button onClick={() => setDeleting(null)}>Cancel</Button>
            <Button variant="danger" disabled={remove.isPending} onClick={() => deleting && remove.mutate(deleting.id)}>
              Delete plugin
            </Button>
          </>
        }
      >
        <p className="text-sm text-muted">This cannot be undone.</p>
      </Dialog>
    </>
  );
}
