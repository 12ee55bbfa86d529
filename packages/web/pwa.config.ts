import type { VitePWAOptions } from 'vite-plugin-pwa';

/**
 * The installable app: a manifest and a Workbox service worker that precaches the built
 * app shell (HTML, scripts, styles, icons), so the check-in, kiosk and site-screen pages
 * open without a connection once loaded. API answers are never cached: the worker has no
 * runtime caching at all, and navigations under /api go to the network.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'autoUpdate',
  // A file, not an inline script: the server's Content-Security-Policy allows only same-origin scripts.
  injectRegister: 'script',
  includeAssets: ['preferences.js', 'icons/*.png', 'icons/*.svg'],
  manifest: {
    name: 'Musubi',
    short_name: 'Musubi',
    description: 'Musubi — check-in / チェックイン / 签到 / 출석',
    lang: 'ja',
    // Installed on a phone or a site's tablet, the app opens where people clock in.
    start_url: '/check-in',
    scope: '/',
    display: 'standalone',
    theme_color: '#3b5bdb',
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,png,svg,woff2}'],
    // Every page of the app is index.html; the API and its documentation are not pages of the app.
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/api(\/|$)/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    // The catalogue's map library is the largest chunk; it still belongs to the shell.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  },
};
