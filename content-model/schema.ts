/**
 * The content model, written once, as valibot schemas: the TypeScript types are inferred from
 * them (types.ts), the JSON Schemas that editors use are emitted from them (json-schema.ts), and
 * the validator runs them (validate.ts), with the rules that relate one fact to another on top
 * (refine-facts.ts, refine-locale.ts).
 *
 * Why valibot: each schema and each check carries its own message, written as a function of the
 * bad value, so an editor reads what is wrong and the fix, not a library's wording; unknown keys
 * become one issue each (a typo in a field name must not vanish without a word); and
 * @valibot/to-json-schema turns the same schemas into JSON Schema. zod would do most of this
 * too; valibot's per-action messages and its size (it may run in the print studio) decided it.
 */
import * as v from 'valibot';
import {findMarkup} from '../src/content/markup.js';
import {plainTextProblem} from '../src/content/plain-text.js';

// ── Messages ─────────────────────────────────────────────────────────────────────────────

/** What a bad value is, for "found …". */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

const mapping = (found: unknown) => `must be a mapping of keys to values (key: value, one a line), found ${describe(found)}`;
const list = (found: unknown) => `must be a list (items written "- item" or [a, b]), found ${describe(found)}`;
const missingText = 'is missing; add it as a non-empty text';
const notText = (found: unknown) => `must be a non-empty text, found ${describe(found)}; write the text (in quotes if it has a colon)`;

/**
 * A strict mapping: every key in `entries`, and each unknown key reported on its own (a typo
 * such as `phon:` would otherwise drop a fact without a word). `missing` says, per key, what to
 * write when it is absent.
 */
export function strict<const E extends v.ObjectEntries>(entries: E, missing: Partial<Record<keyof E & string, string>> = {}): v.ObjectSchema<E, undefined> {
  const allowed = Object.keys(entries);
  // Typed as the plain object it accepts: objectWithRest's `never` rest would add an index
  // signature of `never` to every inferred type.
  return v.objectWithRest(
    entries,
    v.never(() => `is not a known field here; use only ${allowed.join(', ')} (check the spelling, or remove it)`),
    (issue) => {
      const key = issue.path?.at(-1)?.key;
      if (issue.expected !== 'Object' && typeof key === 'string') return missing[key as keyof E & string] ?? 'is missing; add it';
      return mapping(issue.input);
    },
  ) as unknown as v.ObjectSchema<E, undefined>;
}

export const listOf = <S extends v.GenericSchema>(item: S) => v.array(item, (issue) => list(issue.input));

/** A non-empty text that is not shown to readers (a source's description, a file name). */
export const label = v.pipe(
  v.string((issue) => (issue.input === undefined ? missingText : notText(issue.input))),
  v.check(
    (text) => text.trim() !== '',
    (issue) => notText(issue.input),
  ),
);

// ── Texts a reader sees ──────────────────────────────────────────────────────────────────

/** Long enough for the longest paragraph of the source, short enough to catch a pasted page. */
export const maxTextLength = 1200;

// Markup of any kind: tags and character references (the rule in src/content/markup.ts, which
// the partner line follows too), Markdown links and emphasis, javascript: URLs.
const markupNames = {tag: 'an HTML tag', reference: 'an HTML character reference'} as const;
const markdownPatterns: [RegExp, string][] = [
  [/\]\(/, 'a Markdown link'],
  [/\*\*|__/, 'Markdown emphasis'],
  [/javascript:/i, 'a javascript: URL'],
];
// A text never spells out a number or an address: facts live once, in facts.yaml. A run of
// seven or more digits (spaces, dashes, slashes, dots and brackets allowed between them), a
// URL scheme, "www." or a domain such as "okit.hu" in a text is a fact written by hand that
// the tests cannot keep true.
const spelledNumberPattern = /\+?\d(?:[\s\-/.()]*\d){6,}/;
const spelledAddressPattern = /\b(?:https?:\/\/|www\.)|\b[a-z0-9-]+\.(?:hu|com|org|net|int|eu|gov|info|ua)\b/i;

/** What is wrong with a text a reader will see, or undefined: plain, bounded, no markup, no hidden characters, no hand-written facts. */
export function textProblem(text: string): string | undefined {
  const markup = findMarkup(text);
  const what = markup ? markupNames[markup.kind] : markdownPatterns.find(([pattern]) => pattern.test(text))?.[1];
  if (what) return `contains ${what}; texts are plain text. Remove it, and write facts as {tel:ID}, {link:ID} or {material:ID} tokens`;
  const plain = plainTextProblem(text, {maxLength: maxTextLength});
  if (plain?.kind === 'character')
    return `contains a control or bidirectional-override character; remove it (${plain.codePoint} at position ${plain.position}; the text direction comes from the locale)`;
  if (spelledNumberPattern.test(text) || spelledAddressPattern.test(text)) {
    return 'spells out a phone number or an address; write it in facts.yaml once and refer to it with a {tel:ID}, {tel-domestic:ID} or {link:ID} token';
  }
  if (plain?.kind === 'length') return `is ${plain.length} characters long; split it into paragraphs of at most ${maxTextLength}`;
  return undefined;
}

/** A text a reader sees. */
export const text = v.pipe(
  label,
  v.rawCheck(({dataset, addIssue}) => {
    const problem = dataset.typed ? textProblem(dataset.value) : undefined;
    if (problem) addIssue({message: problem});
  }),
);

// ── Ids, dates, addresses, numbers ───────────────────────────────────────────────────────

const idPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const id = v.pipe(
  label,
  v.regex(idPattern, (issue) => `"${String(issue.input)}" is not a valid id; use lowercase letters, digits and single hyphens`),
);

/** A list of ids, none of them twice. Which ids are known is checked against the facts (refine-facts.ts). */
export const idList = v.pipe(
  listOf(id),
  v.checkItems(
    (item, index, items) => items.indexOf(item) === index,
    (issue) => `"${String(issue.input)}" is listed twice; remove the repeat`,
  ),
);

const badDate = (found: unknown) =>
  `must be a real date written YYYY-MM-DD, found ${describe(found)}; write the day the fact was last checked at its source, e.g. 2026-11-27`;

/** YYYY-MM-DD, a real day, not in the future. YAML reads an unquoted date as a Date; it becomes text. */
export const day = v.pipe(
  v.union([v.string(), v.date()], (issue) => badDate(issue.input)),
  v.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)),
  // Date.parse('2026-02-30') is 2 March, not an error: a real date reads back unchanged.
  v.check(
    (text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) && new Date(text).toISOString().slice(0, 10) === text,
    (issue) => badDate(issue.input),
  ),
  v.check(
    (text) => Date.parse(text) <= Date.now() + 86_400_000,
    (issue) => `${String(issue.input)} is in the future; write the day the fact was last checked at its source`,
  ),
);

const allowedSchemes = ['https:', 'http:', 'tel:', 'mailto:'];

/** An absolute address with a scheme a reader's browser can follow safely. */
export const url = v.pipe(
  label,
  v.check(
    (text) => URL.canParse(text),
    (issue) => `"${String(issue.input)}" is not an absolute URL; write it with its scheme, e.g. https://example.org/`,
  ),
  v.check(
    (text) => allowedSchemes.includes(new URL(text).protocol),
    (issue) => `scheme "${new URL(String(issue.input)).protocol}" is not allowed; use one of ${allowedSchemes.join(' ')}`,
  ),
  v.check((text) => !/[\s<>"'`]/.test(text), 'contains spaces or quote characters; percent-encode them'),
);

const oneOf = <const T extends string>(allowed: readonly T[]) =>
  v.picklist(allowed, (issue) => `must be one of ${allowed.join(', ')}, found ${describe(issue.input)}`);

// ── facts.yaml ───────────────────────────────────────────────────────────────────────────

export const serviceKinds = [
  'hotline',
  'shelter',
  'state-victim-support',
  'temporary-home',
  'domestic-violence',
  'homeless',
  'temporary-care-home',
  'directory',
  'further-information',
  'emergency-number',
] as const;

export const PhoneSchema = strict({
  /** The number in E.164, used for `tel:` links: `+3680205520`. */
  e164: v.pipe(
    label,
    v.regex(/^\+[1-9]\d{6,14}$/, (issue) => `"${String(issue.input)}" is not E.164; write + then the country code and number, digits only, e.g. "+3680205520"`),
  ),
  /** The number as written for people calling from abroad: `+36 80 20 55 20`. */
  international: label,
  /** The number as written for people calling inside Hungary: `06/80-20-55-20`. */
  domestic: label,
});

/** Copied from the seed: where in it. No claim of a live check; the day is `seed.copied`. */
export const SeedSourceSchema = strict({seed: label});

/** Read at an authoritative source (the service's own site or a government register). */
export const CheckedSourceSchema = strict(
  {
    url,
    /** Who publishes it: the service itself, or a government body. */
    publisher: label,
    title: label,
    /** The day someone read the fact at this source. */
    checked: day,
    /** The file in sources/ that keeps what was read there. */
    excerpt: label,
    /** The sentences the fact rests on; each is an exact part of the excerpt. */
    quotes: v.pipe(listOf(label), v.minLength(1, 'must hold at least one sentence of the source; add the words the fact rests on')),
  },
  {checked: badDate(undefined)},
);

const missingSource =
  'is missing; add it: {seed: "where in the seed"} for a fact copied from the seed, or url, publisher, title, checked, excerpt and quotes for what was read at an authoritative source';

/** A seed source has `seed:`; anything else is read as a checked source, so its messages name what it lacks. */
export const SourceSchema = v.lazy((input) => (typeof input === 'object' && input !== null && 'seed' in input ? SeedSourceSchema : CheckedSourceSchema));

/** One finder answer: the service fits `need`, because its source says `because`. */
export const NeedAnswerSchema = strict(
  {
    need: id,
    /** An exact part of the service's source (the seed, or its excerpt). */
    because: label,
    /** Only for readers who also chose all of these needs. */
    with: v.optional(idList),
  },
  {
    because:
      "is missing; every finder answer quotes the source's sentence that makes the service fit the need. Add because: with that quote, or remove the answer",
  },
);

/** One case of who a service admits, with the words of its source. */
export const EligibilitySchema = strict({id, because: label}, {because: "is missing; quote the source's sentence that admits this case, or remove the case"});

export const ServiceSchema = strict(
  {
    id,
    kind: oneOf(serviceKinds),
    phone: v.optional(PhoneSchema),
    /** A short number dialled as it is, from anywhere (e.g. 112). */
    dial: v.optional(
      v.pipe(
        label,
        v.regex(
          /^\d{3,6}$/,
          (issue) => `"${String(issue.input)}" is not a short number; write its 3 to 6 digits only, e.g. "112" (a full number goes under phone:)`,
        ),
      ),
    ),
    url: v.optional(url),
    /** `always`: open 24 hours a day, 7 days a week. */
    hours: v.optional(oneOf(['always'])),
    /** Who calls for free: callers in Hungary, or every caller. */
    free: v.optional(oneOf(['from-hungary', 'always'])),
    /** The service that refers people to this one, when it cannot be reached directly. */
    referral: v.optional(id),
    /** A related information material that describes this service in detail. */
    material: v.optional(id),
    /** Kinds of provision the service comes in (e.g. night shelter, day centre). */
    types: v.optional(idList),
    /** Who the service admits. */
    eligibility: v.optional(listOf(EligibilitySchema)),
    /** The needs this service answers, each with its reason. */
    needs: listOf(NeedAnswerSchema),
    source: SourceSchema,
    /**
     * Further authoritative pages that confirm the fact or add to it (a second government page
     * with the same number, the page that gives the url). Each keeps its own excerpt and quotes.
     */
    also: v.optional(listOf(CheckedSourceSchema)),
  },
  {source: missingSource, needs: list(undefined)},
);

export const MaterialSchema = strict({id, url: v.optional(url), source: SourceSchema}, {source: missingSource});

/**
 * Advice of the guide's own (how to leave no trace, the signs that one may be a victim, call
 * OKIT first), and where it comes from: an authoritative page, or the seed.
 */
export const AdviceSchema = strict({id, source: SourceSchema}, {source: missingSource});

export const SectionFactSchema = strict({
  id,
  services: idList,
  /** The seed paragraphs the section carries (blocks between blank lines, from 1; the range is checked against the seed). */
  seed: v.optional(listOf(v.number((issue) => `${describe(issue.input)} is not a paragraph of the seed; write its number`))),
  /** For a section not from the seed: the advice it follows. */
  advice: v.optional(idList),
  /** The section whose condition applies to this one (shown with it in a filtered view). */
  under: v.optional(id),
});

export const FactsSchema = strict(
  {
    schema: v.literal(1, (issue) => `must be 1, found ${describe(issue.input)}; write "schema: 1"`),
    seed: strict({file: label, copied: day}, {copied: badDate(undefined)}),
    services: listOf(ServiceSchema),
    materials: listOf(MaterialSchema),
    advice: v.optional(listOf(AdviceSchema), []),
    needs: idList,
    /** Needs that must not be offered again without a source, and why. */
    'not-offered': v.optional(listOf(strict({need: id, why: label})), []),
    sections: listOf(SectionFactSchema),
  },
  {schema: 'must be 1, found nothing; write "schema: 1"'},
);

// ── content/<locale>/guide.yaml ──────────────────────────────────────────────────────────

/** The keys a locale must have, from the facts: a new fact needs its texts. */
export interface LocaleKeys {
  sections: string[];
  services: string[];
  types: string[];
  eligibility: string[];
  materials: string[];
  /** `question`, then the need ids. */
  needs: string[];
  /** The print texts of the source locale; every translation has the same. Undefined for the source itself. */
  print?: string[];
  /** The ids of the source locale's phrases; every translation says what each means. Undefined for the source itself. */
  phrases?: string[];
}

export const hotlineKeys = ['badge', 'name', 'short', 'free', 'hours'] as const;
export const aboutKeys = ['sources', 'updated', 'unreviewed'] as const;

/**
 * The "Say this in Hungarian" card (issue 20 §2). The source locale holds the Hungarian
 * sentences, once; each translation holds only what differs: the card's heading, its own
 * "I speak …" sentence in Hungarian, and what every sentence means. The card shows the Hungarian sentences in
 * their order, then the reader's own (scripts/generate-content.ts).
 */
export const ownPhrase = 'i-speak';
/** "Angolul beszélek.", "Ukránul beszélek.": a language's name as an adverb (-ul/-ül), then the verb. */
const iSpeakPattern = /^\p{Lu}\p{Ll}+(?:ul|ül) beszélek\.$/u;

function translatedPhrases(sourceIds: string[], missing: string) {
  return strict(
    {
      /** The card's heading, in the reader's language: "Say this in Hungarian". */
      heading: text,
      /** "I speak <this language>", in Hungarian: what the reader shows. */
      [ownPhrase]: v.pipe(
        text,
        v.regex(
          iSpeakPattern,
          (issue) =>
            `must be the Hungarian sentence "I speak <this language>", e.g. "Angolul beszélek." or "Ukránul beszélek.", found ${describe(issue.input)}; the reader shows it to a Hungarian speaker, so write it in Hungarian`,
        ),
      ),
      /** What each Hungarian sentence means, in the reader's language: the source locale's phrases and the own sentence. */
      says: texts(
        [...sourceIds, ownPhrase],
        " Write what the Hungarian sentence with this id (under phrases: in the source locale's guide.yaml, or i-speak above) means, in this language.",
      ),
    },
    {
      heading: `is missing.${missing}`,
      [ownPhrase]: 'is missing; add the Hungarian sentence "I speak <this language>", e.g. "Angolul beszélek."',
      says: `is missing.${missing}`,
    },
  );
}

/** A block: a paragraph, a list, or the list of a service's types or of who it admits. */
const ListBlockSchema = strict({list: v.pipe(listOf(text), v.minLength(1, 'must hold at least one item; write the items, or make the block a paragraph'))});
const TypesBlockSchema = strict({types: id});
const EligibilityBlockSchema = strict({eligibility: id});
const blockKinds = 'must be a text, a {list: [...]}, a {types: SERVICE-ID} or an {eligibility: SERVICE-ID} block';
export const BlockSchema = v.lazy((input) => {
  if (typeof input === 'string') return text;
  const keys = typeof input === 'object' && input !== null && !Array.isArray(input) ? Object.keys(input) : [];
  if (keys.length === 1 && keys[0] === 'list') return ListBlockSchema;
  if (keys.length === 1 && keys[0] === 'types') return TypesBlockSchema;
  if (keys.length === 1 && keys[0] === 'eligibility') return EligibilityBlockSchema;
  return v.custom<never>(() => false, blockKinds);
});

/** One sentence of a section's plain-language summary, and the seed paragraph (or advice) it restates. */
export const SummarySentenceSchema = strict({
  from: v.union([v.number(), v.string()], (issue) => `must be a seed paragraph number or an advice id, found ${describe(issue.input)}`),
  text,
});

export const SectionTextsSchema = strict(
  {
    title: text,
    summary: v.pipe(listOf(SummarySentenceSchema), v.minLength(1, 'must hold at least one sentence; write a short plain-language summary of the section')),
    blocks: v.pipe(listOf(BlockSchema), v.minLength(1, 'must hold at least one paragraph; write the section text')),
  },
  {title: missingText, summary: list(undefined), blocks: list(undefined)},
);

/**
 * A mapping with exactly `keys`, each a text. `missing` is the fix for an absent key (translate
 * it from the source, or add it), and an unknown key is named with the keys there should be.
 */
function texts<const K extends string>(
  keys: readonly K[],
  missing: string,
  unknown = (allowed: string) => `is not a known key here; expected only ${allowed} (check the spelling, or remove it)`,
): v.GenericSchema<unknown, Record<K, string>> {
  return v.objectWithRest(
    Object.fromEntries(keys.map((key) => [key, text])) as Record<string, typeof text>,
    v.never(() => unknown(keys.join(', '))),
    (issue) => (issue.expected !== 'Object' && issue.path ? `is missing.${missing}` : mapping(issue.input)),
  ) as unknown as v.GenericSchema<unknown, Record<K, string>>;
}

/** guide.yaml of one locale, for the keys the facts need. `missing` says where an absent text comes from. */
export function localeSchema(keys: LocaleKeys, missing: string) {
  const entries = {
    locale: label,
    /** The language's name in itself, for the language switcher. */
    language: text,
    /** Whether a native speaker has reviewed the translation. */
    review: oneOf(['pending', 'done']),
    /** Whether a native editor has signed off the plain-language summaries. */
    'summary-review': oneOf(['pending', 'done']),
    source: label,
    title: text,
    hotline: texts(hotlineKeys, missing),
    /** The line about the emergency number (112) under the hotline. */
    emergency: text,
    sections: texts(
      keys.sections,
      missing,
      (allowed) => `is not a section in facts.yaml; expected only ${allowed} (rename it, or add the section to facts.yaml)`,
    ),
    services: texts(keys.services, missing),
    types: texts(keys.types, missing),
    eligibility: texts(keys.eligibility, missing),
    materials: texts(keys.materials, missing),
    needs: texts(keys.needs, missing),
    /** The guide's last line: where the facts come from, and the review state. */
    about: texts(aboutKeys, missing),
    print: keys.print
      ? texts(keys.print, missing)
      : v.pipe(
          v.record(v.string(), text, (issue) => mapping(issue.input)),
          v.check((print) => Object.keys(print).length > 0, 'must hold the texts of the printed materials; add them as key: text'),
        ),
    /** The "Say this in Hungarian" card: the Hungarian sentences by id, or a translation's own part of it. */
    phrases: keys.phrases
      ? translatedPhrases(keys.phrases, missing)
      : v.pipe(
          v.record(id, text, (issue) => mapping(issue.input)),
          v.check((phrases) => Object.keys(phrases).length > 0, 'must hold the Hungarian sentences of the phrase card; add them as id: sentence'),
          v.check(
            (phrases) => !(ownPhrase in phrases),
            `must not hold "${ownPhrase}": each translation writes its own "I speak …" sentence in Hungarian; remove it here`,
          ),
        ),
  };
  // The sections' own shape replaces the plain text the generic map would expect.
  const sections = v.objectWithRest(
    Object.fromEntries(keys.sections.map((key) => [key, SectionTextsSchema])) as Record<string, typeof SectionTextsSchema>,
    v.never(() => `is not a section in facts.yaml; expected only ${keys.sections.join(', ')} (rename it, or add the section to facts.yaml)`),
    (issue) => (issue.expected !== 'Object' && issue.path ? `is missing.${missing}` : mapping(issue.input)),
  ) as unknown as v.GenericSchema<unknown, Record<string, v.InferOutput<typeof SectionTextsSchema>>>;
  const missingTop = {
    ...Object.fromEntries(['title', 'emergency', 'language'].map((key) => [key, `is missing.${missing}`])),
    phrases: keys.phrases
      ? 'is missing; add the "Say this in Hungarian" card: heading, i-speak ("I speak <this language>" in Hungarian) and says (what each sentence means)'
      : 'is missing; add the Hungarian sentences of the "Say this in Hungarian" card, as id: sentence',
  };
  return strict({...entries, sections}, missingTop);
}

/** The shape every locale has (the keys of a real one come from the facts): for types and the JSON Schema. */
export const LocaleTextsShape = localeSchema({sections: [], services: [], types: [], eligibility: [], materials: [], needs: ['question']}, '');
