import {
  ActionIcon,
  Button,
  type CSSVariablesResolver,
  createTheme,
  Input,
  type MantineThemeOverride,
  Modal,
  NativeSelect,
  Notification,
  PasswordInput,
  Select,
  Textarea,
  TextInput,
} from '@mantine/core';

// Touch targets of at least 44×44 px for people who tap with less precision (WCAG 2.5.5).
const TOUCH_TARGET = '2.75rem';

// Required fields carry aria-required but no asterisk: optional fields say so in their
// label instead ("ふりがな(任意)"), which is clearer for people unused to the convention
// and keeps each label's text exactly the field's name.
const inputDefaults = { defaultProps: { size: 'md', withAsterisk: false } } as const;

/** Words the theme puts on icon-only buttons, in the interface language. */
export interface ThemeLabels {
  close: string;
  togglePassword: string;
}

/**
 * Indigo (藍) at shade 8 gives white text 5.7:1 on filled buttons, and the light variant
 * (shade 9 on shade 1) 5.3:1, both above WCAG AA's 4.5:1. Sizes are in rem, so the
 * large-text setting (root font size 125%) scales the whole interface.
 */
export function createAppTheme(labels: ThemeLabels): MantineThemeOverride {
  return createTheme({
    primaryColor: 'indigo',
    primaryShade: 8,
    defaultRadius: 'md',
    cursorType: 'pointer',
    components: {
      Button: Button.extend({ defaultProps: { size: 'md' }, styles: { root: { minHeight: TOUCH_TARGET } } }),
      ActionIcon: ActionIcon.extend({ defaultProps: { size: 'xl' } }),
      Input: Input.extend({ defaultProps: { size: 'md' }, styles: { input: { minHeight: TOUCH_TARGET } } }),
      TextInput: TextInput.extend(inputDefaults),
      NativeSelect: NativeSelect.extend(inputDefaults),
      Select: Select.extend(inputDefaults),
      Textarea: Textarea.extend(inputDefaults),
      PasswordInput: PasswordInput.extend({
        defaultProps: {
          ...inputDefaults.defaultProps,
          // Reachable by keyboard too: checking what one typed helps people who type slowly.
          visibilityToggleFocusable: true,
          visibilityToggleButtonProps: { 'aria-label': labels.togglePassword, size: 'lg' },
        },
      }),
      Modal: Modal.extend({
        defaultProps: {
          closeButtonProps: { 'aria-label': labels.close, size: 'xl' },
          // The dialog's header is not a second banner landmark of the page.
          attributes: { header: { role: 'none' } },
        },
        styles: { title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700 } },
      }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': labels.close } } }),
    },
  });
}

/**
 * Contrast on white: Mantine's dimmed text (gray.6) is 3.3:1, gray.7 is 8.2:1; its error
 * text (red.6) is 3.3:1, red.9 is 5.5:1. Placeholders get gray.6 instead of gray.5.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
