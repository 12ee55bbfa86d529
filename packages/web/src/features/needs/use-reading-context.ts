import { useTranslation } from 'react-i18next';
import { translateKey } from '../../app/messages';
import { useCalendarDate, useFormatters } from '../../ui/format';
import { skillName } from '../participation/skill-names';
import { useSkills } from '../volunteers/use-volunteers';
import { weekdayName } from '../volunteers/volunteer-display';
import type { ReadingContext } from './timeline';
import { useStaffMembers } from './use-staff';

/** Words, names and formats for reading a case (its summary and timeline) in the interface language. */
export function useReadingContext(orgId: string): ReadingContext {
  const { i18n } = useTranslation();
  const skills = useSkills(orgId);
  const staff = useStaffMembers(orgId);
  const calendarDate = useCalendarDate();
  const format = useFormatters();
  return {
    // Keys built at run time (`needs.kind_${kind}`): a key the catalogs lack shows as itself.
    t: (key, params) => translateKey(key, params) ?? key,
    skillName: (id) => {
      const skill = skills.data?.find((item) => item.id === id);
      return skill ? skillName(skill, i18n.language) : undefined;
    },
    memberName: (accountId) => staff.find((member) => member.accountId === accountId)?.name,
    weekdayName: (weekday) => weekdayName(weekday, i18n.language),
    calendarDate,
    dateTime: format.dateTime,
  };
}
