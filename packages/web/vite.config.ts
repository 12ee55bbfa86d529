import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './pwa.config';

// The server serves dist/ from the same origin; in development Vite proxies the API to it.
export default defineConfig({
  // The PWA (manifest and service worker) makes the check-in pages installable and usable offline.
  plugins: [react(), VitePWA(pwaOptions)],
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui|react-transition-group)[\\/]/ },
            // Only with the catalogue's map, which is loaded when first shown: not on every page.
            { name: 'leaflet', test: /node_modules[\\/]leaflet[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
