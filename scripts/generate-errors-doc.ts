// Writes docs/ERRORS.md from the error registry: `npm run docs:errors`.
import fs from 'node:fs';
import path from 'node:path';
import { renderErrorsDoc } from '@musubi/shared';

const target = path.resolve(import.meta.dirname, '../docs/ERRORS.md');
fs.writeFileSync(target, renderErrorsDoc());
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
