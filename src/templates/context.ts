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
  /** Listen, only when a voice on this device speaks the guide's language. */
  speech?: Speech | undefined;
}
