// The shipped firmware tree's catalogue, for tests that validate configs and inventories or render reports.
import { join } from 'node:path';
import { loadCatalogue } from '../../src/catalogue/catalogue.js';
import { ROOT } from './project.js';

export const CATALOGUE = await loadCatalogue(join(ROOT, 'firmware'));
