import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectorySearch } from '../directory/use-directory';
import type { PickerProps } from './picker-props';
import { SearchPicker } from './SearchPicker';

/** A service of the community resource directory, searched by words. */
export function DirectoryServicePicker({ orgId, value, error, onChange }: PickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = useDirectorySearch(orgId, { q: q || undefined });
  const found = (list.data?.pages.flatMap((page) => page.services) ?? []).slice(0, 8);
  return (
    <SearchPicker
      label={t('needs.lines.directory_search')}
      search={search}
      onSearch={setSearch}
      loading={list.isPending}
      items={found.map((service) => ({
        id: service.id,
        name: service.name,
        detail: service.organizationName,
        // Named as people say it: the service of its organization.
        fullName: t('needs.lines.service_of', { service: service.name, organization: service.organizationName }),
      }))}
      value={value}
      error={error}
      onChange={onChange}
    />
  );
}
