/**
 * The bundle entry: `dist/kiut-guide.js` (ES module) and `dist/kiut-guide.iife.js` (classic
 * script). Loading it defines <kiut-guide>. Loading it twice, or both files, is harmless.
 */
import {defineKiutGuide} from './element.js';

export * from './element.js';

defineKiutGuide();
