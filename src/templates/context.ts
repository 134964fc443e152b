import type {WidgetFacts, WidgetTexts} from '../content/widget-types.js';
import type {Speech} from '../listen/speech.js';

/** What every section template needs to render one guide in one language. */
export interface RenderContext {
  facts: WidgetFacts;
  texts: WidgetTexts;
  locale: string;
  /** The level of the guide's own heading; sections sit one below it. */
  headingLevel: number;
  /** Whether quick exit is on; the no-trace tips mention it only then. */
  quickExit: boolean;
  /** Whether the full texts behind "More" are here, on their way (fetched when one opens), or could not be loaded. */
  fullTexts: 'here' | 'loading' | 'failed';
  /** Asks for the full texts: a "More" was opened. */
  openMore: () => void;
  /** Listen, only when a voice on this device speaks the guide's language or Hungarian (for the phrase card). */
  speech?: Speech | undefined;
}
