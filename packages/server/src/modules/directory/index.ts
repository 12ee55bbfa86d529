/** The community resource directory: organizations, services, places and opening hours; HSDS 3.0 exchange. */
export { directoryRoutes } from './directory.routes';
export {
  createDirectoryLocation,
  createDirectoryOrganization,
  createDirectoryService,
  directoryServiceNames,
  searchDirectoryServices,
} from './directory.service';
