import { describe, expect, it } from 'vitest';
import { normalizeText, splitSentences, tokenize } from './tokenize';
import { singular, isPluralForm } from './lemma';

describe('tokenize', () => {
  it('lowercases, splits punctuation and keeps yes/no as one token', () => {
    const tokens = tokenize('Books: Title, available (Yes/No)!');
    expect(tokens.map((t) => t.text)).toEqual(['books', ':', 'title', ',', 'available', '(', 'yes/no', ')', '!']);
    expect(tokens.find((t) => t.text === 'books')?.lemma).toBe('book');
  });

  it('normalises spellings, contractions and possessives', () => {
    expect(normalizeText("The requester's E-mail & whether I've read it")).toBe('the requester email  and  whether i have read it');
    expect(normalizeText('a To-Do app w/ lists')).toBe('a todo app with lists');
  });

  it('carries compromise part-of-speech tags', () => {
    const tokens = tokenize('Deals belong to an account');
    expect(tokens[0].tags).toContain('Noun');
    expect(tokens[1].tags).toContain('Verb');
  });

  it('splits sentences but keeps "available?" inside a parenthesised list', () => {
    const sentences = splitSentences(tokenize('cars (make, available?) and rentals. Rentals have a date; done?'));
    expect(sentences.map((s) => s.map((t) => t.text).join(' '))).toEqual([
      'cars ( make , available ? ) and rentals',
      'rentals have a date',
      'done',
    ]);
  });
});

describe('lemma', () => {
  it('singularises regular and irregular plurals', () => {
    expect(singular('deals')).toBe('deal');
    expect(singular('properties')).toBe('property');
    expect(singular('people')).toBe('person');
    expect(singular('classes')).toBe('class');
    expect(singular('addresses')).toBe('address');
  });

  it('leaves singular nouns ending in s alone', () => {
    for (const word of ['status', 'address', 'business', 'analysis', 'campus', 'class']) expect(singular(word)).toBe(word);
    expect(isPluralForm('status')).toBe(false);
    expect(isPluralForm('statuses')).toBe(true);
  });
});
