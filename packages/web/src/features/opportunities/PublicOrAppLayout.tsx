import { AppLayout } from '../../app/shell/AppLayout';
import { PublicLayout } from '../../app/shell/PublicLayout';
import { useActiveMembership, useCurrentSession } from '../auth/use-session';

/**
 * The frame of the pages everyone may open (the catalogue, an activity's share page): the public
 * one when signed out, the signed-in one (with its navigation) for someone working in an organization.
 */
export function PublicOrAppLayout() {
  const { account } = useCurrentSession();
  const membership = useActiveMembership();
  return account && membership ? <AppLayout /> : <PublicLayout />;
}
