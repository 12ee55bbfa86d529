import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to PGlite in ./data on port 3000', () => {
    const config = loadConfig({}, '1.2.3');
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: path.resolve('./data') });
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.cookieSecure).toBe(false);
    expect(config.version).toBe('1.2.3');
  });

  it('uses PostgreSQL when DATABASE_URL is set, and secure cookies behind an https PUBLIC_URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db/musubi', PUBLIC_URL: 'https://musubi.example.org/' });
    expect(config.database).toEqual({ kind: 'postgresql', url: 'postgres://u@db/musubi' });
    expect(config.publicUrl).toBe('https://musubi.example.org');
    expect(config.cookieSecure).toBe(true);
  });

  it('draws the map on OpenStreetMap by default, on other tiles when told, and on none with `none`', () => {
    expect(loadConfig({}).map).toEqual({
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap contributors',
    });
    expect(
      loadConfig({ MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png', MAP_ATTRIBUTION: '© Example' }).map,
    ).toEqual({ tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '© Example' });
    expect(loadConfig({ MAP_TILE_URL: 'none' }).map).toEqual({ tileUrl: null, attribution: '' });
    expect(() => loadConfig({ MAP_TILE_URL: 'https://tiles.example.org/tile.png' })).toThrow(/MAP_TILE_URL/);
  });

  it('names each bad variable in one clear error', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT: .*number/);
    expect(attempt).toThrow(/DATABASE_URL: must start with postgres:\/\//);
    expect(attempt).toThrow(/LOG_LEVEL: /);
  });
});
