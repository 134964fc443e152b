/**
 * The npm package's side-effect-free entry (`kiut-guide/element`): the element class and the
 * function that registers it, without registering anything. Importing it defines no tag, so
 * an application can choose the name (`defineKiutGuide('help-guide')`) or extend the class.
 * The self-defining entry (`kiut-guide`, src/index.ts) shares this module's code.
 */
export {KiutGuide} from './kiut-guide.js';
export {KiutGuideExitEvent, KiutGuideLocaleChangeEvent} from './events.js';
export {defineKiutGuide} from './define.js';
