import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderErrorsDoc } from './errors-doc';

describe('docs/ERRORS.md', () => {
  it('matches the error registry (run `npm run docs:errors` after changing it)', () => {
    const file = path.resolve(import.meta.dirname, '../../../../docs/ERRORS.md');
    expect(fs.readFileSync(file, 'utf8')).toBe(renderErrorsDoc());
  });
});
