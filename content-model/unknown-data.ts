/**
 * Reading data the schema may have rejected: the cross-field rules (refine-*.ts) and the
 * validator walk what they can read of a file with problems, so each problem is reported once.
 */
export type Obj = Record<string, unknown>;

/** A mapping (not a list, not null). */
export const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list, or nothing to walk. */
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
