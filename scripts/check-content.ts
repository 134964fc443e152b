/**
 * `npm run check:content`: validates content/ and prints every problem, or a one-line summary.
 * Why no standard tool: it is the command line of kiut's own content validator (src/content/).
 */
import {ContentValidationError, loadContent} from '../src/content/load.js';

try {
  const content = loadContent(process.argv[2]);
  const locales = Object.keys(content.locales);
  console.log(`content ok: ${content.facts.services.length} services, ${content.facts.sections.length} sections, locales ${locales.join(', ')}`);
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
