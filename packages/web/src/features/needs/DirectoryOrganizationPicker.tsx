import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectoryOrganizations } from '../directory/use-directory';
import type { PickerProps } from './picker-props';
import { SearchPicker } from './SearchPicker';

/** An organization of the community resource directory, searched by name. */
export function DirectoryOrganizationPicker({ orgId, value, error, onChange }: PickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = useDirectoryOrganizations(orgId, q);
  const found = (list.data?.pages.flatMap((page) => page.organizations) ?? []).slice(0, 8);
  return (
    <SearchPicker
      label={t('needs.lines.directory_search')}
      search={search}
      onSearch={setSearch}
      loading={list.isPending}
      items={found.map((organization) => ({
        id: organization.id,
        name: organization.name,
        detail: t(`directory.kinds.${organization.kind}`),
        fullName: organization.name,
      }))}
      value={value}
      error={error}
      onChange={onChange}
    />
  );
}
