/**
 * Issue 20 §2 in the print model: every language but Hungarian carries "Say this in Hungarian",
 * resolved once from content/ (the Hungarian sentences with what they mean), for the layouts.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {loadContent} from '../../content-model/load.js';
import {resolvePrintModel} from '../../print/resolve.js';

const model = resolvePrintModel(loadContent());
const language = (locale: string) => model.languages.find((l) => l.locale === locale);

describe('"Say this in Hungarian" in the print model', () => {
  it('gives English readers the Hungarian sentences, then their own, each with its meaning', () => {
    assert.deepEqual(language('en')?.phrases, {
      heading: 'Say this in Hungarian',
      sentences: [
        {hu: 'Segítségre van szükségem.', says: 'I need help.'},
        {hu: 'Nem beszélek magyarul.', says: 'I do not speak Hungarian.'},
        {hu: 'Beszél angolul?', says: 'Do you speak English?'},
        {hu: 'Angolul beszélek.', says: 'I speak English.'},
      ],
    });
  });

  it('gives Ukrainian readers their own "I speak …" in Hungarian', () => {
    const card = language('uk')?.phrases;
    assert.equal(card?.heading, 'Скажіть це угорською');
    assert.deepEqual(card?.sentences.at(-1), {hu: 'Ukránul beszélek.', says: 'Я розмовляю українською.'});
    assert.equal(card?.sentences.length, 4);
  });

  it('has no card for Hungarian readers', () => {
    assert.equal(language('hu')?.phrases, undefined);
  });
});
