// Runs before the first paint (a classic script, not bundled) so a person who chose
// large text never sees the page jump. Keys match src/app/preferences.ts.
(() => {
  try {
    const root = document.documentElement;
    if (localStorage.getItem('musubi.largeText') === 'true') root.style.fontSize = '125%';
    const locale = localStorage.getItem('musubi.locale');
    if (locale === 'ja' || locale === 'en' || locale === 'zh-CN' || locale === 'ko') root.lang = locale;
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): keep the defaults.
  }
})();
