import type { Metadata } from 'next';
import { getDb } from '@/lib/db/client';
import { asJson } from '@/lib/http/to-json';
import { listTokens } from '@/lib/tokens/list-tokens';
import { PageHeader } from '@/components/ui/page-header';
import { requireRole } from '../require-role';
import { TokensClient, type TokenDto } from './client';

export const metadata: Metadata = { title: 'API tokens' };

export default async function TokensPage() {
  await requireRole('admin');
  const tokens = asJson<TokenDto[]>(await listTokens(await getDb()));
  return (
    <>
      <PageHeader
        title="API tokens"
        description="Credentials for machines: plugins and agents that push metrics, health and events, or execute approved actions."
      />
      <TokensClient tokens={tokens} />
    </>
  );
}
