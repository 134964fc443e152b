import {KiutGuide} from './kiut-guide.js';

/**
 * Registers the element. Safe to call more than once, and safe when another copy of the
 * script (the ES module and the classic script, say) has already registered it.
 * A partner whose page already uses the name can choose another one.
 */
export function defineKiutGuide(tagName = 'kiut-guide'): typeof KiutGuide {
  const existing = customElements.get(tagName);
  if (existing) return existing as typeof KiutGuide;
  // Each tag name needs its own class: one constructor cannot be registered twice.
  const element = tagName === 'kiut-guide' ? KiutGuide : class extends KiutGuide {};
  customElements.define(tagName, element);
  return element;
}
