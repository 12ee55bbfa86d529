import { LanguageSwitcher } from './LanguageSwitcher';
import { LargeTextToggle } from './LargeTextToggle';

/** Language and text size: available on every page, signed in or not. */
export function PreferenceControls() {
  return (
    <>
      <LanguageSwitcher />
      <LargeTextToggle />
    </>
  );
}
