/**
 * Which pictogram stands beside each kind of help, each need and each action: one table, read
 * by the widget (templates/pictogram.ts), the print build (print/parts.ts) and the content
 * check, which fails on a section or need of facts.yaml that has none here.
 *
 * The names are @tabler/icons' (MIT), chosen for a plain meaning a reader gets without
 * reading: a phone, a house with a shield, a bed. A need shows the pictogram of the help that
 * answers it. `npm run generate` copies only these drawings' path data into
 * pictogram-paths.ts; nothing is fetched.
 */

/** The @tabler/icons (outline) drawings the guide uses. */
export const pictogramNames = [
  'phone',
  'help-circle',
  'home-shield',
  'heart-handshake',
  'directions',
  'users',
  'heart-broken',
  'bed',
  'home',
  'map-search',
  'info-circle',
  'eye-off',
  'mood-kid',
  'baby-carriage',
  'door-exit',
  'volume',
] as const;

export type PictogramName = (typeof pictogramNames)[number];

/** Each section of facts.yaml, by id. */
export const sectionPictograms: Readonly<Record<string, PictogramName>> = {
  hotline: 'phone',
  recognise: 'help-circle',
  shelters: 'home-shield',
  'victim-support': 'heart-handshake',
  alternatives: 'directions',
  'family-homes': 'users',
  'domestic-violence': 'heart-broken',
  homeless: 'bed',
  'other-homes': 'home',
  'institution-finder': 'map-search',
  'further-information': 'info-circle',
  'no-trace': 'eye-off',
};

/** Each need of the finder, by id: the pictogram of the help that answers it. */
export const needPictograms: Readonly<Record<string, PictogramName>> = {
  'safe-place-now': 'home-shield',
  children: 'mood-kid',
  pregnant: 'baby-carriage',
  'hurt-by-partner': 'heart-broken',
  'nowhere-to-sleep': 'bed',
  'talk-now': 'phone',
};

/** The guide's actions: tap to call, leave the page (quick exit), listen. */
export const actionPictograms = {call: 'phone', exit: 'door-exit', listen: 'volume'} as const satisfies Record<string, PictogramName>;

/** The pictogram of a section or a need; the content check makes sure every one has one. */
export function pictogramOf(kind: 'section' | 'need', id: string): PictogramName | undefined {
  return (kind === 'section' ? sectionPictograms : needPictograms)[id];
}
