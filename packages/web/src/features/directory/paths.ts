/** Addresses of the directory's pages. */
export const directoryPaths = {
  search: '/directory',
  organizations: '/directory/organizations',
  newOrganization: '/directory/organizations/new',
  organization: (id: string) => `/directory/organizations/${id}`,
  editOrganization: (id: string) => `/directory/organizations/${id}/edit`,
  newService: (organizationId: string) => `/directory/organizations/${organizationId}/services/new`,
  editService: (id: string) => `/directory/services/${id}/edit`,
  newLocation: (organizationId: string) => `/directory/organizations/${organizationId}/locations/new`,
  editLocation: (id: string) => `/directory/locations/${id}/edit`,
  import: '/directory/import',
} as const;
