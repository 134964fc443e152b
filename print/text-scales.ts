/**
 * Text sizes tried in turn when a translation is too long for a format's pages (render.ts).
 * Its own module, so that a layout that sizes its type from them (easy-read.ts) needs no
 * import of the renderer, which imports the formats, which import the layouts.
 */
export const textScales = [1, 0.95, 0.9, 0.85, 0.8];
