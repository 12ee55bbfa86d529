/** Organizations: the tenant root, its profile, and membership of networks. */
export { organizationsRoutes } from './organizations.routes';
export {
  createOrganization,
  describeOrganizations,
  getOrganization,
  hasAnyOrganization,
  joinNetwork,
  listAllOrganizations,
  listNetworkMembers,
  listNetworkPeers,
  toOrganization,
} from './organizations.service';
