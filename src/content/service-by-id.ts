/**
 * A service by its id, from the full facts (Node: print, generator) or the widget's subset
 * (browser). Undefined when there is none: the caller knows whether that is an error.
 */
export function serviceById<S extends {id: string}>(facts: {services: readonly S[]}, id: string): S | undefined {
  return facts.services.find((s) => s.id === id);
}
